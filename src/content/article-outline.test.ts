import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { aleppoArticle } from "../../tests/support/article-fixtures";
import { getArticleOutline, isWholeArticle } from "./article-outline";

describe("getArticleOutline", () => {
  it("keeps what the page needs before the story re-renders and drops the paragraphs, which the page shows", () => {
    const outline = getArticleOutline(aleppoArticle);
    expect(outline.title).toBe(aleppoArticle.title);
    expect(outline.quoteIndex).toEqual(aleppoArticle.quoteIndex);
    expect(outline).not.toHaveProperty("paragraphs");
    const serialised = JSON.stringify(outline);
    for (const { id } of aleppoArticle.paragraphs)
      expect(serialised).not.toContain(`"${id}":`);
    expect(serialised).not.toContain(
      JSON.stringify(aleppoArticle.paragraphs[0]?.segments),
    );
  });

  it("is told apart from a whole article", () => {
    expect(isWholeArticle(aleppoArticle)).toBe(true);
    expect(isWholeArticle(getArticleOutline(aleppoArticle))).toBe(false);
  });

  test.prop([fc.nat({ max: aleppoArticle.paragraphs.length })])(
    "keeps every other field as it is, whatever the number of paragraphs",
    (count) => {
      const article = {
        ...aleppoArticle,
        paragraphs: aleppoArticle.paragraphs.slice(0, count),
      };
      const { outline: marker, ...rest } = getArticleOutline(article);
      expect(marker).toBe(true);
      expect({ ...rest, paragraphs: article.paragraphs }).toEqual(article);
    },
  );
});

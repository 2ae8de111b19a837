import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { aleppoArticle } from "../../tests/support/article-fixtures";
import {
  getArticleOutline,
  getQuoteCount,
  getQuoteIndexOf,
  isWholeArticle,
} from "./article-outline";

describe("getArticleOutline", () => {
  it("keeps what the page needs before the story re-renders and drops the paragraphs, which the page shows", () => {
    const outline = getArticleOutline(aleppoArticle);
    expect(outline.title).toBe(aleppoArticle.title);
    expect(outline.quoteCount).toBe(aleppoArticle.quoteIndex.entries.length);
    expect(outline).not.toHaveProperty("quoteIndex");
    expect(outline).not.toHaveProperty("paragraphs");
    const serialised = JSON.stringify(outline);
    // Not even the paragraphs' ids: the page has them.
    for (const { id } of aleppoArticle.paragraphs)
      expect(serialised).not.toContain(id);
    expect(serialised).not.toContain(
      JSON.stringify(aleppoArticle.paragraphs[0]?.segments),
    );
  });

  it("says how many quotes the article has, whole or outline, and gives the index only when whole", () => {
    const outline = getArticleOutline(aleppoArticle);
    expect(getQuoteCount(outline)).toBe(3);
    expect(getQuoteCount(aleppoArticle)).toBe(3);
    expect(getQuoteIndexOf(outline)).toBeNull();
    expect(getQuoteIndexOf(aleppoArticle)).toBe(aleppoArticle.quoteIndex);
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
      const {
        outline: marker,
        quoteCount,
        ...rest
      } = getArticleOutline(article);
      expect(marker).toBe(true);
      expect(quoteCount).toBe(article.quoteIndex.entries.length);
      expect({
        ...rest,
        paragraphs: article.paragraphs,
        quoteIndex: article.quoteIndex,
      }).toEqual(article);
    },
  );
});

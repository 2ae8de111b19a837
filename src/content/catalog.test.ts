import { describe, expect, it } from "vitest";
import type { Article, ArticleSummary } from "./article";
import {
  formatParseError,
  paginateSummaries,
  toArticleData,
  toArticleSummary,
} from "./catalog";
import { getQuoteIndex } from "./get-quote-index";
import { parseArticle } from "./parse-article";

function article(text: string): Article {
  const result = parseArticle(text, { file: "seeds/a.txt" });
  if (!result.ok) throw new Error("fixture does not parse");
  return result.article;
}

const story = article(
  [
    "Title",
    '"One," said Ana Pérez. "Two," said Ben Ode.',
    '"Three," said Ben Ode. The "Blue Line" is closed.',
    "“A long quote starts here.",
    "“And ends here,” said Ana Pérez.",
  ].join("\n\n"),
);

describe("toArticleData", () => {
  it("keeps what the browser renders and drops the file path and raw offsets", () => {
    const data = toArticleData(story, getQuoteIndex(story));
    expect(Object.keys(data).sort()).toEqual(
      [
        "dir",
        "excerpt",
        "lang",
        "paragraphs",
        "quoteIndex",
        "readingMinutes",
        "slug",
        "title",
        "wordCount",
      ].sort(),
    );
    expect(Object.keys(data.paragraphs[0] ?? {}).sort()).toEqual([
      "id",
      "index",
      "segments",
      "speakers",
    ]);
    expect(data.paragraphs[0]?.speakers).toEqual(["Ana Pérez", "Ben Ode"]);
  });

  it("carries the who-said-what index worked out at build time, in reading order", () => {
    const { quoteIndex } = toArticleData(story, getQuoteIndex(story));
    expect(quoteIndex.entries.map(({ speaker }) => speaker)).toEqual([
      "Ana Pérez",
      "Ben Ode",
      "Ben Ode",
      // The quote that runs over two paragraphs is listed in each, with the speaker named at its end.
      "Ana Pérez",
      "Ana Pérez",
    ]);
    expect(quoteIndex.speakers.map(({ name, count }) => [name, count])).toEqual(
      [
        ["Ana Pérez", 3],
        ["Ben Ode", 2],
      ],
    );
  });
});

describe("toArticleSummary", () => {
  it("counts speech quotes once per quote and lists speakers most quoted first", () => {
    const summary = toArticleSummary(story);
    expect(summary.quoteCount).toBe(4);
    expect(summary.speakers).toEqual(["Ana Pérez", "Ben Ode"]);
    expect(summary).toMatchObject({
      slug: "title",
      title: "Title",
      lang: null,
      dir: "ltr",
    });
  });
});

describe("paginateSummaries", () => {
  const summary = toArticleSummary(story);
  const many: ArticleSummary[] = Array.from({ length: 5 }, (_, index) => ({
    ...summary,
    slug: `s-${String(index)}`,
  }));

  it("splits the list into numbered pages", () => {
    const pages = paginateSummaries(many, 2);
    expect(
      pages.map((page) => [
        page.page,
        page.pageCount,
        page.total,
        page.articles.length,
      ]),
    ).toEqual([
      [1, 3, 5, 2],
      [2, 3, 5, 2],
      [3, 3, 5, 1],
    ]);
  });

  it("always returns at least one page", () => {
    expect(paginateSummaries([], 20)).toEqual([
      { page: 1, pageCount: 1, total: 0, articles: [] },
    ]);
  });

  it("rejects a page size that is not a positive integer", () => {
    expect(() => paginateSummaries(many, 0)).toThrow(RangeError);
  });
});

describe("formatParseError", () => {
  it("prints file:line: message, or file: message without a line", () => {
    expect(
      formatParseError({ file: "seeds/a.txt", line: 3, message: "bad" }),
    ).toBe("seeds/a.txt:3: bad");
    expect(
      formatParseError({ file: "seeds/a.txt", line: null, message: "bad" }),
    ).toBe("seeds/a.txt: bad");
  });
});

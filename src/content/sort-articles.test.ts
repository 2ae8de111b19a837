import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { sortArticles } from "./sort-articles";

const item = (file: string, date: string | null = null) => ({ file, date });

describe("sortArticles", () => {
  it("puts dated articles newest first, then undated ones by file name", () => {
    const sorted = sortArticles([
      item("b.txt"),
      item("old.md", "2025-01-01"),
      item("a.txt"),
      item("new.md", "2026-11-26T08:00:00Z"),
      item("mid.md", "2026-11-26"),
    ]);
    expect(sorted.map(({ file }) => file)).toEqual([
      "new.md",
      "mid.md",
      "old.md",
      "a.txt",
      "b.txt",
    ]);
  });

  test.prop([
    fc.array(
      fc.record({
        file: fc.string({ maxLength: 8 }),
        date: fc.option(
          fc
            .date({
              min: new Date("2000-01-01"),
              max: new Date("2030-01-01"),
              noInvalidDate: true,
            })
            .map((date) => date.toISOString()),
        ),
      }),
      { maxLength: 30 },
    ),
  ])("is a permutation that does not depend on the input order", (articles) => {
    const sorted = sortArticles(articles);
    expect(sorted).toHaveLength(articles.length);
    expect(sortArticles([...articles].reverse())).toEqual(sorted);
    const dated = sorted.filter(({ date }) => date !== null);
    expect(sorted.slice(0, dated.length)).toEqual(dated);
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  countWords,
  EXCERPT_LENGTH,
  getExcerpt,
  getReadingMinutes,
} from "./text-stats";
import { newsText } from "./test-arbitraries";

describe("countWords", () => {
  it("counts whitespace-separated tokens that hold a letter or digit", () => {
    expect(countWords("It's a big slap — in the face, 2016.")).toBe(8);
    expect(countWords("  ")).toBe(0);
  });

  it("counts each CJK character as a word", () => {
    expect(countWords("東京の天気 is fine")).toBe(7);
  });
});

describe("getReadingMinutes", () => {
  it("rounds at 230 words a minute and never goes below one", () => {
    expect([0, 100, 345, 490, 2300].map(getReadingMinutes)).toEqual([
      1, 1, 2, 2, 10,
    ]);
  });
});

describe("getExcerpt", () => {
  it("returns short text unchanged", () => {
    expect(getExcerpt("A short paragraph.")).toBe("A short paragraph.");
  });

  it("cuts long text at a word boundary with an ellipsis", () => {
    const excerpt = getExcerpt(`${"alpha beta, ".repeat(30)}end`);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
    expect(excerpt).not.toMatch(/[ ,]…$/u);
    expect(excerpt.replace("…", "")).toMatch(/(?:alpha|beta)$/u);
  });

  it("never splits a surrogate pair when there is no space to cut at", () => {
    const excerpt = getExcerpt("😀".repeat(200));
    expect(excerpt.endsWith("😀…")).toBe(true);
  });
});

describe("countWords without CJK", () => {
  test.prop([newsText])(
    "counts whitespace-separated tokens holding a letter or digit",
    (text) => {
      fc.pre(
        !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text),
      );
      const expected = text
        .split(/\s+/u)
        .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
      expect(countWords(text)).toBe(expected);
    },
  );
});

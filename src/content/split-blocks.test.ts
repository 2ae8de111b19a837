import { describe, expect, it } from "vitest";
import { joinWrappedLines, splitBlocks } from "./split-blocks";
import { getTypicalGap, isTrailingBoilerplate } from "./trailing-boilerplate";

describe("splitBlocks", () => {
  it("keeps line numbers and gaps, whatever the line endings", () => {
    expect(splitBlocks("\ufeffTitle\r\n\r\n\r\nOne\rtwo\n \t\nThree")).toEqual([
      { lines: ["Title"], line: 1, gap: 0 },
      { lines: ["One", "two"], line: 4, gap: 2 },
      { lines: ["Three"], line: 7, gap: 1 },
    ]);
  });
});

describe("joinWrappedLines", () => {
  it("joins with a space, but not inside a hyphenated word or between CJK characters", () => {
    expect(joinWrappedLines(["a well-", "known fact", "and more"])).toBe(
      "a well-known fact and more",
    );
    expect(joinWrappedLines(["al-Hamdaniya -", "the largest"])).toBe(
      "al-Hamdaniya - the largest",
    );
    expect(joinWrappedLines(["東京の", "天気"])).toBe("東京の天気");
  });
});

describe("isTrailingBoilerplate", () => {
  const block = (line: string, gap: number) => ({
    lines: [line],
    line: 9,
    gap,
  });

  it("drops a short non-sentence line after a larger gap, or a known label", () => {
    expect(isTrailingBoilerplate(block("Other news", 3), 1)).toBe(true);
    expect(isTrailingBoilerplate(block("More from the desk", 2), 1)).toBe(true);
    expect(isTrailingBoilerplate(block("Read more", 1), 1)).toBe(true);
  });

  it("keeps sentences, long lines and ordinary last paragraphs", () => {
    expect(isTrailingBoilerplate(block("It ended.", 3), 1)).toBe(false);
    expect(
      isTrailingBoilerplate(
        block("The fighting went on through the night and into the morning", 3),
        1,
      ),
    ).toBe(false);
    expect(isTrailingBoilerplate(block("The end", 1), 1)).toBe(false);
    expect(
      isTrailingBoilerplate({ lines: ["Other", "news"], line: 9, gap: 3 }, 1),
    ).toBe(false);
  });

  it("measures the usual gap on the paragraphs between the first and the last", () => {
    const blocks = [2, 2, 2, 5].map((gap) => ({ lines: ["x"], line: 1, gap }));
    expect(getTypicalGap(blocks)).toBe(2);
  });
});

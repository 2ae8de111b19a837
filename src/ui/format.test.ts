import { describe, expect, it } from "vitest";
import {
  formatQuoteSummary,
  formatReadingTime,
  formatSpeakers,
  formatWordCount,
} from "./format";

describe("formatReadingTime", () => {
  it.each([
    [3, "3 min read"],
    [0, "1 min read"],
    [1.4, "1 min read"],
  ])("formats %d minutes as %s", (minutes, expected) => {
    expect(formatReadingTime(minutes)).toBe(expected);
  });
});

describe("formatWordCount", () => {
  it.each([
    [1, "1 word"],
    [490, "490 words"],
    [12345, "12,345 words"],
  ])("formats %d as %s", (words, expected) => {
    expect(formatWordCount(words)).toBe(expected);
  });
});

describe("formatSpeakers", () => {
  it("lists every speaker up to the maximum", () => {
    expect(formatSpeakers(["A", "B", "C"])).toBe("A, B, C");
  });

  it("counts the speakers beyond the maximum", () => {
    expect(formatSpeakers(["A", "B", "C", "D", "E"])).toBe(
      "A, B, C and 2 more",
    );
  });
});

describe("formatQuoteSummary", () => {
  it("says so when there are no quotes", () => {
    expect(formatQuoteSummary(0, [])).toBe("No quotes");
  });

  it("names the speakers after the count", () => {
    expect(formatQuoteSummary(3, ["Assaad al-Achi", "An AFP journalist"])).toBe(
      "3 quotes · Assaad al-Achi, An AFP journalist",
    );
  });

  it("gives only the count when no speaker is known", () => {
    expect(formatQuoteSummary(1, [])).toBe("1 quote");
  });
});

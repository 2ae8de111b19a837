import { describe, expect, it } from "vitest";
import {
  formatMoreCount,
  formatQuoteCount,
  formatReadingTime,
  formatSpeakerCount,
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

describe("formatQuoteCount", () => {
  it.each([
    [0, "No quotes"],
    [1, "1 quote"],
    [1200, "1,200 quotes"],
  ])("formats %d as %s", (count, expected) => {
    expect(formatQuoteCount(count)).toBe(expected);
  });
});

describe("formatMoreCount", () => {
  it("counts the names left out", () => {
    expect(formatMoreCount(2)).toBe("and 2 more");
  });
});

describe("formatSpeakerCount", () => {
  it("counts quotes and stories", () => {
    expect(formatSpeakerCount(1, 1)).toBe("1 quote in 1 story");
    expect(formatSpeakerCount(3, 2)).toBe("3 quotes in 2 stories");
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { getMinutesLeft, getMinutesLeftAt } from "./minutes-left";

describe("getMinutesLeft", () => {
  it("counts down with the paragraphs and is at least a minute until the end", () => {
    expect(getMinutesLeft(4, 0, 10)).toBe(4);
    expect(getMinutesLeft(4, 5, 10)).toBe(2);
    expect(getMinutesLeft(4, 9, 10)).toBe(1);
    expect(getMinutesLeft(4, 10, 10)).toBe(0);
  });

  test.prop([
    fc.integer({ min: 1, max: 120 }),
    fc.integer({ min: 1, max: 500 }),
    fc.nat(500),
  ])(
    "never grows as the reader moves on, and ends at zero",
    (minutes, count, index) => {
      const here = getMinutesLeft(minutes, index, count);
      const next = getMinutesLeft(minutes, index + 1, count);
      expect(next).toBeLessThanOrEqual(here);
      expect(here === 0).toBe(index >= count);
    },
  );
});

describe("getMinutesLeftAt", () => {
  it("gives the whole story before the paragraphs are measured, and none once all of it was seen", () => {
    expect(getMinutesLeftAt(4, { index: 0, fraction: 0, count: 0 })).toBe(4);
    expect(getMinutesLeftAt(4, { index: 5, fraction: 0.5, count: 10 })).toBe(2);
    expect(getMinutesLeftAt(4, { index: 8, fraction: 1, count: 10 })).toBe(0);
  });

  test.prop([
    fc.integer({ min: 0, max: 120 }),
    fc.integer({ min: 1, max: 500 }),
  ])(
    "before measuring, says what the top of the story says, whatever its number of paragraphs",
    (minutes, count) => {
      expect(
        getMinutesLeftAt(minutes, { index: 0, fraction: 0, count: 0 }),
      ).toBe(getMinutesLeft(minutes, 0, count));
    },
  );
});

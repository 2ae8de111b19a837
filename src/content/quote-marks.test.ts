import { describe, expect, it } from "vitest";
import {
  canCloseWith,
  getFlanking,
  getMarkUse,
  isInsideWord,
} from "./quote-marks";

describe("getMarkUse", () => {
  it.each([
    ["it's", 2, "apostrophe"],
    ["l'armée", 1, "apostrophe"],
    ["the '90s", 4, "apostrophe"],
    ["the ‘90s", 4, "apostrophe"],
    ["rock 'n' roll", 5, "apostrophe"],
    ["6'1\"", 1, "prime"],
    ["6'1\"", 3, "prime"],
    ["5’ 11”", 5, "prime"],
    ["said 'yes'", 5, "mark"],
    ["the rebels' city", 10, "mark"],
  ])("reads the mark in %s at %i as %s", (text, index, use) => {
    expect(getMarkUse(text, index)).toBe(use);
  });
});

describe("getFlanking", () => {
  it("lets a mark open before a word and close after one", () => {
    expect(getFlanking('a "b" c', 2)).toEqual({
      canOpen: true,
      canClose: false,
    });
    expect(getFlanking('a "b" c', 4)).toEqual({
      canOpen: false,
      canClose: true,
    });
  });

  it("looks past the inner space of French guillemets", () => {
    expect(getFlanking("dit « oui » hier", 4).canOpen).toBe(true);
    expect(getFlanking("dit « oui » hier", 10).canClose).toBe(true);
    expect(getFlanking("dit «oui» hier", 4)).toEqual({
      canOpen: true,
      canClose: false,
    });
  });
});

describe("canCloseWith", () => {
  it("accepts the pairs of real copy, mixed and wrong-direction ones included", () => {
    expect(
      ["„“", "“”", '"”', "““", "«»", "»«", "‚‘", "「」"].every((pair) =>
        canCloseWith(pair[0] ?? "", pair[1] ?? ""),
      ),
    ).toBe(true);
    expect(canCloseWith("«", "“")).toBe(false);
  });
});

describe("isInsideWord", () => {
  it("spots marks between letters or digits, which never open a quote", () => {
    expect(isInsideWord('צה"ל', 2)).toBe(true);
    expect(isInsideWord("40°26'46\"N", 8)).toBe(true);
    expect(isInsideWord('said "yes"', 5)).toBe(false);
  });
});

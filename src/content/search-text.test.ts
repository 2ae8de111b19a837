import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  getQueryTerms,
  MAX_TERM_LENGTH,
  normalizeTerm,
  tokenize,
} from "./search-text";
import { anyText } from "./test-arbitraries";

describe("tokenize", () => {
  it("finds words with their offsets, lower-cased, without punctuation", () => {
    expect(tokenize("“Hello,” said Nadia.")).toEqual([
      { term: "hello", start: 1, end: 6 },
      { term: "said", start: 9, end: 13 },
      { term: "nadia", start: 14, end: 19 },
    ]);
  });

  it("folds diacritics and apostrophes, and keeps other scripts", () => {
    expect(tokenize("Élysée Assad’s حلب").map(({ term }) => term)).toEqual([
      "elysee",
      "assads",
      "حلب",
    ]);
  });

  it("skips words too long to be worth indexing", () => {
    expect(tokenize("a".repeat(MAX_TERM_LENGTH + 1))).toEqual([]);
  });

  test.prop([anyText])(
    "gives sorted, disjoint tokens whose text normalises to their term",
    (text) => {
      let at = 0;
      for (const { term, start, end } of tokenize(text)) {
        expect(start).toBeGreaterThanOrEqual(at);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(text.length);
        expect(normalizeTerm(text.slice(start, end))).toBe(term);
        expect(term.length).toBeGreaterThan(0);
        at = end;
      }
    },
  );
});

describe("getQueryTerms", () => {
  it("keeps each term once, in order", () => {
    expect(getQueryTerms("Assad  assad, rebels ASSAD")).toEqual([
      "assad",
      "rebels",
    ]);
  });

  test.prop([anyText, fc.integer({ min: 0, max: 10 })])(
    "never returns more distinct terms than the limit",
    (query, limit) => {
      const terms = getQueryTerms(query, limit);
      expect(terms.length).toBeLessThanOrEqual(limit);
      expect(new Set(terms).size).toBe(terms.length);
    },
  );
});

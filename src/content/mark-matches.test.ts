import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { clipAroundMatch, markMatches } from "./mark-matches";
import { normalizeTerm, tokenize } from "./search-text";
import { anyText } from "./test-arbitraries";

const join = (pieces: readonly { text: string }[]): string =>
  pieces.map(({ text }) => text).join("");

const words = fc.constantFrom<string>(
  "assad",
  "aleppo",
  "said",
  "élysée",
  "x",
  "",
);

describe("markMatches", () => {
  it("marks each word whose term matched, as written", () => {
    expect(markMatches("Assad said: “ASSAD!”", ["assad"])).toEqual([
      { text: "Assad", marked: true },
      { text: " said: “", marked: false },
      { text: "ASSAD", marked: true },
      { text: "!”", marked: false },
    ]);
  });

  it("marks nothing inside a longer word", () => {
    expect(markMatches("Assadist", ["assad"])).toEqual([
      { text: "Assadist", marked: false },
    ]);
  });

  test.prop([anyText, fc.array(words)])(
    "never changes the text",
    (text, terms) => {
      expect(join(markMatches(text, terms))).toBe(text);
    },
  );

  test.prop([anyText, fc.array(words)])(
    "marks exactly the words whose terms were asked for",
    (text, terms) => {
      const marked = markMatches(text, terms)
        .filter((piece) => piece.marked)
        .map((piece) => piece.text);
      const expected = tokenize(text)
        .filter(({ term }) => terms.includes(term))
        .map(({ start, end }) => text.slice(start, end));
      expect(marked).toEqual(expected);
      for (const word of marked) expect(terms).toContain(normalizeTerm(word));
    },
  );
});

describe("clipAroundMatch", () => {
  it("keeps a short text whole", () => {
    const pieces = markMatches("Assad said", ["said"]);
    expect(clipAroundMatch(pieces, 200)).toEqual(pieces);
  });

  it("cuts a long paragraph around its first match, with ellipses", () => {
    const text = `${"word ".repeat(100)}Aleppo ${"more ".repeat(100)}`;
    const clipped = clipAroundMatch(markMatches(text, ["aleppo"]), 100);
    expect(clipped.at(0)).toEqual({ text: "…", marked: false });
    expect(clipped.at(-1)).toEqual({ text: "…", marked: false });
    expect(clipped).toContainEqual({ text: "Aleppo", marked: true });
  });

  test.prop([anyText, fc.array(words), fc.integer({ min: 20, max: 300 })])(
    "shows a contiguous part of the text, within the length, keeping the first match whole",
    (text, terms, maxLength) => {
      const pieces = markMatches(text, terms);
      const clipped = clipAroundMatch(pieces, maxLength);
      const inner = clipped.slice(
        clipped[0]?.text === "…" && text.length > maxLength ? 1 : 0,
        clipped.at(-1)?.text === "…" && text.length > maxLength
          ? -1
          : undefined,
      );
      expect(text).toContain(join(inner));
      const firstMark = pieces.find((piece) => piece.marked);
      const longest = Math.max(0, ...pieces.map((p) => p.text.length));
      expect(join(inner).length).toBeLessThanOrEqual(maxLength + longest);
      const keepsMatch =
        firstMark === undefined ||
        firstMark.text.length >= maxLength - 60 ||
        clipped.some((piece) => piece.marked && piece.text === firstMark.text);
      expect(keepsMatch).toBe(true);
    },
  );
});

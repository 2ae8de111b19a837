import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  continuesThrough,
  detectArticleQuotes,
  MAX_RUN_ON,
} from "./detect-article-quotes";
import { newsText } from "./test-arbitraries";

function run(
  texts: string[],
): [string, string | null, string | null, boolean][][] {
  const ids = texts.map((_, index) => `p-${String(index + 1)}`);
  return detectArticleQuotes(texts, ids).map((quotes) =>
    quotes.map((quote) => [quote.id, quote.speaker, quote.of, quote.closed]),
  );
}

describe("detectArticleQuotes", () => {
  it("links the pieces of a quote re-opened at each paragraph and shares the speaker named last", () => {
    expect(
      run([
        "“We had no power.",
        "“We worked by torchlight.",
        "“Nobody came,” she said.",
      ]),
    ).toEqual([
      [["p-1-q1", "she", null, false]],
      [["p-2-q1", "she", "p-1-q1", false]],
      [["p-3-q1", "she", "p-1-q1", true]],
    ]);
  });

  it("links a quote opened once and closed a paragraph later", () => {
    expect(
      run([
        'Daniel Okafor said: "The wind came first.',
        'There was nothing we could do."',
        "Calm returned.",
      ]),
    ).toEqual([
      [["p-1-q1", "Daniel Okafor", null, false]],
      [["p-2-q1", "Daniel Okafor", "p-1-q1", true]],
      [],
    ]);
  });

  it("lets a paragraph that opens with an unattributed quote continue the previous speaker", () => {
    expect(
      run(['"It is over," said Lina Haddad.', '"We start again tomorrow."']),
    ).toEqual([
      [["p-1-q1", "Lina Haddad", null, true]],
      [["p-2-q1", "Lina Haddad", null, true]],
    ]);
  });

  it("does not pass a speaker over a paragraph without quotes", () => {
    expect(
      run([
        '"It is over," said Lina Haddad.',
        "The rain stopped.",
        '"We start again tomorrow."',
      ])[2],
    ).toEqual([["p-3-q1", null, null, true]]);
  });
});

describe("quotes opened once and closed paragraphs later", () => {
  it("run through middle paragraphs with no mark up to the closing mark, one piece each", () => {
    const texts = [
      "The judge told the court: “This was a planned attack.",
      "The defendant chose his victims with care.",
      "He will serve at least twenty years.”",
      "The family wept.",
    ];
    const quotes = detectArticleQuotes(texts, ["a", "b", "c", "d"]);
    expect(
      quotes.map((pieces) =>
        pieces.map((quote) => [quote.text, quote.of, quote.speaker]),
      ),
    ).toEqual([
      [["This was a planned attack.", null, "The judge"]],
      [["The defendant chose his victims with care.", "a-q1", "The judge"]],
      [["He will serve at least twenty years.", "a-q1", "The judge"]],
      [],
    ]);
  });

  it("end with their paragraph when no later paragraph closes them", () => {
    const texts = [
      "Witnesses said: “People were running everywhere",
      "Police closed the square.",
      "Dozens were hurt.",
    ];
    const quotes = detectArticleQuotes(texts, ["a", "b", "c"]);
    expect(quotes.map((pieces) => pieces.length)).toEqual([1, 0, 0]);
    expect(quotes[0]?.[0]?.closed).toBe(false);
  });

  it("end with their paragraph when a later paragraph has quotes of its own", () => {
    const texts = [
      "“We will not stop, said the union leader.",
      "The strike goes on.",
      "Vera Lind said: “We want a fair deal.”",
    ];
    const quotes = detectArticleQuotes(texts, ["a", "b", "c"]);
    expect(quotes.map((pieces) => pieces.map((quote) => quote.of))).toEqual([
      [null],
      [],
      [null],
    ]);
  });

  it("run through at most MAX_RUN_ON paragraphs without marks", () => {
    const quiet = Array.from(
      { length: MAX_RUN_ON + 1 },
      (_, index) => `Quiet paragraph ${String(index)}.`,
    );
    const texts = ["He said: “It began at night.", ...quiet, "It ended.”"];
    expect(continuesThrough(texts, 1, "“")).toBe(false);
    expect(continuesThrough(texts.slice(1), 0, "“")).toBe(false);
    expect(continuesThrough(["x", "Quiet.", "End.”"], 1, "“")).toBe(true);
  });

  it("links a run-on piece whose paragraph starts with spaces (found by the property below)", () => {
    const texts = ['"she', "Smith", " a déclaré", 'Reuters"'];
    const quotes = detectArticleQuotes(texts, ["p0", "p1", "p2", "p3"]);
    expect(quotes.map((pieces) => pieces.map((piece) => piece.of))).toEqual([
      [null],
      ["p0-q1"],
      ["p0-q1"],
      ["p0-q1"],
    ]);
    expect(quotes[2]?.[0]?.text).toBe("a déclaré");
  });

  test.prop([fc.array(newsText, { maxLength: 8 })])(
    "a piece without marks is only ever part of a quote some later paragraph closes",
    (texts) => {
      const quotes = detectArticleQuotes(
        texts,
        texts.map((_, index) => `p${String(index)}`),
      );
      quotes.forEach((pieces, index) => {
        for (const piece of pieces) {
          if (piece.outerStart !== piece.start || piece.outerEnd !== piece.end)
            continue;
          if (piece.of === null || piece.closed) continue;
          // A mark-less, unclosed continuation: some later piece of the same quote is closed.
          const later = quotes
            .slice(index + 1, index + 2 + MAX_RUN_ON)
            .flat()
            .filter((other) => other.of === piece.of);
          expect(later.length).toBeGreaterThan(0);
        }
      });
    },
  );
});

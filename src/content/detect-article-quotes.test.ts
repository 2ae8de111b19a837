import { describe, expect, it } from "vitest";
import { detectArticleQuotes } from "./detect-article-quotes";

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

import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { DetectedQuote } from "./detect-quotes";
import { detectQuotes } from "./detect-quotes";
import { anyText, newsText } from "./test-arbitraries";

type Found = [text: string, kind: string, speaker: string | null];

function found(text: string): Found[] {
  return detectQuotes(text).quotes.map((quote) => [
    quote.text,
    quote.kind,
    quote.speaker,
  ]);
}

function expectWellFormed(
  text: string,
  quotes: readonly DetectedQuote[],
): void {
  const lastEndAtDepth = new Map<number, number>();
  let previousStart = -1;
  for (const quote of quotes) {
    expect(0 <= quote.outerStart && quote.outerStart <= quote.start).toBe(true);
    expect(
      quote.start <= quote.end &&
        quote.end <= quote.outerEnd &&
        quote.outerEnd <= text.length,
    ).toBe(true);
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(quote.outerStart).toBeGreaterThanOrEqual(previousStart);
    expect(quote.outerStart).toBeGreaterThanOrEqual(
      lastEndAtDepth.get(quote.depth) ?? 0,
    );
    previousStart = quote.outerStart;
    lastEndAtDepth.set(quote.depth, quote.outerEnd);
    if (quote.depth > 0) {
      const parent = quotes.findLast(
        (other) =>
          other.depth === quote.depth - 1 &&
          other.outerStart <= quote.outerStart,
      );
      expect(
        parent !== undefined &&
          parent.start <= quote.outerStart &&
          quote.outerEnd <= parent.end,
      ).toBe(true);
    }
  }
}

describe("detectQuotes", () => {
  describe("marks", () => {
    it.each([
      ['He said "yes, we will" today.', "yes, we will"],
      ["He said “yes, we will” today.", "yes, we will"],
      ["He said ‘yes, we will’ today.", "yes, we will"],
      ["He said 'yes, we will' today.", "yes, we will"],
      ["Il a dit « oui, nous le ferons » hier.", "oui, nous le ferons"],
      ["Il a dit «oui, nous le ferons» hier.", "oui, nous le ferons"],
      ["Er sagte „ja, das machen wir“ gestern.", "ja, das machen wir"],
      ["Er sagte »ja, das machen wir« gestern.", "ja, das machen wir"],
      ["Er sagte ‚ja, das machen wir‘ gestern.", "ja, das machen wir"],
      ["彼は「はい、やります」と言った。", "はい、やります"],
      ['He said "yes, we will” today.', "yes, we will"],
      ["He said “yes, we will“ today.", "yes, we will"],
    ])("finds the quote in %s", (text, quote) => {
      expect(detectQuotes(text).quotes.map((item) => item.text)).toEqual([
        quote,
      ]);
    });

    it.each([
      "It's the rebels' third attempt since the '90s, and the army's response was swift.",
      "In the ‘90s the city’s l'armée barracks were rebuilt.",
      "The player is 6'1\" tall and the screen measures 37.5” across.",
      "Rock 'n' roll returned; the boxers' gloves weigh 10 oz and the ring is 20' across.",
      "Don't expect the trains to run on time, the commuters' association warned.",
      "The council met on Monday and approved the budget.",
      'Shelling hit the area held by צה"ל troops at 40°26\'46"N, officials said.',
    ])("finds no quote in %s", (text) => {
      expect(detectQuotes(text).quotes).toEqual([]);
    });
  });

  describe("kinds", () => {
    it("tells a name in marks from speech in the same sentence", () => {
      expect(
        found(
          'The "Army of Conquest", a coalition of rebels, said it would "double the number of fighters".',
        ),
      ).toEqual([
        ["Army of Conquest", "term", null],
        ["double the number of fighters", "speech", "Army of Conquest"],
      ]);
    });

    it.each([
      "The so-called “peace corridor” has been shelled.",
      "Police arrested a man known as “the Falcon”.",
      "The novel “The Quiet Harbour” won the prize.",
      "The group, which calls itself “Free Valley”, claimed the attack.",
      "Critics call the plan a “tax on the poor”.",
    ])("reports a term in %s", (text) => {
      expect(found(text).map(([, kind]) => kind)).toEqual(["term"]);
    });

    it("reports a one-word quote of a speaker's own word as speech", () => {
      expect(
        found("The senator described the deal as “shameful” and left."),
      ).toEqual([["shameful", "speech", "The senator"]]);
    });
  });

  describe("nesting and unclosed quotes", () => {
    it("reports the outer quote and an inner one, each with its own speaker", () => {
      const quotes = detectQuotes(
        "“When the officer told us ‘leave now’, we ran,” said Amal Saleh.",
      ).quotes;
      expect(
        quotes.map((quote) => [quote.text, quote.speaker, quote.depth]),
      ).toEqual([
        ["When the officer told us ‘leave now’, we ran,", "Amal Saleh", 0],
        ["leave now", "the officer", 1],
      ]);
    });

    it("runs an unclosed quote to the end of the paragraph and hands it on", () => {
      const detection = detectQuotes(
        'Then he spoke. "We will keep fighting until the end',
      );
      expect(
        detection.quotes.map((quote) => [quote.text, quote.closed]),
      ).toEqual([["We will keep fighting until the end", false]]);
      expect(detection.open).toEqual({
        mark: '"',
        kind: "speech",
        speaker: null,
      });
    });

    it("continues a quote re-opened at the start of the next paragraph", () => {
      const open = {
        mark: "“",
        kind: "speech" as const,
        speaker: "Nour Haddad",
      };
      const quote = detectQuotes(
        "“Nobody came to help us for three days.”",
        open,
      ).quotes[0];
      expect(quote).toMatchObject({
        continued: true,
        speaker: "Nour Haddad",
        closed: true,
        outerStart: 0,
      });
    });

    it("continues a quote closed in the next paragraph without a mark of its own", () => {
      const open = { mark: "“", kind: "speech" as const, speaker: null };
      const detection = detectQuotes(
        "The boats broke loose and there was nothing we could do.” Then silence.",
        open,
      );
      expect(
        detection.quotes.map((quote) => [
          quote.text,
          quote.continued,
          quote.outerStart,
        ]),
      ).toEqual([
        ["The boats broke loose and there was nothing we could do.", true, 0],
      ]);
      expect(detection.open).toBeNull();
    });

    it("does not carry an unclosed quote into a paragraph that neither re-opens nor closes it", () => {
      const open = { mark: '"', kind: "speech" as const, speaker: null };
      expect(
        detectQuotes("The next morning the town was quiet.", open),
      ).toEqual({ quotes: [], open: null });
    });
  });

  describe("properties", () => {
    test.prop([anyText])(
      "never throws and returns well-formed ranges on any string",
      (text) => {
        expectWellFormed(text, detectQuotes(text).quotes);
      },
    );

    test.prop([newsText], { numRuns: 500 })(
      "returns in-bounds, ordered ranges, disjoint at each depth, on news-like text",
      (text) => {
        const detection = detectQuotes(text, {
          mark: "“",
          kind: "speech",
          speaker: null,
        });
        expectWellFormed(text, detection.quotes);
        expectWellFormed(text, detectQuotes(text).quotes);
      },
    );

    it("stays linear on a long paragraph dense with quotes", () => {
      const text = "word \"quote here\" and 'x' it's ".repeat(4000);
      const started = performance.now();
      expect(detectQuotes(text).quotes).toHaveLength(8000);
      // Quadratic work here takes tens of seconds; linear work well under one.
      expect(performance.now() - started).toBeLessThan(3000);
    });

    test.prop([newsText])(
      "never reports a quote in text without quotation marks",
      (text) => {
        const plain = text.replace(/["＂“”„‟'‘’‚‛«»‹›「」『』〝〞〟]/gu, "");
        expect(detectQuotes(plain).quotes).toEqual([]);
      },
    );
  });
});

describe("detectQuotes: labels, separable verbs, colons and dialogue", () => {
  it.each([
    [
      "Critics called it a “war on the poor”, and the opposition objected.",
      "war on the poor",
    ],
    ["The agency rated the risk as “moderate” this month.", "moderate"],
    ["He was accused of running a “troll farm” from a flat.", "troll farm"],
    ["The bill, dubbed the “bathroom tax” by critics, passed.", "bathroom tax"],
  ])("a label is a term: %s", (text, term) => {
    expect(found(text)).toEqual([[term, "term", null]]);
  });

  it("keeps a characterisation by a named subject as speech", () => {
    expect(
      found("The prime minister called the attack “cowardly and senseless”."),
    ).toEqual([["cowardly and senseless", "speech", "The prime minister"]]);
  });

  it("reads German separable verbs and drops their particle from the speaker", () => {
    expect(found("„Wir werden klagen“, kündigte der Anwalt an.")).toEqual([
      ["Wir werden klagen", "speech", "der Anwalt"],
    ]);
    expect(found("‚Niemals‘, rief sie.")).toEqual([
      ["Niemals", "speech", "sie"],
    ]);
  });

  it("gives a colon-led quote to the sentence's opening noun phrase, not to a description", () => {
    expect(
      found("The letter, signed by 40 doctors, read: “We cannot go on.”"),
    ).toEqual([["We cannot go on.", "speech", "The letter"]]);
    expect(found("The reasons are clear: “We cannot go on.”")).toEqual([
      ["We cannot go on.", "speech", null],
    ]);
  });

  it("finds Spanish dash dialogue and its speaker", () => {
    expect(
      found("—Ya no queda nada —dijo el pescador—. Todo se lo llevó el mar."),
    ).toEqual([
      ["Ya no queda nada", "speech", "el pescador"],
      ["Todo se lo llevó el mar.", "speech", "el pescador"],
    ]);
  });
});

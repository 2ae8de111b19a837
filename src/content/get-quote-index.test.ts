import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { ArticleData, QuoteSegment, Segment } from "./article";
import { getQuoteIndex } from "./get-quote-index";

let counter = 0;
function quote(
  children: string | Segment[],
  speaker: string | null = null,
  kind: "speech" | "term" = "speech",
): QuoteSegment {
  counter += 1;
  return {
    type: "quote",
    quoteId: `q${String(counter)}`,
    kind,
    speaker,
    open: "“",
    close: "”",
    children:
      typeof children === "string"
        ? [{ type: "text", text: children }]
        : children,
  };
}
const text = (value: string): Segment => ({ type: "text", text: value });

function article(paragraphs: Segment[][]): Omit<ArticleData, "quoteIndex"> {
  return {
    slug: "a",
    title: "A",
    lang: null,
    dir: null,
    wordCount: 1,
    readingMinutes: 1,
    excerpt: "",
    paragraphs: paragraphs.map((segments, index) => ({
      id: `p-${String(index + 1)}`,
      index: index + 1,
      segments,
      speakers: [],
    })),
  };
}

describe("getQuoteIndex", () => {
  it("lists speech quotes in reading order with their paragraph, leaving terms out", () => {
    const first = quote("We will win", "Assaad al-Achi");
    const term = quote("Army of Conquest", null, "term");
    const second = quote("Not yet", null);
    const index = getQuoteIndex(
      article([
        [first, text(" and "), term],
        [text("Then: "), second],
      ]),
    );
    expect(index.entries).toEqual([
      {
        quoteId: first.quoteId,
        paragraphId: "p-1",
        text: "We will win",
        speaker: "Assaad al-Achi",
        speakerSlug: "assaad-al-achi",
      },
      {
        quoteId: second.quoteId,
        paragraphId: "p-2",
        text: "Not yet",
        speaker: null,
        speakerSlug: null,
      },
    ]);
  });

  it("keeps a nested quote's marks in the outer text and lists nested speech after its outer quote", () => {
    const inner = quote("go", "Ben Ode");
    const outer = quote([text("He said "), inner, text(" twice")], "Ana Pérez");
    const { entries } = getQuoteIndex(article([[outer]]));
    expect(entries.map((entry) => [entry.text, entry.speaker])).toEqual([
      ["He said “go” twice", "Ana Pérez"],
      ["go", "Ben Ode"],
    ]);
  });

  it("merges name variants into one speaker and counts their quotes", () => {
    const index = getQuoteIndex(
      article([
        [quote("One", "Assaad al-Achi")],
        [quote("Two", "al-Achi"), quote("Three", "Ben Ode")],
      ]),
    );
    expect(index.entries.map((entry) => entry.speaker)).toEqual([
      "Assaad al-Achi",
      "Assaad al-Achi",
      "Ben Ode",
    ]);
    expect(index.speakers).toEqual([
      { name: "Assaad al-Achi", slug: "assaad-al-achi", count: 2 },
      { name: "Ben Ode", slug: "ben-ode", count: 1 },
    ]);
  });

  it("names nobody for a pronoun, unless the engine resolved it", () => {
    const resolved = { ...quote("Yes", "she"), resolvedSpeaker: "Ana Pérez" };
    const index = getQuoteIndex(article([[quote("No", "he"), resolved]]));
    expect(index.entries.map((entry) => entry.speaker)).toEqual([
      null,
      "Ana Pérez",
    ]);
  });

  const speakers = fc.constantFrom(null, "Ana Pérez", "Pérez", "he", "Ben Ode");
  const paragraph = fc.array(
    fc.tuple(fc.string({ maxLength: 8 }), speakers, fc.boolean()),
    { maxLength: 4 },
  );
  test.prop([fc.array(paragraph, { maxLength: 5 })])(
    "has one entry per speech quote, and speaker counts that add up to the attributed entries",
    (paragraphs) => {
      const data = article(
        paragraphs.map((quotes) =>
          quotes.map(([words, speaker, speech]) =>
            quote(words, speaker, speech ? "speech" : "term"),
          ),
        ),
      );
      const index = getQuoteIndex(data);
      const speechCount = paragraphs
        .flat()
        .filter(([, , speech]) => speech).length;
      expect(index.entries).toHaveLength(speechCount);
      const attributed = index.entries.filter(
        (entry) => entry.speaker !== null,
      );
      expect(index.speakers.reduce((sum, s) => sum + s.count, 0)).toBe(
        attributed.length,
      );
      for (const entry of index.entries)
        expect(data.paragraphs.some((p) => p.id === entry.paragraphId)).toBe(
          true,
        );
    },
  );
});

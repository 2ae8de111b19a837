import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Article, Quote } from "./article";
import { getSpeakerCatalog } from "./get-speaker-catalog";

interface QuoteSpec {
  text: string;
  speaker: string | null;
  kind?: "speech" | "term";
  of?: string | null;
  resolvedSpeaker?: string;
}

// Built by hand, not parsed: these tests pin down the grouping, whatever the quote engine finds.
function article(slug: string, paragraphs: QuoteSpec[][]): Article {
  return {
    file: `seeds/${slug}.txt`,
    slug,
    title: `Title of ${slug}`,
    lang: null,
    dir: null,
    wordCount: 10,
    readingMinutes: 1,
    excerpt: "",
    paragraphs: paragraphs.map((specs, index) => {
      const id = `p-${slug}-${String(index + 1)}`;
      return {
        id,
        index: index + 1,
        text: specs.map((spec) => spec.text).join(" "),
        segments: [],
        speakers: [],
        quotes: specs.map((spec, n): Quote => ({
          id: `${id}-q${String(n)}`,
          start: 0,
          end: 0,
          outerStart: 0,
          outerEnd: 0,
          text: spec.text,
          kind: spec.kind ?? "speech",
          speaker: spec.speaker,
          depth: 0,
          of: spec.of ?? null,
          closed: true,
          resolvedSpeaker: spec.resolvedSpeaker ?? null,
        })),
      };
    }),
  };
}

describe("getSpeakerCatalog", () => {
  it("merges name variants within an article and one speaker across articles", () => {
    const { index, pages } = getSpeakerCatalog([
      article("one", [
        [{ text: "First", speaker: "Assaad al-Achi" }],
        [{ text: "Second", speaker: "al-Achi" }],
      ]),
      article("two", [[{ text: "Third", speaker: "Assaad al-Achi" }]]),
    ]);
    expect(index).toEqual({
      total: 1,
      speakers: [
        {
          slug: "assaad-al-achi",
          name: "Assaad al-Achi",
          quoteCount: 3,
          articleCount: 2,
        },
      ],
    });
    expect(pages[0]?.quotes).toEqual([
      {
        quoteId: "p-one-1-q0",
        articleSlug: "one",
        articleTitle: "Title of one",
        paragraphId: "p-one-1",
        text: "First",
        lang: null,
        dir: null,
      },
      expect.objectContaining({ text: "Second", paragraphId: "p-one-2" }),
      expect.objectContaining({ text: "Third", articleSlug: "two" }),
    ]);
  });

  it("leaves out terms, unattributed quotes, pronouns and the later pieces of a long quote", () => {
    const { index } = getSpeakerCatalog([
      article("a", [
        [
          { text: "Army of Conquest", speaker: null, kind: "term" },
          { text: "Nobody said", speaker: null },
          { text: "He said", speaker: "he" },
          { text: "Start", speaker: "Ben Ode" },
        ],
        [{ text: "More", speaker: "Ben Ode", of: "p-a-1-q3" }],
      ]),
    ]);
    expect(index.speakers).toEqual([
      { slug: "ben-ode", name: "Ben Ode", quoteCount: 1, articleCount: 1 },
    ]);
  });

  it("credits a pronoun quote to the speaker the engine resolved it to", () => {
    const { index } = getSpeakerCatalog([
      article("a", [
        [{ text: "Yes", speaker: "she", resolvedSpeaker: "Ana Pérez" }],
      ]),
    ]);
    expect(index.speakers.map((speaker) => speaker.name)).toEqual([
      "Ana Pérez",
    ]);
  });

  it("does not merge a bare surname across articles", () => {
    const { index } = getSpeakerCatalog([
      article("a", [[{ text: "One", speaker: "John Smith" }]]),
      article("b", [[{ text: "Two", speaker: "Smith" }]]),
    ]);
    expect(index.speakers.map((speaker) => speaker.slug).sort()).toEqual([
      "john-smith",
      "smith",
    ]);
  });

  it("lists the most quoted first and caps the index and each page, keeping the totals", () => {
    const { index, pages } = getSpeakerCatalog(
      [
        article("a", [
          [
            { text: "1", speaker: "Ben Ode" },
            { text: "2", speaker: "Ben Ode" },
            { text: "3", speaker: "Ben Ode" },
          ],
          [{ text: "4", speaker: "Ana Pérez" }],
          [{ text: "5", speaker: "Cy Twombly" }],
        ]),
      ],
      { indexLimit: 2, quoteLimit: 2 },
    );
    expect(index.total).toBe(3);
    expect(index.speakers.map((speaker) => speaker.name)).toEqual([
      "Ben Ode",
      "Ana Pérez",
    ]);
    const ben = pages.find((page) => page.slug === "ben-ode");
    expect(ben?.quoteCount).toBe(3);
    expect(ben?.quotes.map((quote) => quote.text)).toEqual(["1", "2"]);
  });

  const speaker = fc.constantFrom(null, "he", "Ana Pérez", "Pérez", "Ben Ode");
  const articles = fc
    .array(
      fc.array(
        fc.array(fc.tuple(fc.string({ maxLength: 5 }), speaker), {
          maxLength: 3,
        }),
        {
          maxLength: 3,
        },
      ),
      { maxLength: 4 },
    )
    .map((list) =>
      list.map((paragraphs, n) =>
        article(
          `s${String(n)}`,
          paragraphs.map((quotes) =>
            quotes.map(([text, name]) => ({ text, speaker: name })),
          ),
        ),
      ),
    );
  test.prop([articles])(
    "counts every named speech quote exactly once and links only to real paragraphs",
    (list) => {
      const { index, pages } = getSpeakerCatalog(list);
      const named = list
        .flatMap((a) => a.paragraphs.flatMap((p) => p.quotes))
        .filter((q) => q.speaker !== null && q.speaker !== "he").length;
      expect(pages.reduce((sum, page) => sum + page.quoteCount, 0)).toBe(named);
      expect(index.total).toBe(pages.length);
      expect(new Set(pages.map((page) => page.slug)).size).toBe(pages.length);
      const paragraphIds = new Set(
        list.flatMap((a) => a.paragraphs.map((p) => p.id)),
      );
      for (const page of pages)
        for (const quote of page.quotes)
          expect(paragraphIds.has(quote.paragraphId)).toBe(true);
    },
  );
});

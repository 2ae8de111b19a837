import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  exportAnnotations,
  exportMarkdown,
  importAnnotations,
  type LinkBuilder,
} from "./export-highlights";
import {
  createHighlight,
  DEFAULT_COLOR_NAMES,
  EMPTY_STATE,
  mergeHighlights,
  updateHighlight,
} from "./highlight";
import { anyState } from "./test-arbitraries";

const link: LinkBuilder = (slug, paragraphId) =>
  `https://news.example/article/${slug}/${paragraphId === "" ? "" : `#${paragraphId}`}`;

const highlight = createHighlight({
  slug: "aleppo",
  title: "Syria: Aleppo",
  kind: "text",
  paragraphId: "p-1",
  paragraphText: "Rebels said the siege was broken.",
  start: 16,
  end: 21,
  color: "green",
  createdAt: "2026-01-02T03:04:05.000Z",
});
const state = updateHighlight(
  {
    ...mergeHighlights(EMPTY_STATE, [highlight]),
    colorNames: { ...DEFAULT_COLOR_NAMES, green: "Evidence" },
  },
  highlight.id,
  { note: "Check with the UN" },
);

describe("exportMarkdown", () => {
  it("names the article with its link, quotes the text, and gives colour meaning and note", () => {
    const markdown = exportMarkdown(state, link);
    expect(markdown).toContain(
      "## [Syria: Aleppo](https://news.example/article/aleppo/)",
    );
    expect(markdown).toContain("> siege");
    expect(markdown).toContain(
      "**Evidence** (green) · [link](https://news.example/article/aleppo/#p-1)",
    );
    expect(markdown).toContain("Note: Check with the UN");
  });
});

describe("exportAnnotations", () => {
  it("writes W3C Web Annotations with a TextQuoteSelector", () => {
    const collection = JSON.parse(exportAnnotations(state, link)) as {
      "@context": string;
      type: string;
      first: { items: Record<string, unknown>[] };
    };
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.first.items[0]).toMatchObject({
      type: "Annotation",
      motivation: "commenting",
      target: {
        source: "https://news.example/article/aleppo/",
        selector: {
          type: "FragmentSelector",
          value: "p-1",
          refinedBy: {
            type: "TextQuoteSelector",
            exact: "siege",
            prefix: "Rebels said the ",
            suffix: " was broken.",
          },
        },
      },
    });
  });
});

describe("importAnnotations", () => {
  test.prop([anyState])(
    "reads back every highlight and colour meaning exported",
    (any) => {
      const result = importAnnotations(exportAnnotations(any, link));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const byId = (a: { id: string }, b: { id: string }) =>
        a.id.localeCompare(b.id);
      expect([...result.highlights].sort(byId)).toEqual(
        [...any.highlights].sort(byId),
      );
      expect(result.colorNames).toEqual(any.colorNames);
    },
  );

  it("merges into existing highlights without duplicates, however often it is imported", () => {
    const result = importAnnotations(exportAnnotations(state, link));
    if (!result.ok) throw new Error(result.error);
    const once = mergeHighlights(state, result.highlights);
    expect(once).toBe(state);
    expect(
      mergeHighlights(EMPTY_STATE, [...result.highlights, ...result.highlights])
        .highlights,
    ).toHaveLength(1);
  });

  it.each([
    ["text that is not JSON", "not json", "The file is not JSON."],
    [
      "JSON of another shape",
      '{"type":"Other"}',
      "not a Web Annotation collection",
    ],
    [
      "an annotation it cannot read",
      '{"type":"AnnotationCollection","first":{"items":[{"type":"Annotation"}]}}',
      "Annotation 1 cannot be read; nothing was imported.",
    ],
  ])("refuses %s with a reason", (_case, text, reason) => {
    expect(importAnnotations(text)).toEqual({
      ok: false,
      error: expect.stringContaining(reason) as string,
    });
  });

  test.prop([fc.string()])("never throws on any text", (text) => {
    expect(() => importAnnotations(text)).not.toThrow();
  });
});

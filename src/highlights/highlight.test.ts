import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  createHighlight,
  DEFAULT_COLOR_NAMES,
  EMPTY_STATE,
  getTextQuote,
  listHighlights,
  mergeHighlights,
  parseState,
  removeHighlight,
  serializeState,
  updateHighlight,
} from "./highlight";
import { anyHighlight, anyState } from "./test-arbitraries";

const sample = createHighlight({
  slug: "aleppo",
  title: "Aleppo",
  kind: "text",
  paragraphId: "p-1",
  paragraphText: "Rebels said the siege was broken on Saturday.",
  start: 16,
  end: 21,
  color: "blue",
  createdAt: "2026-01-02T03:04:05.000Z",
});

describe("getTextQuote", () => {
  it("keeps the exact text and up to 32 characters either side", () => {
    expect(getTextQuote("a big cat", 2, 5)).toEqual({
      exact: "big",
      prefix: "a ",
      suffix: " cat",
    });
    const long = `${"x".repeat(50)}HIT${"y".repeat(50)}`;
    const quote = getTextQuote(long, 50, 53);
    expect(quote.prefix).toBe("x".repeat(32));
    expect(quote.suffix).toBe("y".repeat(32));
  });
});

describe("createHighlight", () => {
  it("anchors by paragraph, quote and position, with an id that follows from its place", () => {
    expect(sample.quote.exact).toBe("siege");
    expect(sample.start).toBe(16);
    expect(sample.id).toMatch(/^h-/);
    const again = createHighlight({
      slug: "aleppo",
      title: "Aleppo",
      kind: "text",
      paragraphId: "p-1",
      paragraphText: "Rebels said the siege was broken on Saturday.",
      start: 16,
      end: 21,
      color: "pink",
      createdAt: "2027-01-01T00:00:00.000Z",
    });
    expect(again.id).toBe(sample.id);
  });
});

describe("parseState", () => {
  test.prop([anyState])("reads back what serializeState wrote", (state) => {
    expect(parseState(serializeState(state))).toEqual({
      state,
      damaged: false,
    });
  });

  test.prop([fc.string()])(
    "never throws on any string, and yields a usable state",
    (raw) => {
      const { state } = parseState(raw);
      expect(Array.isArray(state.highlights)).toBe(true);
      expect(
        mergeHighlights(state, [sample]).highlights.map((h) => h.id),
      ).toContain(sample.id);
    },
  );

  it("reads nothing stored as the empty, undamaged state", () => {
    expect(parseState(null)).toEqual({ state: EMPTY_STATE, damaged: false });
  });

  it.each([
    ["not JSON", "{oops"],
    ["another version", '{"v":2,"highlights":[]}'],
    ["a foreign value", '["p-1","p-2"]'],
  ])("reports %s as damaged", (_case, raw) => {
    expect(parseState(raw)).toEqual({ state: EMPTY_STATE, damaged: true });
  });

  it("keeps every readable highlight of a partly damaged value, and says so", () => {
    const raw = JSON.stringify({
      v: 1,
      highlights: [sample, { id: "h-x", slug: 3 }],
      colorNames: DEFAULT_COLOR_NAMES,
    });
    expect(parseState(raw)).toEqual({
      state: { highlights: [sample], colorNames: DEFAULT_COLOR_NAMES },
      damaged: true,
    });
  });
});

describe("mergeHighlights", () => {
  test.prop([anyState, fc.array(anyHighlight, { maxLength: 8 })])(
    "is idempotent: merging the same highlights twice equals merging once",
    (state, incoming) => {
      const once = mergeHighlights(state, incoming);
      expect(mergeHighlights(once, incoming)).toEqual(once);
    },
  );

  test.prop([anyState, fc.array(anyHighlight, { maxLength: 8 })])(
    "loses no highlight and holds no id twice",
    (state, incoming) => {
      const ids = mergeHighlights(state, incoming).highlights.map((h) => h.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const { id } of [...state.highlights, ...incoming])
        expect(ids).toContain(id);
    },
  );
});

describe("changing highlights", () => {
  const state = mergeHighlights(EMPTY_STATE, [sample]);

  it("updates the colour and note of one highlight", () => {
    const next = updateHighlight(state, sample.id, {
      color: "green",
      note: "check",
    });
    expect(next.highlights[0]).toMatchObject({ color: "green", note: "check" });
  });

  it("removes one highlight", () => {
    expect(removeHighlight(state, sample.id).highlights).toEqual([]);
  });

  it("lists an article's highlights newest first", () => {
    const older = { ...sample, id: "h-old", createdAt: "2020-01-01T00:00:00Z" };
    const other = { ...sample, id: "h-other", slug: "other" };
    const all = mergeHighlights(EMPTY_STATE, [older, sample, other]);
    expect(listHighlights(all, "aleppo").map((h) => h.id)).toEqual([
      sample.id,
      "h-old",
    ]);
    expect(listHighlights(all)).toHaveLength(3);
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  EMPTY_STATE,
  listHighlights,
  parseState,
  serializeState,
} from "./highlight";
import { peekHighlights } from "./peek-highlights";
import { anyHighlight, anyState, ALEPPO_HIGHLIGHT } from "./test-arbitraries";

const highlight = ALEPPO_HIGHLIGHT;
const stored = serializeState({ ...EMPTY_STATE, highlights: [highlight] });

describe("peekHighlights", () => {
  it("finds nothing when nothing is stored", () => {
    expect(peekHighlights(null, "aleppo")).toBe("none");
    expect(peekHighlights(serializeState(EMPTY_STATE), "aleppo")).toBe("none");
  });

  it("tells this article's highlights from other articles'", () => {
    expect(peekHighlights(stored, "aleppo")).toBe("article");
    expect(peekHighlights(stored, "another-story")).toBe("none");
  });

  it.each([
    ["not JSON", "{not json"],
    ["an empty string", ""],
    ["another version", '{"v":2,"highlights":[]}'],
    ["another app's array", "[1,2,3]"],
    ["a bare string", '"hello"'],
    ["no colour meanings", '{"v":1,"highlights":[]}'],
    ["a colour meaning that is not text", stored.replace('"Important"', "7")],
    [
      "an entry that is not a highlight",
      stored.replace('"highlights":[', '"highlights":[null,'),
    ],
    ["an entry without a slug", stored.replace('"slug":"aleppo"', '"slug":1')],
  ])("calls %s unreadable, so the store backs it up", (_name, raw) => {
    expect(peekHighlights(raw, "another-story")).toBe("unreadable");
  });

  test.prop([fc.oneof(fc.string(), fc.json()), fc.string()])(
    "never throws on any stored string",
    (raw, slug) => {
      expect(["none", "article", "unreadable"]).toContain(
        peekHighlights(raw, slug),
      );
    },
  );

  test.prop([anyState, anyHighlight])(
    "finds a stored highlight of the article",
    (state, extra) => {
      const raw = serializeState({
        ...state,
        highlights: [...state.highlights, extra],
      });
      expect(peekHighlights(raw, extra.slug)).toBe("article");
    },
  );

  test.prop([anyState, fc.string()])(
    "finds nothing for an article without highlights in a valid store",
    (state, slug) => {
      fc.pre(state.highlights.every((item) => item.slug !== slug));
      expect(peekHighlights(serializeState(state), slug)).toBe("none");
    },
  );

  // What the store would show (or back up) is never hidden behind a "none".
  test.prop([
    fc.oneof(
      anyState.map(serializeState),
      fc.json(),
      fc.string(),
      anyState.map((state) =>
        // A stored value with one entry broken somewhere in it.
        serializeState(state).replace('"kind":', '"kind":0,"x":'),
      ),
    ),
    fc.oneof(fc.constantFrom("a", "b"), fc.stringMatching(/^[a-z0-9-]{1,12}$/)),
  ])(
    "says none only when the store would show no highlight of the article and keep no backup",
    (raw, slug) => {
      fc.pre(peekHighlights(raw, slug) === "none");
      const { state, damaged } = parseState(raw);
      expect(listHighlights(state, slug)).toEqual([]);
      // A damaged entry of another article is backed up once the runtime loads anywhere (decision 0015).
      if (damaged) {
        const value: unknown = JSON.parse(raw);
        expect(value).toMatchObject({ v: 1 });
      }
    },
  );
});

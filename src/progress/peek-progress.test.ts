import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { peekProgress } from "./peek-progress";
import {
  parseProgress,
  serializeProgress,
  type ArticleProgress,
} from "./reading-progress";

const entry: ArticleProgress = {
  paragraphId: "p-3",
  index: 2,
  count: 9,
  finished: false,
  at: 1,
};

const anyEntry: fc.Arbitrary<ArticleProgress> = fc
  .record({
    paragraphId: fc.string(),
    count: fc.integer({ min: 1, max: 500 }),
    finished: fc.boolean(),
    at: fc.integer({ min: 0, max: 2 ** 42 }),
  })
  .chain((fields) =>
    fc
      .integer({ min: 0, max: fields.count - 1 })
      .map((index) => ({ ...fields, index })),
  );
const anySlug = fc.oneof(
  fc.string({ minLength: 1 }),
  fc.constantFrom("__proto__", "constructor", "toString"),
);
const anyProgress = fc.dictionary(anySlug, anyEntry, { maxKeys: 12 });

describe("peekProgress", () => {
  it("asks for nothing when nothing is stored, or only other stories' progress", () => {
    expect(peekProgress(null, "aleppo")).toBe("none");
    expect(peekProgress(serializeProgress({}), "aleppo")).toBe("none");
    expect(
      peekProgress(serializeProgress({ "other-story": entry }), "aleppo"),
    ).toBe("none");
  });

  it("asks for the runtime when this story has progress, finished or not", () => {
    expect(peekProgress(serializeProgress({ aleppo: entry }), "aleppo")).toBe(
      "load",
    );
    expect(
      peekProgress(
        serializeProgress({ aleppo: { ...entry, finished: true } }),
        "aleppo",
      ),
    ).toBe("load");
  });

  it.each([
    ["not JSON", "{not json"],
    ["an empty string", ""],
    ["another version", '{"v":2,"bySlug":{}}'],
    ["no map of stories", '{"v":1}'],
    ["a map that is a list", '{"v":1,"bySlug":[]}'],
    ["another app's array", "[1,2,3]"],
    ["a bare string", '"hello"'],
  ])("asks for the runtime on %s, so the store recovers", (_name, raw) => {
    expect(peekProgress(raw, "aleppo")).toBe("load");
  });

  it("does not take an inherited name for stored progress", () => {
    expect(peekProgress(serializeProgress({}), "__proto__")).toBe("none");
    expect(peekProgress(serializeProgress({}), "toString")).toBe("none");
  });

  test.prop([fc.oneof(fc.string(), fc.json()), fc.string()])(
    "never throws on any stored string",
    (raw, slug) => {
      expect(["load", "none"]).toContain(peekProgress(raw, slug));
    },
  );

  test.prop([anyProgress, anySlug, anyEntry])(
    "asks for the runtime whenever the store holds the story",
    (progress, slug, extra) => {
      const raw = serializeProgress({ ...progress, [slug]: extra });
      expect(peekProgress(raw, slug)).toBe("load");
    },
  );

  // Nothing the store would resume is ever hidden behind a "none".
  test.prop([
    fc.oneof(
      anyProgress.map((progress) => serializeProgress(progress)),
      fc.json(),
      fc.string(),
    ),
    anySlug,
  ])(
    "says none only when the store has no progress for the story",
    (raw, slug) => {
      fc.pre(peekProgress(raw, slug) === "none");
      expect(Object.hasOwn(parseProgress(raw), slug)).toBe(false);
    },
  );
});

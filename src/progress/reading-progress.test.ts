import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  getReadingStatus,
  MAX_PROGRESS_ENTRIES,
  parseProgress,
  recordProgress,
  serializeProgress,
  type ArticleProgress,
  type ProgressMap,
} from "./reading-progress";

const entryArbitrary: fc.Arbitrary<ArticleProgress> = fc
  .record({
    paragraphId: fc.string(),
    count: fc.integer({ min: 1, max: 500 }),
    finished: fc.boolean(),
    at: fc.integer({ min: 0, max: 2 ** 42 }),
  })
  .chain((entry) =>
    fc
      .integer({ min: 0, max: entry.count - 1 })
      .map((index) => ({ ...entry, index })),
  );

const progressArbitrary: fc.Arbitrary<ProgressMap> = fc
  .dictionary(fc.string({ minLength: 1 }), entryArbitrary, { maxKeys: 20 })
  .map((map) => ({ ...map }));

const entry = (
  at: number,
  overrides: Partial<ArticleProgress> = {},
): ArticleProgress => ({
  paragraphId: "p-a",
  index: 1,
  count: 5,
  finished: false,
  at,
  ...overrides,
});

describe("parseProgress", () => {
  it("reads back what serializeProgress wrote", () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        expect(parseProgress(serializeProgress(progress))).toEqual(progress);
      }),
    );
  });

  it("never throws and yields only valid entries, whatever is stored", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .dictionary(fc.string(), fc.jsonValue())
            .map((bySlug) => JSON.stringify({ v: 1, bySlug })),
        ),
        (raw) => {
          for (const value of Object.values(parseProgress(raw))) {
            expect(value.index).toBeLessThan(value.count);
            expect(typeof value.paragraphId).toBe("string");
          }
        },
      ),
    );
  });

  it("drops an invalid entry and keeps the valid ones", () => {
    const raw = JSON.stringify({
      v: 1,
      bySlug: {
        good: entry(1),
        "past-the-end": entry(2, { index: 5, count: 5 }),
        junk: "p-1",
      },
    });
    expect(parseProgress(raw)).toEqual({ good: entry(1) });
  });

  it.each([null, "{", '{"v":2,"bySlug":{}}', "[]", '{"v":1}'])(
    "yields no progress for %s",
    (raw) => {
      expect(parseProgress(raw)).toEqual({});
    },
  );
});

describe("recordProgress", () => {
  it("keeps at most the cap, forgetting the least recently read", () => {
    let progress: ProgressMap = {};
    for (let at = 0; at < MAX_PROGRESS_ENTRIES + 5; at += 1)
      progress = recordProgress(progress, `story-${String(at)}`, entry(at));
    expect(Object.keys(progress)).toHaveLength(MAX_PROGRESS_ENTRIES);
    expect(progress["story-0"]).toBeUndefined();
    expect(progress[`story-${String(MAX_PROGRESS_ENTRIES + 4)}`]).toBeDefined();
  });

  it("marks a story read at its last paragraph, and keeps it read when the reader scrolls back", () => {
    const read = recordProgress({}, "s", entry(1, { index: 4, count: 5 }));
    expect(getReadingStatus(read.s)).toBe("read");
    const back = recordProgress(read, "s", entry(2, { index: 0 }));
    expect(back.s).toMatchObject({ index: 0, finished: true });
  });
});

describe("getReadingStatus", () => {
  it("tells unread, in progress and read apart", () => {
    expect(getReadingStatus(undefined)).toBe("unread");
    expect(getReadingStatus(entry(1))).toBe("in-progress");
    expect(getReadingStatus(entry(1, { finished: true }))).toBe("read");
  });
});

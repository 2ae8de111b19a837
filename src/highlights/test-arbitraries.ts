import { fc } from "@fast-check/vitest";
import {
  createHighlight,
  DEFAULT_COLOR_NAMES,
  getHighlightId,
  HIGHLIGHT_COLORS,
  type Highlight,
  type HighlightState,
} from "./highlight";

const text = fc.string({ maxLength: 40 });

/** Any valid highlight; its id follows from its place, as the app makes it. */
export const anyHighlight: fc.Arbitrary<Highlight> = fc
  .record({
    slug: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
    title: text,
    kind: fc.constantFrom("paragraph" as const, "text" as const),
    paragraphId: fc.stringMatching(/^p-[a-z0-9]{1,7}$/),
    quote: fc.record({
      exact: fc.string({ minLength: 1, maxLength: 40 }),
      prefix: text,
      suffix: text,
    }),
    start: fc.nat({ max: 5000 }),
    color: fc.constantFrom(...HIGHLIGHT_COLORS),
    note: text,
    createdAt: fc
      .date({
        min: new Date("2020-01-01T00:00:00Z"),
        max: new Date("2030-01-01T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString()),
  })
  .map((fields) => ({
    ...fields,
    id: getHighlightId(fields.slug, fields.paragraphId, fields.quote),
  }));

/** Any state a reader can reach: distinct highlights and any colour meanings. */
export const anyState: fc.Arbitrary<HighlightState> = fc.record({
  highlights: fc.uniqueArray(anyHighlight, {
    selector: (highlight) => highlight.id,
    maxLength: 8,
  }),
  colorNames: fc.record({
    yellow: fc.oneof(fc.constant(DEFAULT_COLOR_NAMES.yellow), text),
    green: text,
    blue: text,
    pink: text,
  }),
});

/** One paragraph highlight of the "aleppo" article, for examples. */
export const ALEPPO_HIGHLIGHT: Highlight = createHighlight({
  slug: "aleppo",
  title: "Aleppo",
  kind: "paragraph",
  paragraphId: "p-1",
  paragraphText: "The siege was broken.",
  start: 0,
  end: 21,
  color: "yellow",
  createdAt: "2026-01-01T00:00:00.000Z",
});

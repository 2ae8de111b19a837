import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { filterQuoteEntries, NO_SPEAKER } from "./filter-quote-entries";
import type { QuoteIndexEntry } from "./get-quote-index";

const entry = fc.record<QuoteIndexEntry>({
  quoteId: fc.string(),
  paragraphId: fc.string(),
  text: fc.string(),
  speaker: fc.option(fc.string(), { nil: null }),
  speakerSlug: fc.option(fc.constantFrom("a", "b", "c"), { nil: null }),
});

describe("filterQuoteEntries", () => {
  test.prop([fc.array(entry)])("keeps every entry for no filter", (entries) => {
    expect(filterQuoteEntries(entries, "")).toEqual(entries);
  });

  test.prop([fc.array(entry), fc.constantFrom("a", "b", "c", NO_SPEAKER)])(
    "keeps exactly the entries of the chosen speaker (or of none), in reading order",
    (entries, filter) => {
      const slug = filter === NO_SPEAKER ? null : filter;
      expect(filterQuoteEntries(entries, filter)).toEqual(
        entries.filter((item) => item.speakerSlug === slug),
      );
    },
  );
});

import type { QuoteIndexEntry } from "./get-quote-index";

// Apart from get-quote-index.ts, which the build runs: the browser's "Who said what" filter needs none of its
// speaker-name logic (slugs come with the data), and importing it would put that logic in every page's JS.

/** The filter value for quotes with no named speaker (no slug can be it: slugs never start with a dash). */
export const NO_SPEAKER = "-";

/**
 * The entries for a speaker filter, in reading order: "" keeps all, NO_SPEAKER the unattributed ones, any other
 * value the quotes of the speaker with that slug.
 * @example filterQuoteEntries(entries, "assaad-al-achi")
 */
export function filterQuoteEntries(
  entries: readonly QuoteIndexEntry[],
  filter: string,
): readonly QuoteIndexEntry[] {
  if (filter === "") return entries;
  const slug = filter === NO_SPEAKER ? null : filter;
  return entries.filter((entry) => entry.speakerSlug === slug);
}

/** Display strings for article metadata. Pure, English-only for now, identical on the server and in the browser. */

const numberFormat = new Intl.NumberFormat("en");

function plural(count: number, one: string, many: string): string {
  return `${numberFormat.format(count)} ${count === 1 ? one : many}`;
}

/**
 * @example formatReadingTime(3) // "3 min read"
 */
export function formatReadingTime(minutes: number): string {
  return `${numberFormat.format(Math.max(1, Math.round(minutes)))} min read`;
}

/**
 * @example formatWordCount(1234) // "1,234 words"
 */
export function formatWordCount(words: number): string {
  return plural(words, "word", "words");
}

/**
 * Up to `max` names, then how many more.
 * @example formatSpeakers(["A", "B", "C", "D"], 2) // "A, B and 2 more"
 */
export function formatSpeakers(speakers: readonly string[], max = 3): string {
  const shown = speakers.slice(0, max).join(", ");
  const hidden = speakers.length - max;
  return hidden > 0
    ? `${shown} and ${numberFormat.format(hidden)} more`
    : shown;
}

/**
 * How many quotes an article has and from whom.
 * @example formatQuoteSummary(3, ["Assaad al-Achi"]) // "3 quotes · Assaad al-Achi"
 */
export function formatQuoteSummary(
  quoteCount: number,
  speakers: readonly string[],
): string {
  if (quoteCount === 0) return "No quotes";
  const count = plural(quoteCount, "quote", "quotes");
  return speakers.length > 0 ? `${count} · ${formatSpeakers(speakers)}` : count;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "long",
  timeZone: "UTC",
});

/**
 * A publication date as readers read it, the same on the server and in every browser (UTC).
 * @example formatDate("2026-11-26") // "26 November 2026"
 */
export function formatDate(date: string): string {
  const time = Date.parse(date);
  return Number.isNaN(time) ? date : dateFormat.format(time);
}

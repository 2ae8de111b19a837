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
 * How many quotes an article has.
 * @example formatQuoteCount(3) // "3 quotes"
 */
export function formatQuoteCount(quoteCount: number): string {
  return quoteCount === 0 ? "No quotes" : plural(quoteCount, "quote", "quotes");
}

/**
 * How many speakers a list leaves out.
 * @example formatMoreCount(2) // "and 2 more"
 */
export function formatMoreCount(hidden: number): string {
  return `and ${numberFormat.format(hidden)} more`;
}

/**
 * How many quotes someone has, in how many stories.
 * @example formatSpeakerCount(3, 2) // "3 quotes in 2 stories"
 */
export function formatSpeakerCount(
  quoteCount: number,
  articleCount: number,
): string {
  return `${plural(quoteCount, "quote", "quotes")} in ${plural(articleCount, "story", "stories")}`;
}

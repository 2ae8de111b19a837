/**
 * Reading time left, as data: apart from `reading-progress.ts` so that the article's first paint (which shows it)
 * does not download the stored schema. Pure: no React, no DOM, no storage.
 */

/**
 * Whole minutes left from paragraph `index` of `count` in a story of `readingMinutes`, at least 1 until the end.
 * @example getMinutesLeft(4, 0, 10) // 4
 */
export function getMinutesLeft(
  readingMinutes: number,
  index: number,
  count: number,
): number {
  if (count <= 0 || index >= count) return 0;
  return Math.max(1, Math.ceil((readingMinutes * (count - index)) / count));
}

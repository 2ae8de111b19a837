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

/**
 * Whole minutes left at `position` in a story of `readingMinutes`: none once the reader has seen all of it, and,
 * before the paragraphs were measured (the server's first paint), as many as at the top of the story, which is
 * the same whatever their number.
 * @example getMinutesLeftAt(4, { index: 0, fraction: 0, count: 0 }) // 4
 */
export function getMinutesLeftAt(
  readingMinutes: number,
  position: { index: number; fraction: number; count: number },
): number {
  if (position.fraction >= 1) return 0;
  return getMinutesLeft(
    readingMinutes,
    position.index,
    Math.max(1, position.count),
  );
}

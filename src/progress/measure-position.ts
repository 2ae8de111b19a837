/**
 * Where the reader is in a story, measured on the page: the one module of progress/ that reads layout. Shared by the
 * article's first paint (`routes/reading-progress.tsx`) and the runtime that records it (decision 0016).
 */

/** The paragraph being read (from 0) of the `count` on the page, and how much of the story has been on screen (0 to 1). */
export interface ReadingPosition {
  index: number;
  fraction: number;
  /** How many paragraphs the story has on the page; 0 before they were measured. */
  count: number;
}

/** The top of a story, as the server renders it (before its paragraphs are measured). */
export const TOP_OF_STORY: ReadingPosition = Object.freeze({
  index: 0,
  fraction: 0,
  count: 0,
});

// The paragraph crossing this line (px from the top of the window) is the one being read. It sits below the
// paragraphs' scroll margin, so a story reopened at paragraph N measures as N, not N − 1.
const READING_LINE = 48;

/** Measures the position in a story from its `paragraphs`' elements on the page (`getStoryParagraphs()`), in order. */
export function measureReadingPosition(
  paragraphs: readonly Element[],
): ReadingPosition {
  const first = paragraphs[0]?.getBoundingClientRect();
  const last = paragraphs.at(-1)?.getBoundingClientRect();
  if (!first || !last) return TOP_OF_STORY;
  const count = paragraphs.length;
  const viewport = window.innerHeight;
  if (last.bottom <= viewport) return { index: count - 1, fraction: 1, count };
  const reading = paragraphs.findIndex(
    (element) => element.getBoundingClientRect().bottom > READING_LINE,
  );
  const fraction = (viewport - first.top) / (last.bottom - first.top);
  return {
    index: Math.max(0, reading),
    fraction: Math.min(1, Math.max(0, fraction)),
    count,
  };
}

/** Whether a reader at `position` has moved on from the top of the story (or sees all of it). */
export function isPastTop(position: ReadingPosition): boolean {
  return position.index > 0 || position.fraction >= 1;
}

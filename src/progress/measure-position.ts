/**
 * Where the reader is in a story, measured on the page: the one module of progress/ that reads layout. Shared by the
 * article's first paint (`routes/reading-progress.tsx`) and the runtime that records it (decision 0016).
 */

/** The paragraph being read (from 0) and how much of the story has been on screen (0 to 1). */
export interface ReadingPosition {
  index: number;
  fraction: number;
}

/** The top of a story, as the server renders it. */
export const TOP_OF_STORY: ReadingPosition = Object.freeze({
  index: 0,
  fraction: 0,
});

// The paragraph crossing this line (px from the top of the window) is the one being read. It sits below the
// paragraphs' scroll margin, so a story reopened at paragraph N measures as N, not N − 1.
const READING_LINE = 48;

/** Measures the position in a story from its `paragraphs`' elements (found by id) on the page. */
export function measureReadingPosition(
  paragraphs: readonly { id: string }[],
): ReadingPosition {
  const elements = paragraphs.map(({ id }) => document.getElementById(id));
  const first = elements[0]?.getBoundingClientRect();
  const last = elements.at(-1)?.getBoundingClientRect();
  if (!first || !last) return TOP_OF_STORY;
  const viewport = window.innerHeight;
  if (last.bottom <= viewport)
    return { index: elements.length - 1, fraction: 1 };
  const reading = elements.findIndex(
    (element) =>
      element !== null && element.getBoundingClientRect().bottom > READING_LINE,
  );
  const fraction = (viewport - first.top) / (last.bottom - first.top);
  return {
    index: Math.max(0, reading),
    fraction: Math.min(1, Math.max(0, fraction)),
  };
}

/** Whether a reader at `position` has moved on from the top of the story (or sees all of it). */
export function isPastTop(position: ReadingPosition): boolean {
  return position.index > 0 || position.fraction >= 1;
}

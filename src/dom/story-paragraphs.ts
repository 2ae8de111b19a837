/**
 * Where an article page's story paragraphs are in the DOM, for the code that needs them before (or without) the
 * article's data: reading progress, shortcut keys, highlights. A story paragraph is a `<p>` with an id (its
 * anchor, `p-…`) in the page's `<article>`; its block (its parent) holds its speaker note and its controls too.
 */

/** The story paragraphs of the page's article. */
export const STORY_PARAGRAPHS = "article p[id]";

/** The story paragraphs on the page, in reading order. */
export function getStoryParagraphs(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(STORY_PARAGRAPHS)];
}

/**
 * Where an article page's story paragraphs are in the DOM, for the code that needs them before (or without) the
 * article's data: reading progress, shortcut keys, highlights. A story paragraph is a `<p>` with an id (its
 * anchor, `p-…`) in the page's `<article>`; its block (its parent) holds its speaker note and its controls too.
 */

/** The story paragraphs of the page's article. */
const STORY_PARAGRAPHS = "article p[id]";

/** The story paragraphs on the page, in reading order. */
export function getStoryParagraphs(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(STORY_PARAGRAPHS)];
}

/**
 * The story paragraph that `node` is in or belongs to (through its block: its speaker note, text and controls),
 * or null when `node` is not part of one.
 */
export function getStoryParagraph(node: Node | null): HTMLElement | null {
  let element = node instanceof Element ? node : (node?.parentElement ?? null);
  const article = element?.closest("article");
  if (!article) return null;
  for (; element && element !== article; element = element.parentElement) {
    if (element instanceof HTMLElement && element.matches("p[id]"))
      return element;
    const paragraph = element.querySelector<HTMLElement>(":scope > p[id]");
    if (paragraph) return paragraph;
  }
  return null;
}

/** The story paragraph a same-page link (`#p-…`) or the page's own address names, or null. */
export function getLinkedParagraph(hash: string): HTMLElement | null {
  if (!hash.startsWith("#")) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  const element = id === "" ? null : document.getElementById(id);
  return element && getStoryParagraph(element) === element ? element : null;
}

/**
 * Lets script and the browser's own link following focus `paragraph` (`tabindex="-1"`: not a Tab stop). The
 * prerendered paragraphs are not focusable, to keep the attribute out of every page; whatever moves focus to one
 * makes it so first.
 */
export function makeFocusable(paragraph: HTMLElement): void {
  if (!paragraph.hasAttribute("tabindex")) paragraph.tabIndex = -1;
}

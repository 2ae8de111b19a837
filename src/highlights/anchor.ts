/**
 * Places stored highlights in an article's current text: by paragraph id and position first, then by searching
 * the quote's exact text (prefix and suffix break ties), then, for whole-paragraph highlights, by the most
 * similar paragraph. Pure: no DOM.
 */
import type { Highlight, TextQuote } from "./highlight";

/** A paragraph as anchoring sees it: its id and the text it renders (quote marks included). */
export interface AnchorParagraph {
  id: string;
  text: string;
}

/** Where a highlight sits now: UTF-16 offsets into one paragraph's text. */
export interface Anchor {
  paragraphId: string;
  start: number;
  end: number;
}

/** A highlight with where it is now, or `null` when it can no longer be placed (orphaned). */
export interface AnchoredHighlight {
  highlight: Highlight;
  anchor: Anchor | null;
}

// Below this share of words in common, a changed paragraph is a different paragraph.
const MIN_SIMILARITY = 0.6;

function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  while (
    length < a.length &&
    length < b.length &&
    a[a.length - 1 - length] === b[b.length - 1 - length]
  )
    length += 1;
  return length;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length])
    length += 1;
  return length;
}

/** How well the text around `start` matches the quote's context: characters of prefix and suffix that agree. */
function scoreContext(text: string, start: number, quote: TextQuote): number {
  const end = start + quote.exact.length;
  return (
    commonSuffixLength(text.slice(0, start), quote.prefix) +
    commonPrefixLength(text.slice(end), quote.suffix)
  );
}

function findAll(text: string, exact: string): number[] {
  const found: number[] = [];
  for (
    let index = text.indexOf(exact);
    index !== -1;
    index = text.indexOf(exact, index + 1)
  )
    found.push(index);
  return found;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of words two texts have in common (Jaccard index), 0..1. */
export function getSimilarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/**
 * Where `highlight` sits in `paragraphs`, or null when its text is gone.
 * @example locateHighlight([{ id: "p-1", text: "a big cat" }], highlight) // { paragraphId: "p-1", start: 2, end: 5 }
 */
export function locateHighlight(
  paragraphs: readonly AnchorParagraph[],
  highlight: Highlight,
): Anchor | null {
  const { quote, paragraphId, start } = highlight;
  const home = paragraphs.find((paragraph) => paragraph.id === paragraphId);
  // The fast path: nothing changed.
  if (home?.text.startsWith(quote.exact, start))
    return { paragraphId, start, end: start + quote.exact.length };

  // Search the exact text, the original paragraph first, then the whole article; the best context wins.
  let best: { anchor: Anchor; score: number } | null = null;
  const ordered = home
    ? [home, ...paragraphs.filter((paragraph) => paragraph !== home)]
    : paragraphs;
  for (const paragraph of ordered) {
    for (const index of findAll(paragraph.text, quote.exact)) {
      const score =
        scoreContext(paragraph.text, index, quote) +
        (paragraph === home ? 1 : 0);
      if (!best || score > best.score)
        best = {
          anchor: {
            paragraphId: paragraph.id,
            start: index,
            end: index + quote.exact.length,
          },
          score,
        };
    }
  }
  if (best) return best.anchor;

  // A whole paragraph that was edited a little is still that paragraph.
  if (highlight.kind === "paragraph") {
    let similar: { paragraph: AnchorParagraph; score: number } | null = null;
    for (const paragraph of paragraphs) {
      const score = getSimilarity(paragraph.text, quote.exact);
      if (score >= MIN_SIMILARITY && (!similar || score > similar.score))
        similar = { paragraph, score };
    }
    if (similar)
      return {
        paragraphId: similar.paragraph.id,
        start: 0,
        end: similar.paragraph.text.length,
      };
  }
  return null;
}

/** Every highlight of `highlights` with its current anchor (null = orphaned), in the given order. */
export function anchorHighlights(
  paragraphs: readonly AnchorParagraph[],
  highlights: readonly Highlight[],
): AnchoredHighlight[] {
  return highlights.map((highlight) => ({
    highlight,
    anchor: locateHighlight(paragraphs, highlight),
  }));
}

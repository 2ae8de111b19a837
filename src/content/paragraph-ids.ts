import type { ParagraphId } from "./article";
import { hashText } from "./hash-text";

/**
 * Stable ids for an article's paragraphs: `p-` + a hash of each paragraph's text, so that editing one
 * paragraph moves no other id. A paragraph whose id is already taken (identical text, or a hash collision)
 * gets `-2`, `-3`, … in document order; base ids contain no dash after `p-`, so a suffixed id never clashes.
 * @example createParagraphIds(["Hello.", "Hello."]) // ["p-…", "p-…-2"]
 */
export function createParagraphIds(texts: readonly string[]): ParagraphId[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = `p-${hashText(text)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${String(count)}`;
  });
}

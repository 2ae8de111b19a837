/**
 * Where a paragraph's speech quotes are, as offsets into its text: what "Highlight quotes in paragraph N" acts on
 * and counts. Pure: no React, no DOM.
 */
import type { Segment } from "../content/article";

/** A quote's words (between its marks) as offsets into the paragraph text. */
export interface QuoteRange {
  start: number;
  end: number;
  speaker: string | null;
}

/** The words of every outermost speech quote, as offsets into the paragraph text. */
export function getQuoteRanges(segments: readonly Segment[]): QuoteRange[] {
  const ranges: QuoteRange[] = [];
  let position = 0;
  function walk(list: readonly Segment[], depth: number): void {
    for (const segment of list) {
      if (segment.type === "text") {
        position += segment.text.length;
        continue;
      }
      position += segment.open.length;
      const start = position;
      walk(segment.children, depth + 1);
      if (depth === 0 && segment.kind === "speech" && position > start)
        ranges.push({ start, end: position, speaker: segment.speaker });
      position += segment.close.length;
    }
  }
  walk(segments, 0);
  return ranges;
}

import type { Quote, Segment } from "./article";

/**
 * Cuts a paragraph into what the reader renders: plain text and quote segments, nested as the quotes are.
 * Joining every segment (a quote as `open` + its children + `close`) gives back `text` exactly. Quotes whose
 * offsets are out of bounds or that cross another quote's edge are left out rather than break that rule.
 * @example segmentParagraph('He said "hi".', quotes) // [text "He said ", quote { open '"', children [text "hi"], close '"' }, text "."]
 */
export function segmentParagraph(
  text: string,
  quotes: readonly Quote[],
): Segment[] {
  const valid = quotes
    .filter(
      (quote) =>
        quote.outerStart >= 0 &&
        quote.outerStart <= quote.start &&
        quote.start <= quote.end &&
        quote.end <= quote.outerEnd &&
        quote.outerEnd <= text.length,
    )
    .sort((a, b) => a.outerStart - b.outerStart || b.outerEnd - a.outerEnd);
  return buildSegments(text, 0, text.length, valid);
}

function buildSegments(
  text: string,
  from: number,
  to: number,
  quotes: readonly Quote[],
): Segment[] {
  const cursor = { next: 0 };
  return buildRange(text, from, to, quotes, cursor);
}

/** Segments of `text[from, to)`, consuming from `quotes` (sorted) every quote that fits inside the range. */
function buildRange(
  text: string,
  from: number,
  to: number,
  quotes: readonly Quote[],
  cursor: { next: number },
): Segment[] {
  const segments: Segment[] = [];
  let position = from;
  for (
    let quote = quotes[cursor.next];
    quote !== undefined && quote.outerStart < to;
    quote = quotes[cursor.next]
  ) {
    cursor.next += 1;
    // A quote crossing an edge (of the range, or of a quote already placed) is left out.
    if (quote.outerStart < position || quote.outerEnd > to) continue;
    if (quote.outerStart > position)
      segments.push({
        type: "text",
        text: text.slice(position, quote.outerStart),
      });
    const children = buildRange(text, quote.start, quote.end, quotes, cursor);
    segments.push({
      type: "quote",
      quoteId: quote.id,
      kind: quote.kind,
      speaker: quote.resolvedSpeaker ?? quote.speaker,
      open: text.slice(quote.outerStart, quote.start),
      close: text.slice(quote.end, quote.outerEnd),
      children,
    });
    position = quote.outerEnd;
  }
  if (position < to)
    segments.push({ type: "text", text: text.slice(position, to) });
  return segments;
}

/**
 * The text a list of segments renders, marks included: the inverse of {@link segmentParagraph}.
 * @example getSegmentsText([{ type: "text", text: "Hi" }]) // "Hi"
 */
export function getSegmentsText(segments: readonly Segment[]): string {
  let text = "";
  for (const segment of segments) {
    text +=
      segment.type === "text"
        ? segment.text
        : segment.open + getSegmentsText(segment.children) + segment.close;
  }
  return text;
}

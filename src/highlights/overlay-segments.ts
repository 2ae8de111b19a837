/**
 * Lays the reader's highlights over a paragraph's segments, splitting text where a highlight starts or ends, so
 * the UI renders quotes and highlights from one tree. Pure: no React, no DOM.
 */
import type { QuoteSegment, Segment } from "../content/article";
import type { HighlightColor } from "./highlight";

/** A highlight's place in one paragraph, with what the UI needs to show it. */
export interface HighlightRange {
  id: string;
  start: number;
  end: number;
  color: HighlightColor;
  /** The colour's meaning, e.g. "Important": its accessible name. */
  label: string;
}

/** A piece of highlighted text; `first` marks the piece where the highlight begins. */
export interface HighlightPiece {
  type: "highlight";
  highlightId: string;
  color: HighlightColor;
  label: string;
  first: boolean;
  text: string;
}

/** A quote whose children may hold highlight pieces. */
export type OverlayQuote = Omit<QuoteSegment, "children"> & {
  children: OverlaySegment[];
};

/** What the UI renders: text, highlighted text, or a quote around more of them. */
export type OverlaySegment =
  Exclude<Segment, QuoteSegment> | OverlayQuote | HighlightPiece;

/**
 * The segments with every range laid over them (an earlier range wins where two overlap). Joining the text of
 * the result gives the paragraph text back.
 */
export function overlaySegments(
  segments: readonly Segment[],
  ranges: readonly HighlightRange[],
): OverlaySegment[] {
  if (ranges.length === 0) return [...segments];
  const started = new Set<string>();
  let position = 0;

  function splitText(text: string): OverlaySegment[] {
    const from = position;
    const to = from + text.length;
    position = to;
    const cuts = new Set([from, to]);
    for (const { start, end } of ranges) {
      if (start > from && start < to) cuts.add(start);
      if (end > from && end < to) cuts.add(end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: OverlaySegment[] = [];
    for (let index = 0; index + 1 < points.length; index += 1) {
      const start = points[index] ?? from;
      const end = points[index + 1] ?? to;
      const piece = text.slice(start - from, end - from);
      const range = ranges.find((r) => r.start <= start && r.end >= end);
      if (!range) {
        pieces.push({ type: "text", text: piece });
        continue;
      }
      pieces.push({
        type: "highlight",
        highlightId: range.id,
        color: range.color,
        label: range.label,
        first: !started.has(range.id),
        text: piece,
      });
      started.add(range.id);
    }
    return pieces;
  }

  function walk(list: readonly Segment[]): OverlaySegment[] {
    return list.flatMap((segment): OverlaySegment[] => {
      if (segment.type === "text") return splitText(segment.text);
      position += segment.open.length;
      const children = walk(segment.children);
      position += segment.close.length;
      return [{ ...segment, children }];
    });
  }
  return walk(segments);
}

import type {
  HighlightPiece,
  OverlayQuote,
  OverlaySegment,
} from "../highlights/overlay-segments";
import styles from "./segment-text.module.css";

interface Props {
  /** A paragraph's segments, possibly with the reader's highlights laid over them. */
  segments: readonly OverlaySegment[];
  /** False renders the quote marks without highlight styling; the markup and what screen readers hear stay. */
  highlight: boolean;
}

/**
 * A paragraph's segments: text as text (never as HTML), quotes as `<mark><q>` with their original marks kept
 * outside the `<q>` (its own quotation marks are turned off in CSS).
 */
export function SegmentText({ segments, highlight }: Props) {
  return segments.map((segment, index) =>
    segment.type === "text" ? (
      segment.text
    ) : segment.type === "highlight" ? (
      <ReaderMark key={`h-${String(index)}`} piece={segment} />
    ) : (
      <QuoteMark
        key={`${segment.quoteId}-${String(index)}`}
        segment={segment}
        highlight={highlight}
      />
    ),
  );
}

/**
 * A reader's highlight: a fill and an underline whose style differs per colour, so it does not rest on colour
 * alone; where it begins, screen readers hear its meaning ("Highlight, Important:").
 */
function ReaderMark({ piece }: { piece: HighlightPiece }) {
  return (
    <mark
      className={`${styles.reader} ${styles[piece.color] ?? ""}`}
      data-highlight-id={piece.highlightId}
      id={piece.first ? piece.highlightId : undefined}
      tabIndex={piece.first ? -1 : undefined}
    >
      {piece.first ? (
        <span className={`visually-hidden ${styles.speaker}`}>
          Highlight, {piece.label}:{" "}
        </span>
      ) : null}
      {piece.text}
    </mark>
  );
}

interface QuoteMarkProps {
  segment: OverlayQuote;
  highlight: boolean;
}

function QuoteMark({ segment, highlight }: QuoteMarkProps) {
  const { kind, speaker, open, close, children } = segment;
  const className = [
    styles.quote,
    highlight ? styles[kind] : styles.plain,
  ].join(" ");
  return (
    <mark
      className={className}
      data-kind={kind}
      data-speaker={speaker ?? undefined}
    >
      {open}
      <q className={styles.words}>
        <SegmentText segments={children} highlight={highlight} />
      </q>
      {close}
      {speaker === null ? null : (
        <span className={`visually-hidden ${styles.speaker}`}>
          {`, said by ${speaker}`}
        </span>
      )}
    </mark>
  );
}

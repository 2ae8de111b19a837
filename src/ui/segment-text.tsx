import type { QuoteSegment, Segment } from "../content/article";
import styles from "./segment-text.module.css";

interface Props {
  segments: readonly Segment[];
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
    ) : (
      <QuoteMark
        key={`${segment.quoteId}-${String(index)}`}
        segment={segment}
        highlight={highlight}
      />
    ),
  );
}

interface QuoteMarkProps {
  segment: QuoteSegment;
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
          , said by {speaker}
        </span>
      )}
    </mark>
  );
}

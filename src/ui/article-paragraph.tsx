import type { ReactNode } from "react";
import type { ParagraphData } from "../content/article";
import type { OverlaySegment } from "../highlights/overlay-segments";
import styles from "./article-paragraph.module.css";
import { SegmentText } from "./segment-text";

interface Props {
  paragraph: ParagraphData;
  highlight: boolean;
  /** The segments with the reader's highlights laid over them, when there are any. */
  overlay?: readonly OverlaySegment[] | undefined;
  /** The reader's highlight controls for this paragraph, after its text. */
  controls?: ReactNode;
  /** Whether the paragraph is focusable by script (as the page's script made it before the story hydrated). */
  focusable?: boolean | undefined;
}

/**
 * One paragraph (its id is its address: decision 0005) and, when highlighting is on and someone speaks in it, a margin note naming
 * them. The note is hidden from screen readers, which already hear each speaker with their quote.
 */
export function ArticleParagraph({
  paragraph,
  highlight,
  overlay,
  controls,
  focusable,
}: Props) {
  const { id, segments, speakers } = paragraph;
  return (
    <div className={styles.paragraph}>
      {highlight && speakers.length > 0 ? (
        <p className={styles.speakers} aria-hidden="true">
          {speakers.join(", ")}
        </p>
      ) : null}
      {/* Not a Tab stop; made focusable by what moves focus to it (a link to it, a shortcut key): decision 0025. */}
      <p
        id={id}
        className={styles.text}
        dir="auto"
        tabIndex={focusable ? -1 : undefined}
      >
        <SegmentText segments={overlay ?? segments} highlight={highlight} />
      </p>
      {controls}
    </div>
  );
}

import type { ParagraphData } from "../content/article";
import styles from "./article-paragraph.module.css";
import { SegmentText } from "./segment-text";

interface Props {
  paragraph: ParagraphData;
  highlight: boolean;
  /** Called with the paragraph's absolute URL when its anchor link is clicked (which also follows the link). */
  onCopyLink: (url: string) => void;
}

/**
 * One paragraph with its anchor link and, when highlighting is on and someone speaks in it, a margin note naming
 * them. The note is hidden from screen readers, which already hear each speaker with their quote.
 */
export function ArticleParagraph({ paragraph, highlight, onCopyLink }: Props) {
  const { id, index, segments, speakers } = paragraph;
  return (
    <div className={styles.paragraph}>
      {highlight && speakers.length > 0 ? (
        <p className={styles.speakers} aria-hidden="true">
          {speakers.join(", ")}
        </p>
      ) : null}
      {/* Focusable by script and by following a #p- link, not by Tab: see QuotePanel. */}
      <p id={id} className={styles.text} dir="auto" tabIndex={-1}>
        <SegmentText segments={segments} highlight={highlight} />
        <a
          href={`#${id}`}
          className={styles.anchor}
          aria-label={`Link to paragraph ${String(index)}`}
          onClick={(event) => {
            onCopyLink(event.currentTarget.href);
          }}
        />
      </p>
    </div>
  );
}

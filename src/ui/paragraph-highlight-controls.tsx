import type { ReactNode } from "react";
import styles from "./paragraph-highlight-controls.module.css";

interface Props {
  /** 1-based paragraph position, for the buttons' names. */
  index: number;
  pressed: boolean;
  quoteCount: number;
  onToggle: () => void;
  onHighlightQuotes: () => void;
  /** The selection toolbar, when the reader's selection is in this paragraph (kept visible, unlike the buttons). */
  children?: ReactNode;
}

/**
 * A paragraph's highlight buttons: the whole paragraph (a toggle) and, when someone is quoted, their quotes. The
 * colour a press applies is the one chosen under "Colour for new highlights"; the highlight announces it and
 * its text carries it (decision 0025: no tooltip repeats it on every button).
 */
export function ParagraphHighlightControls({
  index,
  pressed,
  quoteCount,
  onToggle,
  onHighlightQuotes,
  children,
}: Props) {
  const n = String(index);
  return (
    <>
      {children}
      <div className={styles.controls}>
        <button
          type="button"
          className={styles.button}
          aria-pressed={pressed}
          onClick={onToggle}
        >
          {`Highlight paragraph ${n}`}
        </button>
        {quoteCount > 0 ? (
          <button
            type="button"
            className={styles.button}
            onClick={onHighlightQuotes}
          >
            {`Highlight ${quoteCount === 1 ? "quote" : "quotes"} in paragraph ${n}`}
          </button>
        ) : null}
      </div>
    </>
  );
}

import type { ReactNode } from "react";
import styles from "./paragraph-highlight-controls.module.css";

interface Props {
  /** 1-based paragraph position, for the buttons' names. */
  index: number;
  pressed: boolean;
  /** The meaning of the colour a new highlight gets ("Important"). */
  colorLabel: string;
  quoteCount: number;
  onToggle: () => void;
  onHighlightQuotes: () => void;
  /** The selection toolbar, when the reader's selection is in this paragraph (kept visible, unlike the buttons). */
  children?: ReactNode;
}

/** The tooltip of a paragraph's highlight toggle: what a press will do. */
export function getToggleTitle(pressed: boolean, colorLabel: string): string {
  return pressed ? "Remove highlight" : `Highlight as ${colorLabel}`;
}

/** A paragraph's highlight buttons: the whole paragraph (a toggle) and, when someone is quoted, their quotes. */
export function ParagraphHighlightControls({
  index,
  pressed,
  colorLabel,
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
          title={getToggleTitle(pressed, colorLabel)}
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

import type { ReactNode } from "react";
import {
  HIGHLIGHT_COLORS,
  type ColorNames,
  type Highlight,
  type HighlightColor,
} from "../highlights/highlight";
import styles from "./highlight-list.module.css";

/** One row: a highlight, whether it can still be placed, and a link to its place. */
export interface HighlightListItem {
  highlight: Highlight;
  orphaned: boolean;
  /** The link to its place: a `<Link>` or an `<a>`, made by the caller. */
  link: ReactNode;
}

interface Props {
  items: readonly HighlightListItem[];
  colorNames: Readonly<ColorNames>;
  /** Shows the article title above each quote (on the page that lists every article). */
  showTitle?: boolean;
  onChangeColor: (id: string, color: HighlightColor) => void;
  onChangeNote: (id: string, note: string) => void;
  onRemove: (id: string) => void;
}

/** The reader's highlights, each with its colour meaning, an editable note, a link to its place and Remove. */
export function HighlightList({
  items,
  colorNames,
  showTitle = false,
  onChangeColor,
  onChangeNote,
  onRemove,
}: Props) {
  if (items.length === 0)
    return <p className={styles.empty}>No highlights yet.</p>;
  return (
    <ol className={styles.list}>
      {items.map(({ highlight, orphaned, link }, index) => {
        const n = String(index + 1);
        return (
          <li key={highlight.id} className={styles.item}>
            {showTitle ? (
              <p className={styles.title}>{highlight.title}</p>
            ) : null}
            <blockquote
              className={`${styles.quote} ${styles[highlight.color] ?? ""}`}
            >
              <p dir="auto">{highlight.quote.exact}</p>
            </blockquote>
            <p className={styles.meta}>
              {colorNames[highlight.color]}
              {orphaned ? (
                <strong className={styles.orphaned}>
                  {" "}
                  · Orphaned: this text is no longer in the article
                </strong>
              ) : null}{" "}
              · {link}
            </p>
            <label className={styles.field}>
              Colour of highlight {n}
              <select
                value={highlight.color}
                onChange={(event) => {
                  onChangeColor(
                    highlight.id,
                    event.target.value as HighlightColor,
                  );
                }}
              >
                {HIGHLIGHT_COLORS.map((color) => (
                  <option key={color} value={color}>
                    {colorNames[color]} ({color})
                  </option>
                ))}
              </select>
            </label>
            <label className={styles.field}>
              Note on highlight {n}
              <textarea
                rows={2}
                defaultValue={highlight.note}
                onBlur={(event) => {
                  if (event.target.value !== highlight.note)
                    onChangeNote(highlight.id, event.target.value);
                }}
              />
            </label>
            <button
              type="button"
              className={styles.button}
              onClick={() => {
                onRemove(highlight.id);
              }}
            >
              Remove highlight {n}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

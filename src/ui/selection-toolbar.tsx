import {
  HIGHLIGHT_COLORS,
  type ColorNames,
  type HighlightColor,
} from "../highlights/highlight";
import styles from "./selection-toolbar.module.css";

interface Props {
  colorNames: Readonly<ColorNames>;
  onHighlight: (color: HighlightColor) => void;
}

/**
 * The small "Highlight" action shown next to a text selection: one button per colour, named by its meaning.
 * It follows the paragraph in the DOM, so Tab reaches it from the selection.
 */
export function SelectionToolbar({ colorNames, onHighlight }: Props) {
  return (
    <div
      role="group"
      aria-label="Highlight the selected text"
      className={styles.toolbar}
      data-selection-toolbar=""
    >
      <span className={styles.label} aria-hidden="true">
        Highlight
      </span>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          aria-label={`Highlight as ${colorNames[color]}`}
          className={`${styles.button} ${styles[color] ?? ""}`}
          // Keeps the text selected when the button is pressed with a mouse.
          onMouseDown={(event) => {
            event.preventDefault();
          }}
          onClick={() => {
            onHighlight(color);
          }}
        >
          {colorNames[color]}
        </button>
      ))}
    </div>
  );
}

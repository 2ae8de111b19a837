import { useState } from "react";
import {
  HIGHLIGHT_COLORS,
  type ColorNames,
  type HighlightColor,
} from "../highlights/highlight";
import styles from "./highlight-tools.module.css";

interface Props {
  colorNames: Readonly<ColorNames>;
  /** The colour new highlights get; omitted where nothing is highlighted (the page listing every article). */
  color?: HighlightColor;
  onColorChoice?: (color: HighlightColor) => void;
  onRenameColor: (color: HighlightColor, name: string) => void;
  onExport: (format: "markdown" | "json") => void;
  /** Imports a file's text; returns what happened, in words. */
  onImport: (text: string) => string;
}

/** Colour meanings, the colour for new highlights, and export and import of every highlight. */
export function HighlightTools({
  colorNames,
  color,
  onColorChoice,
  onRenameColor,
  onExport,
  onImport,
}: Props) {
  const [message, setMessage] = useState("");
  return (
    <div className={styles.tools}>
      {color !== undefined && onColorChoice ? (
        <fieldset className={styles.group}>
          <legend>Colour for new highlights</legend>
          {HIGHLIGHT_COLORS.map((option) => (
            <label key={option} className={styles.choice}>
              <input
                type="radio"
                name="highlight-color"
                checked={option === color}
                onChange={() => {
                  onColorChoice(option);
                }}
              />
              {colorNames[option]} ({option})
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset className={styles.group}>
        <legend>What each colour means</legend>
        {HIGHLIGHT_COLORS.map((option) => (
          <label key={option} className={styles.field}>
            Meaning of {option}
            <input
              type="text"
              defaultValue={colorNames[option]}
              onBlur={(event) => {
                const name = event.target.value.trim();
                if (name !== "" && name !== colorNames[option])
                  onRenameColor(option, name);
              }}
            />
          </label>
        ))}
      </fieldset>
      <div className={styles.row}>
        <button
          type="button"
          className={styles.button}
          onClick={() => {
            onExport("markdown");
          }}
        >
          Export Markdown
        </button>
        <button
          type="button"
          className={styles.button}
          onClick={() => {
            onExport("json");
          }}
        >
          Export JSON
        </button>
        <label className={styles.field}>
          Import highlights (JSON)
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (!file) return;
              void file.text().then((text) => {
                setMessage(onImport(text));
              });
            }}
          />
        </label>
      </div>
      <p role="status" className={styles.message}>
        {message}
      </p>
    </div>
  );
}

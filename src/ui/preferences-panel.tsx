import { useId } from "react";
import type { Preferences } from "../preferences/preferences";
import styles from "./preferences-panel.module.css";

interface Props {
  preferences: Readonly<Preferences>;
  onChange: (patch: Partial<Preferences>) => void;
  /** Opens the keyboard shortcuts' help (also on `?`). */
  onShowShortcuts: () => void;
}

type ChoiceName = "theme" | "textSize" | "font" | "lineWidth" | "lineSpacing";

// Each choice with its label, in the order shown. Text size steps are named, not numbered.
const GROUPS: {
  name: ChoiceName;
  legend: string;
  options: { value: Preferences[ChoiceName]; label: string }[];
}[] = [
  {
    name: "theme",
    legend: "Theme",
    options: [
      { value: "system", label: "System" },
      { value: "light", label: "Light" },
      { value: "dark", label: "Dark" },
      { value: "sepia", label: "Sepia" },
    ],
  },
  {
    name: "textSize",
    legend: "Text size",
    options: [
      { value: 1, label: "Smallest" },
      { value: 2, label: "Small" },
      { value: 3, label: "Default" },
      { value: 4, label: "Large" },
      { value: 5, label: "Larger" },
      { value: 6, label: "Largest" },
    ],
  },
  {
    name: "font",
    legend: "Font",
    options: [
      { value: "serif", label: "Serif" },
      { value: "sans", label: "Sans-serif" },
    ],
  },
  {
    name: "lineWidth",
    legend: "Line width",
    options: [
      { value: "narrow", label: "Narrow" },
      { value: "medium", label: "Medium" },
      { value: "wide", label: "Wide" },
    ],
  },
  {
    name: "lineSpacing",
    legend: "Line spacing",
    options: [
      { value: "compact", label: "Compact" },
      { value: "normal", label: "Normal" },
      { value: "relaxed", label: "Relaxed" },
    ],
  },
];

/**
 * The reading preferences as native radio groups and a check box: each change applies at once. The theme
 * gives way to the system's forced colours (high contrast) whenever those are on.
 */
export function PreferencesPanel({
  preferences,
  onChange,
  onShowShortcuts,
}: Props) {
  const id = useId();
  return (
    <form
      className={styles.panel}
      aria-label="Reading preferences"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      {GROUPS.map(({ name, legend, options }) => (
        <fieldset key={name} className={styles.group}>
          <legend className={styles.legend}>{legend}</legend>
          <div className={styles.options}>
            {options.map(({ value, label }) => (
              <label key={String(value)} className={styles.option}>
                <input
                  type="radio"
                  name={`${id}-${name}`}
                  checked={preferences[name] === value}
                  onChange={() => {
                    onChange({ [name]: value });
                  }}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label className={styles.option}>
        <input
          type="checkbox"
          checked={preferences.shortcuts}
          onChange={(event) => {
            onChange({ shortcuts: event.currentTarget.checked });
          }}
        />
        Single-key shortcuts
      </label>
      <button
        type="button"
        className={styles.action}
        aria-haspopup="dialog"
        onClick={onShowShortcuts}
      >
        Keyboard shortcuts
      </button>
      <p className={styles.note}>
        Choices stay in this browser. High-contrast colours set by your system
        always win over the theme.
      </p>
    </form>
  );
}

import styles from "./highlight-toggle.module.css";

interface Props {
  pressed: boolean;
  onPressedChange: (pressed: boolean) => void;
}

/** Turns quote highlighting on and off. */
export function HighlightToggle({ pressed, onPressedChange }: Props) {
  return (
    <button
      type="button"
      className={styles.toggle}
      aria-pressed={pressed}
      onClick={() => {
        onPressedChange(!pressed);
      }}
    >
      Highlight quotes
    </button>
  );
}

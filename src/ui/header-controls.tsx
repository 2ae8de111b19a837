import styles from "./header-controls.module.css";

interface Props {
  /** Id of the preferences panel the disclosure button controls. */
  panelId: string;
  preferencesOpen: boolean;
  onPreferencesToggle: () => void;
}

/**
 * The header's button: a disclosure for the reading preferences (which also lead to the keyboard shortcuts'
 * help; `?` opens it from anywhere).
 */
export function HeaderControls({
  panelId,
  preferencesOpen,
  onPreferencesToggle,
}: Props) {
  return (
    <button
      type="button"
      className={styles.button}
      aria-expanded={preferencesOpen}
      aria-controls={panelId}
      onClick={onPreferencesToggle}
    >
      Preferences
    </button>
  );
}

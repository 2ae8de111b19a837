import styles from "./header-controls.module.css";

interface Props {
  /** Id of the preferences panel the disclosure button controls. */
  panelId: string;
  preferencesOpen: boolean;
  onPreferencesToggle: () => void;
  onHelpOpen: () => void;
}

/** The header's buttons: a disclosure for the reading preferences, and the keyboard shortcuts help. */
export function HeaderControls({
  panelId,
  preferencesOpen,
  onPreferencesToggle,
  onHelpOpen,
}: Props) {
  return (
    <div className={styles.controls}>
      <button
        type="button"
        className={styles.button}
        aria-expanded={preferencesOpen}
        aria-controls={panelId}
        onClick={onPreferencesToggle}
      >
        Preferences
      </button>
      <button
        type="button"
        className={styles.button}
        aria-haspopup="dialog"
        onClick={onHelpOpen}
      >
        Keyboard shortcuts
      </button>
    </div>
  );
}

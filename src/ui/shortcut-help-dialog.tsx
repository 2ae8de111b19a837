import { useEffect, useId, useRef } from "react";
import { describeKeys, SHORTCUTS, type Shortcut } from "../keyboard/shortcuts";
import styles from "./shortcut-help-dialog.module.css";

interface Props {
  /** What to list; the site's shortcuts unless given (this chunk brings the table, the entry does not). */
  shortcuts?: readonly Shortcut[];
  /** Whether single-key shortcuts are on; when off, the dialog says how to turn them on. */
  enabled: boolean;
  /** Called once the dialog has closed (Escape, the Close button); the caller then unmounts it. */
  onClose: () => void;
}

/**
 * A modal `<dialog>` listing every keyboard shortcut. It opens as soon as it mounts; the browser keeps focus
 * inside while it is open, and focus goes back to where it was when it unmounts.
 */
export function ShortcutHelpDialog({
  shortcuts = SHORTCUTS,
  enabled,
  onClose,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const opener = document.activeElement;
    dialog.current?.showModal();
    return () => {
      if (opener instanceof HTMLElement) opener.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={headingId}
      onClose={onClose}
    >
      <h2 id={headingId} className={styles.heading}>
        Keyboard shortcuts
      </h2>
      <p className={styles.note}>
        {enabled
          ? "Single-key shortcuts work anywhere except while you type in a field."
          : "Single-key shortcuts are off. Turn them on under Preferences."}
      </p>
      <dl className={styles.list}>
        {shortcuts.map(({ keys, description }) => (
          <div key={describeKeys(keys)} className={styles.row}>
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? " then " : null}
                  <kbd className={styles.key}>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd className={styles.description}>{description}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        className={styles.close}
        onClick={() => {
          dialog.current?.close();
        }}
      >
        Close
      </button>
    </dialog>
  );
}

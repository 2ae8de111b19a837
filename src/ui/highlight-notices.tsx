import styles from "./highlight-notices.module.css";

interface Props {
  /** The storage key where an unreadable value was kept, or null. */
  recoveredTo: string | null;
  /** Why the last change could not be saved, or null. */
  error: string | null;
  /** What the last highlight action did, for screen readers (empty: nothing to say). */
  announcement: string;
  onDismiss: () => void;
}

/** Tells the reader about their highlights' storage once, and announces each highlight action politely. */
export function HighlightNotices({
  recoveredTo,
  error,
  announcement,
  onDismiss,
}: Props) {
  return (
    <>
      {recoveredTo === null ? null : (
        <section className={styles.notice} aria-labelledby="highlights-notice">
          <h2 id="highlights-notice" className={styles.heading}>
            Some saved highlights could not be read
          </h2>
          <p className={styles.text}>
            They were kept unchanged in this browser under “{recoveredTo}”.
            Highlighting works as before.
          </p>
          <button type="button" className={styles.button} onClick={onDismiss}>
            Dismiss
          </button>
        </section>
      )}
      <div role="alert" className={styles.error}>
        {error}
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}

import styles from "./resume-notice.module.css";

interface Props {
  /** The paragraph the story reopened at, counted from 1. */
  paragraph: number;
  count: number;
  onStartFromTop: () => void;
  onDismiss: () => void;
}

/** Says that the story reopened where the reader left it, with a way back to the top; it stays on screen. */
export function ResumeNotice({
  paragraph,
  count,
  onStartFromTop,
  onDismiss,
}: Props) {
  return (
    <div className={styles.notice} role="group" aria-label="Where you left off">
      <p className={styles.text}>
        Reopened where you left off, at paragraph {paragraph} of {count}.
      </p>
      <button type="button" className={styles.button} onClick={onStartFromTop}>
        Start from the top
      </button>
      <button type="button" className={styles.button} onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

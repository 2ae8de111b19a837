import styles from "./progress-indicator.module.css";
import { useHydrated } from "./use-hydrated";

interface Props {
  /** How far through the story the reader is, from 0 to 1. */
  fraction: number;
  minutesLeft: number;
}

/**
 * A thin bar along the top of the window showing how far the reader is, exposed as a labelled progressbar, and
 * the reading time left as text. The bar follows scrolling with JavaScript, so the prerendered page has only
 * the text (a bar stuck at 0% would be wrong once the reader scrolls); it is fixed to the window's edge, so it
 * appears without moving anything.
 */
export function ProgressIndicator({ fraction, minutesLeft }: Props) {
  const hydrated = useHydrated();
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  const timeLeft =
    minutesLeft > 0 ? `${String(minutesLeft)} min left` : "Finished";
  return (
    <>
      {hydrated ? (
        <div
          className={styles.track}
          role="progressbar"
          aria-label="Reading progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${String(percent)}%, ${timeLeft}`}
        >
          {/* At 0 the stylesheet's scaleX(0) applies; React sets later values through the CSSOM (a style
            attribute in the HTML would need 'unsafe-hashes' in the page's CSP). */}
          <div
            className={styles.bar}
            style={
              percent === 0
                ? undefined
                : { transform: `scaleX(${String(percent / 100)})` }
            }
          />
        </div>
      ) : null}
      <p className={styles.timeLeft}>{timeLeft}</p>
    </>
  );
}

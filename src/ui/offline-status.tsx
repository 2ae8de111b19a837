import styles from "./offline-status.module.css";

/** Where offline reading stands: not ready yet, every page saved, or a newer version waiting. */
export type OfflineState = "pending" | "ready" | "update-available";

interface Props {
  state: OfflineState;
  onRefresh: () => void;
}

/** Says in words that the site reads offline, or offers the newer version with a "Refresh to update" button. */
export function OfflineStatus({ state, onRefresh }: Props) {
  if (state === "update-available") {
    return (
      <div className={styles.update}>
        <p role="status" className={styles.text}>
          A new version of Broadsheet is available.
        </p>
        <button type="button" className={styles.button} onClick={onRefresh}>
          Refresh to update
        </button>
      </div>
    );
  }
  return (
    <p role="status" className={styles.text}>
      {state === "ready" ? (
        <>
          <span aria-hidden="true" className={styles.mark}>
            ✓
          </span>{" "}
          Available offline
        </>
      ) : null}
    </p>
  );
}

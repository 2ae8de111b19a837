import type { ReactNode } from "react";
import styles from "./highlights-section.module.css";

interface Props {
  count: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The panel, rendered only while open. */
  children?: ReactNode;
}

/** The article's "Your highlights" section: a disclosure button and, when open, the panel. */
export function HighlightsSection({
  count,
  open,
  onOpenChange,
  children,
}: Props) {
  return (
    <section className={styles.section} aria-labelledby="your-highlights">
      <h2 id="your-highlights" className={styles.heading}>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls="your-highlights-panel"
          onClick={() => {
            onOpenChange(!open);
          }}
        >
          {`Your highlights (${String(count)})`}
        </button>
      </h2>
      <div id="your-highlights-panel" hidden={!open}>
        {open ? children : null}
      </div>
    </section>
  );
}

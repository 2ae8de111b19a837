import type { ReactNode } from "react";
import styles from "./highlights-page.module.css";

interface Props {
  /** False in the prerendered HTML (and without JavaScript), where the reader's highlights cannot be read. */
  hydrated: boolean;
  count: number;
  children?: ReactNode;
}

/** The page listing every highlight: its heading, and the list once the browser can read it. */
export function HighlightsPage({ hydrated, count, children }: Props) {
  return (
    <section className={styles.page} aria-labelledby="highlights-heading">
      <h1 id="highlights-heading" className={styles.title}>
        Your highlights
      </h1>
      {hydrated ? (
        <>
          <p className={styles.intro}>
            {count === 1 ? "1 highlight" : `${String(count)} highlights`},
            newest first. They are kept in this browser only.
          </p>
          {children}
        </>
      ) : (
        <p className={styles.intro}>
          Your highlights are kept in this browser, and showing them needs
          JavaScript. Turn it on to see them.
        </p>
      )}
    </section>
  );
}

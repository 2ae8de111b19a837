import type { ReactNode } from "react";
import { Link } from "react-router";
import styles from "./site-shell.module.css";

interface Props {
  children: ReactNode;
  /** Site-wide controls at the end of the header (preferences, shortcuts help). */
  controls?: ReactNode;
  /** Whatever belongs under the header bar across the page width (an open preferences panel). */
  headerExtra?: ReactNode;
}

/** The landmarks every page shares: a skip link, the header with the site name, `<main id="main">`, the footer. */
export function SiteShell({ children, controls, headerExtra }: Props) {
  return (
    <>
      <a className={styles.skipLink} href="#main">
        Skip to main content
      </a>
      <header className={styles.header}>
        <div className={styles.bar}>
          <Link to="/" className={styles.siteName}>
            Broadsheet
          </Link>
          <Link to="/highlights/" className={styles.navLink}>
            Your highlights
          </Link>
          {controls}
        </div>
        {headerExtra}
      </header>
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className={styles.column}>{children}</div>
      </main>
      <footer className={styles.footer}>
        <div className={styles.column}>
          <p className={styles.note}>
            Broadsheet. What you read and choose here stays in your browser.
          </p>
        </div>
      </footer>
    </>
  );
}

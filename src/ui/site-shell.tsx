import type { ReactNode } from "react";
import { Link } from "react-router";
import { SITE_LANG } from "../content/site-info";
import styles from "./site-shell.module.css";

interface Props {
  children: ReactNode;
  /** The header's search form, when the page has one. */
  search?: ReactNode;
  /** Site-wide controls at the end of the header (preferences, shortcuts help). */
  controls?: ReactNode;
  /** Whatever belongs under the header bar across the page width (an open preferences panel). */
  headerExtra?: ReactNode;
}

/**
 * The landmarks every page shares: a skip link, the header with the site name, `<main id="main">`, the footer.
 * The site's own words carry the site's language, since `<html lang>` follows an article's.
 */
export function SiteShell({ children, search, controls, headerExtra }: Props) {
  return (
    <>
      <a className={styles.skipLink} href="#main" lang={SITE_LANG}>
        Skip to main content
      </a>
      <header className={styles.header} lang={SITE_LANG}>
        <div className={styles.bar}>
          <Link discover="none" to="/" className={styles.siteName}>
            Broadsheet
          </Link>
          {search}
          <Link discover="none" to="/highlights/" className={styles.navLink}>
            Your highlights
          </Link>
          {controls}
        </div>
        {headerExtra}
      </header>
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className={styles.column}>{children}</div>
      </main>
      <footer className={styles.footer} lang={SITE_LANG}>
        <div className={styles.column}>
          <p className={styles.note}>
            Broadsheet. What you read and choose here stays in your browser.
          </p>
        </div>
      </footer>
    </>
  );
}

import { Link } from "react-router";
import { getListPagePath } from "../content/list-pages";
import styles from "./pagination-nav.module.css";

interface Props {
  /** The page shown, 1-based. */
  page: number;
  pageCount: number;
}

/**
 * Links between pages of the article list: "Newer stories" (previous page) and "Older stories" (next page),
 * with where the reader is. Renders nothing when the list fits on one page.
 */
export function PaginationNav({ page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.nav} aria-label="Pages of stories">
      <ul className={styles.links}>
        {page > 1 && (
          <li className={styles.previous}>
            <Link discover="none" to={getListPagePath(page - 1)} rel="prev">
              <span aria-hidden="true">← </span>Newer stories
            </Link>
          </li>
        )}
        {page < pageCount && (
          <li className={styles.next}>
            <Link discover="none" to={getListPagePath(page + 1)} rel="next">
              Older stories<span aria-hidden="true"> →</span>
            </Link>
          </li>
        )}
      </ul>
      <p className={styles.position}>
        Page {page} of {pageCount}
      </p>
    </nav>
  );
}

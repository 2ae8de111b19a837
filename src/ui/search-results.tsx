import { useId } from "react";
import { Link } from "react-router";
import type { SearchResult } from "../content/search-result";
import { MarkedText } from "./marked-text";
import styles from "./search-results.module.css";

/** `static`: prerendered, before any script ran; `empty`: no query yet. */
export type SearchStatus = "static" | "empty" | "loading" | "done" | "error";

interface Props {
  query: string;
  status: SearchStatus;
  results: readonly SearchResult[];
}

/** What the live region says; empty before scripts run, so the no-JS note stands alone. */
export function describeSearch(
  status: SearchStatus,
  query: string,
  count: number,
): string {
  switch (status) {
    case "static":
      return "";
    case "empty":
      return "Type a word or a name in the search box to find stories.";
    case "loading":
      return `Searching for “${query}”…`;
    case "error":
      return "Search is not available right now. Try again in a moment.";
    case "done":
      return count === 0
        ? `No stories match “${query}”.`
        : `${String(count)} ${count === 1 ? "result" : "results"} for “${query}”.`;
    default: {
      const never: never = status;
      return never;
    }
  }
}

/** The search page: its heading, a no-JS note, the live result count and the results with their matches marked. */
export function SearchResults({ query, status, results }: Props) {
  const headingId = useId();
  return (
    <>
      <h1 id={headingId} className={styles.heading}>
        Search
      </h1>
      <noscript>
        <p>
          Search needs JavaScript, which is turned off or unavailable. Every
          story is listed on the{" "}
          <Link discover="none" to="/">
            front page
          </Link>
          .
        </p>
      </noscript>
      <p role="status" aria-labelledby={headingId} className={styles.status}>
        {describeSearch(status, query, results.length)}
      </p>
      {status === "done" && results.length > 0 && (
        <ol className={styles.list} aria-labelledby={headingId}>
          {results.map((result) => (
            <li key={result.key} className={styles.item}>
              <h2
                className={styles.title}
                lang={result.lang ?? undefined}
                dir="auto"
              >
                {/* A document load lands on the paragraph's anchor natively, like the no-JS site. */}
                <Link discover="none" to={result.path} reloadDocument>
                  <MarkedText pieces={result.title} />
                </Link>
              </h2>
              <p
                className={styles.snippet}
                lang={result.lang ?? undefined}
                dir="auto"
              >
                <MarkedText pieces={result.snippet} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

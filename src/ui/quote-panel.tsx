import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { SPEAKER_INDEX_PATH } from "../content/data-paths";
import { SITE_LANG } from "../content/site-info";
import type { QuoteIndex } from "../content/get-quote-index";
import { formatQuoteCount } from "./format";
import { QuoteList } from "./quote-list";
import styles from "./quote-panel.module.css";
import { useHydrated } from "./use-hydrated";

interface Props {
  /** How many speech quotes the article has: the closed panel says so, and shows nothing when there are none. */
  count: number;
  /** The article's quote index, or null until the whole article is here (a prerendered page's outline). */
  index: QuoteIndex | null;
  /** Fetches what `index` needs (the whole article); rejects when it cannot. */
  onLoad: () => Promise<unknown>;
  /** The article's language, for the quoted words (the panel's own words are in the site's language). */
  lang?: string | undefined;
}

type Status = "idle" | "loading" | "failed";

const LOAD_ERROR =
  "The quotes could not be loaded. Check your connection, then try again.";

/**
 * "Who said what": a disclosure, closed at first, whose summary says how many speech quotes the article has.
 * The list comes from the whole article, fetched when the reader opens the panel (or points at its summary, so
 * that it is usually here by then). The server's HTML, and the page without JavaScript, show a
 * link to the quotes by speaker instead (decision 0024).
 */
export function QuotePanel({ count, index, onLoad, lang }: Props) {
  const [status, setStatus] = useState<Status>("idle");
  const hydrated = useHydrated();
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const latestLoad = useRef(onLoad);
  useEffect(() => {
    latestLoad.current = onLoad;
  });

  // On opening: the list, once the whole article is here, with what is going on meanwhile.
  function load(): void {
    if (index) return;
    setStatus("loading");
    latestLoad.current().then(
      () => {
        setStatus("idle");
      },
      () => {
        setStatus("failed");
      },
    );
  }
  // A hint the reader may open it: fetch ahead, quietly (opening says so if it failed).
  function prefetch(): void {
    if (index) return;
    latestLoad.current().catch(() => undefined);
  }
  // Opened before the page was interactive: load now.
  const loadOnMount = useRef(load);
  useEffect(() => {
    if (details.current?.open) loadOnMount.current();
  }, []);

  if (count === 0) return null;
  const shown = hydrated ? index : null;
  return (
    // The panel's own words are the site's; it marks the quoted words with the article's lang.
    <details
      ref={details}
      className={styles.panel}
      lang={SITE_LANG}
      dir="ltr"
      onToggle={(event) => {
        if (event.currentTarget.open) load();
      }}
    >
      <summary
        ref={summary}
        className={styles.summary}
        onPointerEnter={prefetch}
      >
        {`Who said what (${formatQuoteCount(count)})`}
      </summary>
      {/* In place, empty, from hydration on: a live region that appears with its text is often not read out. */}
      {hydrated && !shown ? (
        <p
          role="status"
          className={status === "loading" ? styles.note : "visually-hidden"}
        >
          {status === "loading" ? "Loading quotes…" : ""}
        </p>
      ) : null}
      {shown ? (
        <QuoteList index={shown} lang={lang} />
      ) : status === "loading" ? null : status === "failed" ? (
        <div className={styles.note}>
          <p role="alert">{LOAD_ERROR}</p>
          <button
            type="button"
            onClick={() => {
              // Focus stays in the panel while the button makes way for the list.
              summary.current?.focus();
              load();
            }}
          >
            Try again
          </button>
        </div>
      ) : (
        <p className={styles.note}>
          <Link discover="none" to={SPEAKER_INDEX_PATH}>
            Quotes by speaker
          </Link>
        </p>
      )}
    </details>
  );
}

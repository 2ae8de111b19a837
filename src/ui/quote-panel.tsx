import { useId, useState, type MouseEvent } from "react";
import { Link } from "react-router";
import { getSpeakerPath } from "../content/data-paths";
import {
  filterQuoteEntries,
  NO_SPEAKER,
} from "../content/filter-quote-entries";
import type { QuoteIndex, QuoteIndexEntry } from "../content/get-quote-index";
import { formatQuoteCount } from "./format";
import styles from "./quote-panel.module.css";
import { useHydrated } from "./use-hydrated";

interface Props {
  index: QuoteIndex;
  /** The article's language, for the quoted words (the panel's own words are in the site's language). */
  lang?: string | undefined;
}

/**
 * "Who said what": a disclosure listing every speech quote in reading order, each a plain link to its paragraph
 * (so it works without JavaScript), with a speaker filter once the page is interactive. Following an entry moves
 * focus to the paragraph, which reveals the speakers of its quotes: the keyboard path to a quote's speaker.
 */
export function QuotePanel({ index, lang }: Props) {
  const [filter, setFilter] = useState("");
  const hydrated = useHydrated();
  const filterId = useId();
  if (index.entries.length === 0) return null;
  const unattributed = index.entries.filter(
    (entry) => entry.speaker === null,
  ).length;
  const shown = filterQuoteEntries(index.entries, filter);
  return (
    <details className={styles.panel}>
      <summary className={styles.summary}>
        {`Who said what (${formatQuoteCount(index.entries.length)})`}
      </summary>
      {hydrated ? (
        <p className={styles.filter}>
          <label htmlFor={filterId}>Show quotes by</label>{" "}
          <select
            id={filterId}
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value);
            }}
          >
            <option value="">Everyone ({index.entries.length})</option>
            {index.speakers.map((speaker) => (
              <option key={speaker.slug} value={speaker.slug}>
                {speaker.name} ({speaker.count})
              </option>
            ))}
            {unattributed > 0 ? (
              <option value={NO_SPEAKER}>
                Not attributed ({unattributed})
              </option>
            ) : null}
          </select>
        </p>
      ) : null}
      <ol className={styles.list} aria-label="Quotes in this article">
        {shown.map((entry) => (
          <li key={entry.quoteId} className={styles.entry}>
            <QuoteEntry entry={entry} lang={lang} />
          </li>
        ))}
      </ol>
    </details>
  );
}

// The browser scrolls to the paragraph and marks it (`:target`); focus goes there too, so the next Tab and a
// screen reader continue from the quote, not from the panel.
function focusParagraph(
  event: MouseEvent<HTMLAnchorElement>,
  paragraphId: string,
): void {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey
  )
    return;
  document.getElementById(paragraphId)?.focus({ preventScroll: true });
}

interface EntryProps {
  entry: QuoteIndexEntry;
  lang: string | undefined;
}

function QuoteEntry({ entry, lang }: EntryProps) {
  return (
    <>
      <a
        href={`#${entry.paragraphId}`}
        className={styles.quote}
        lang={lang}
        dir="auto"
        onClick={(event) => {
          focusParagraph(event, entry.paragraphId);
        }}
      >
        {`“${entry.text}”`}
      </a>{" "}
      <span className={styles.speaker}>
        —{" "}
        {entry.speakerSlug === null || entry.speaker === null ? (
          "not attributed"
        ) : (
          <Link to={getSpeakerPath(entry.speakerSlug)}>{entry.speaker}</Link>
        )}
      </span>
    </>
  );
}

import { useId, useState, type MouseEvent } from "react";
import { Link } from "react-router";
import { getSpeakerPath } from "../content/data-paths";
import {
  filterQuoteEntries,
  NO_SPEAKER,
} from "../content/filter-quote-entries";
import type { QuoteIndex, QuoteIndexEntry } from "../content/get-quote-index";
import styles from "./quote-panel.module.css";

interface Props {
  index: QuoteIndex;
  /** The article's language, for the quoted words (the list's own words are in the site's language). */
  lang: string | undefined;
}

/**
 * The opened "Who said what" panel: a speaker filter and every speech quote in reading order, each a link to its
 * paragraph. Following an entry moves focus to the paragraph, which reveals the speakers of its quotes: the
 * keyboard path to a quote's speaker.
 */
export function QuoteList({ index, lang }: Props) {
  const [filter, setFilter] = useState("");
  const filterId = useId();
  const unattributed = index.entries.filter(
    (entry) => entry.speaker === null,
  ).length;
  const shown = filterQuoteEntries(index.entries, filter);
  return (
    <>
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
            <option value={NO_SPEAKER}>Not attributed ({unattributed})</option>
          ) : null}
        </select>
      </p>
      <ol className={styles.list} aria-label="Quotes in this article">
        {shown.map((entry) => (
          <li key={entry.quoteId} className={styles.entry}>
            <QuoteEntry entry={entry} lang={lang} />
          </li>
        ))}
      </ol>
    </>
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

import { Link } from "react-router";
import { getArticlePath, SPEAKER_INDEX_PATH } from "../content/data-paths";
import type { SpeakerPageData } from "../content/speaker";
import { formatSpeakerCount } from "./format";
import { SPEAKER_INDEX_HEADING } from "./speaker-index-view";
import styles from "./speaker-list.module.css";

interface Props {
  speaker: SpeakerPageData;
}

/**
 * One speaker's page: their quotes in site order, each with a link into its article at its paragraph. The link
 * loads the page (not a client navigation) so the browser scrolls to, marks and focuses the paragraph.
 */
export function SpeakerQuotes({ speaker }: Props) {
  const { name, quoteCount, articleCount, quotes } = speaker;
  return (
    <>
      <p className={styles.note}>
        <Link discover="none" to={SPEAKER_INDEX_PATH}>
          {SPEAKER_INDEX_HEADING}
        </Link>
      </p>
      <h1 className={styles.heading}>{name}</h1>
      <p className={styles.note}>
        {formatSpeakerCount(quoteCount, articleCount)}
        {quotes.length < quoteCount
          ? `; the first ${String(quotes.length)} are shown.`
          : null}
      </p>
      <ol className={styles.list} aria-label={`Quotes by ${name}`}>
        {quotes.map((quote) => (
          <li
            key={`${quote.articleSlug}/${quote.quoteId}`}
            className={styles.item}
          >
            <blockquote
              className={styles.quote}
              lang={quote.lang ?? undefined}
              dir="auto"
            >
              <p>{quote.text}</p>
            </blockquote>
            <p className={styles.source}>
              In{" "}
              <Link
                discover="none"
                to={`${getArticlePath(quote.articleSlug)}#${quote.paragraphId}`}
                reloadDocument
                lang={quote.lang ?? undefined}
                dir="auto"
              >
                {quote.articleTitle}
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

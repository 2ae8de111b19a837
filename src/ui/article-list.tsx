import { useId } from "react";
import { Link } from "react-router";
import type { ArticleSummary } from "../content/article";
import { getArticlePath, getSpeakerPath } from "../content/data-paths";
import { getSpeakerSlug } from "../content/speaker";
import type { ReadingStatus } from "../progress/reading-progress";
import { ArticleByline } from "./article-byline";
import styles from "./article-list.module.css";
import { formatMoreCount, formatQuoteCount, formatReadingTime } from "./format";

interface Props {
  /** The page's `<h1>`, which also names the list. */
  heading: string;
  articles: readonly ArticleSummary[];
  /** The reader's status per slug; a story missing here is unread. */
  statuses?: Readonly<Record<string, ReadingStatus>>;
}

/** A list of stories, each with its title as a link, excerpt, reading time and who is quoted. */
export function ArticleList({ heading, articles, statuses = {} }: Props) {
  const headingId = useId();
  return (
    <>
      <h1 id={headingId} className={styles.heading}>
        {heading}
      </h1>
      {articles.length === 0 ? (
        <p>No stories yet.</p>
      ) : (
        <ol className={styles.list} aria-labelledby={headingId}>
          {articles.map((article) => (
            <li key={article.slug}>
              <ArticleListItem
                article={article}
                status={statuses[article.slug] ?? "unread"}
              />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

interface ItemProps {
  article: ArticleSummary;
  status: ReadingStatus;
}

// Said in words and shown by shape (empty, half, full circle), never by colour alone.
const STATUS_LABELS: Record<ReadingStatus, string> = {
  unread: "Unread",
  "in-progress": "In progress",
  read: "Read",
};

function ArticleListItem({ article, status }: ItemProps) {
  const lang = article.lang ?? undefined;
  return (
    <article className={styles.item}>
      <h2 className={styles.title} lang={lang} dir="auto">
        <Link discover="none" to={getArticlePath(article.slug)}>
          {article.title}
        </Link>
      </h2>
      <p className={styles.excerpt} lang={lang} dir="auto">
        {article.excerpt}
      </p>
      <ArticleByline
        author={article.author}
        source={article.source}
        date={article.date}
        className={styles.meta}
      />
      <p className={styles.meta}>
        <span className={styles.status} data-status={status}>
          {STATUS_LABELS[status]}
        </span>
      </p>
      <p className={styles.meta}>
        {`${formatReadingTime(article.readingMinutes)} · ${formatQuoteCount(article.quoteCount)}`}
        {article.speakers.length > 0 ? (
          <>
            {" · "}
            <SpeakerLinks speakers={article.speakers} />
          </>
        ) : null}
      </p>
    </article>
  );
}

const SHOWN_SPEAKERS = 3;

interface SpeakerLinksProps {
  speakers: readonly string[];
}

/** The most quoted speakers, each linked to their page, then how many more. */
function SpeakerLinks({ speakers }: SpeakerLinksProps) {
  const hidden = speakers.length - SHOWN_SPEAKERS;
  return (
    <>
      {speakers.slice(0, SHOWN_SPEAKERS).map((speaker, index) => (
        <span key={speaker}>
          {index > 0 ? ", " : null}
          <Link discover="none" to={getSpeakerPath(getSpeakerSlug(speaker))}>
            {speaker}
          </Link>
        </span>
      ))}
      {hidden > 0 ? ` ${formatMoreCount(hidden)}` : null}
    </>
  );
}

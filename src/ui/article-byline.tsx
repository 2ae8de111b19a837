import { Fragment } from "react";
import { SITE_LANG } from "../content/site-info";
import { formatDate } from "./format";

interface Props {
  author?: string | null | undefined;
  source?: string | null | undefined;
  date?: string | null | undefined;
  className?: string | undefined;
}

/**
 * "By <author> · <source> · <date>", with whatever the story declares, or nothing. The line is in the site's
 * language (left to right, even in a right-to-left story); names sit in `<bdi>`, so an Arabic name keeps its
 * own direction without reordering the punctuation around it.
 */
export function ArticleByline({ author, source, date, className }: Props) {
  const parts = [
    author == null ? null : (
      <span key="author">
        By <bdi>{author}</bdi>
      </span>
    ),
    source == null ? null : <bdi key="source">{source}</bdi>,
    date == null ? null : (
      <time key="date" dateTime={date}>
        {formatDate(date)}
      </time>
    ),
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  return (
    <p className={className} lang={SITE_LANG} dir="ltr">
      {parts.map((part, index) => (
        <Fragment key={part.key}>
          {index > 0 ? " · " : null}
          {part}
        </Fragment>
      ))}
    </p>
  );
}

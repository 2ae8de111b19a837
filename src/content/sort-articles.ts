import type { Article } from "./article";

/**
 * Milliseconds since the epoch of an ISO 8601 date (a date alone is midnight UTC), or null without a usable one.
 * @example getDateTime("2026-11-26") // 1795651200000
 */
export function getDateTime(date: string | null | undefined): number | null {
  if (date === null || date === undefined) return null;
  const time = Date.parse(date);
  return Number.isNaN(time) ? null : time;
}

/**
 * The order of the list and the feeds: dated articles newest first, then undated ones; ties and undated
 * articles by file name, so the order never depends on the file system.
 * @example sortArticles(articles).map((a) => a.date) // ["2026-11-26", "2026-11-01", null, null]
 */
export function sortArticles<T extends Pick<Article, "file" | "date">>(
  articles: readonly T[],
): T[] {
  const keyed = articles.map((article) => ({
    article,
    time: getDateTime(article.date),
  }));
  keyed.sort((a, b) => {
    if (a.time !== b.time) {
      if (a.time === null) return 1;
      if (b.time === null) return -1;
      return b.time - a.time;
    }
    return a.article.file < b.article.file
      ? -1
      : a.article.file > b.article.file
        ? 1
        : 0;
  });
  return keyed.map(({ article }) => article);
}

import type {
  Article,
  ArticleData,
  ArticleListPage,
  ArticleSummary,
  ParseError,
} from "./article";
import type { QuoteIndex } from "./get-quote-index";

/**
 * What the browser receives for one article: no file path, no raw quote offsets, only ready-made segments, and
 * its "Who said what" index (`getQuoteIndex(article)`, passed in: this module is bundled into vite.config.ts and
 * imports no runtime code from the content core).
 * @example toArticleData(article, getQuoteIndex(article)).paragraphs[0]?.segments
 */
export function toArticleData(
  article: Article,
  quoteIndex: QuoteIndex,
): ArticleData {
  return {
    slug: article.slug,
    title: article.title,
    lang: article.lang,
    dir: article.dir,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    excerpt: article.excerpt,
    paragraphs: article.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      index: paragraph.index,
      segments: paragraph.segments,
      speakers: paragraph.speakers,
    })),
    quoteIndex,
    ...getMetadata(article),
  };
}

/** The front matter fields an article has (date, author, source); a plain-text seed has none. */
function getMetadata(
  article: Article,
): Pick<ArticleData, "date" | "author" | "source"> {
  return {
    ...(article.date != null && { date: article.date }),
    ...(article.author != null && { author: article.author }),
    ...(article.source != null && { source: article.source }),
  };
}

/**
 * One row of the article list: counts speech quotes (a multi-paragraph quote once) and lists their speakers,
 * most quoted first, ties in order of first appearance.
 */
export function toArticleSummary(article: Article): ArticleSummary {
  const counts = new Map<string, number>();
  let quoteCount = 0;
  for (const paragraph of article.paragraphs) {
    for (const quote of paragraph.quotes) {
      if (quote.kind !== "speech" || quote.of !== null) continue;
      quoteCount += 1;
      const speaker = quote.resolvedSpeaker ?? quote.speaker;
      if (speaker !== null) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
    }
  }
  // Map keeps insertion order and sort is stable, so equal counts stay in order of first appearance.
  const speakers = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([speaker]) => speaker);
  return {
    slug: article.slug,
    title: article.title,
    lang: article.lang,
    dir: article.dir,
    excerpt: article.excerpt,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    quoteCount,
    speakers,
    ...getMetadata(article),
  };
}

/**
 * Splits the article list into pages of `pageSize` (1-based page numbers). There is always at least one page,
 * so an empty site still has a home page.
 * @example paginateSummaries([], 20) // [{ page: 1, pageCount: 1, total: 0, articles: [] }]
 */
export function paginateSummaries(
  summaries: readonly ArticleSummary[],
  pageSize: number,
): ArticleListPage[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(
      `pageSize must be a positive integer, got ${String(pageSize)}`,
    );
  }
  const pageCount = Math.max(1, Math.ceil(summaries.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => ({
    page: index + 1,
    pageCount,
    total: summaries.length,
    articles: summaries.slice(index * pageSize, (index + 1) * pageSize),
  }));
}

/**
 * A parse error as the build prints it: `file:line: message`, or `file: message` when no line applies.
 * @example formatParseError({ file: "seeds/a.txt", line: 3, message: "title has no body" }) // "seeds/a.txt:3: title has no body"
 */
export function formatParseError(error: ParseError): string {
  return error.line === null
    ? `${error.file}: ${error.message}`
    : `${error.file}:${String(error.line)}: ${error.message}`;
}

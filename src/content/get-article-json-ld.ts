import type { ArticleData } from "./article";

/** A schema.org thing as JSON-LD: plain JSON values only. */
export interface JsonLd {
  [key: string]: JsonLdValue;
}
/** A JSON-LD value. */
type JsonLdValue = string | number | JsonLd | JsonLd[];

/** What the caller knows beyond the article itself. */
export interface ArticleJsonLdOptions {
  /** The page's absolute URL, when the site knows its own address. */
  url?: string | null;
  /** Language of the site, used when the article has none of its own. */
  defaultLang?: string;
}

/**
 * The article as a schema.org `NewsArticle`. (Its quotations, each with its speaker, are on the speakers' pages:
 * `getSpeakerJsonLd`, decision 0026.)
 * @example getArticleJsonLd(article)["@type"] // "NewsArticle"
 */
export function getArticleJsonLd(
  article: Pick<ArticleData, "title" | "excerpt" | "lang" | "wordCount">,
  { url = null, defaultLang = "en" }: ArticleJsonLdOptions = {},
): JsonLd {
  const data: JsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.excerpt,
    inLanguage: article.lang ?? defaultLang,
    wordCount: article.wordCount,
  };
  if (url !== null) {
    data.url = url;
    data.mainEntityOfPage = url;
  }
  return data;
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped as `\u003c`, so no text in the data
 * can close the element or open a comment, and the JSON still parses to the same value.
 * @example serializeJsonLd({ name: "</script>" }) // '{"name":"\\u003c/script>"}'
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</gu, "\\u003c");
}

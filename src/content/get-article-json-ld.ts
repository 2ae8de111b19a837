import type { ArticleData } from "./article";
import { getQuoteIndex } from "./get-quote-index";
import { getSpeakerType } from "./get-speaker-type";

/** A schema.org thing as JSON-LD: plain JSON values only. */
export interface JsonLd {
  [key: string]: JsonLdValue;
}
type JsonLdValue = string | number | JsonLd | JsonLd[];

/** What the caller knows beyond the article itself. */
export interface ArticleJsonLdOptions {
  /** The page's absolute URL, when the site knows its own address. */
  url?: string | null;
  /** Language of the site, used when the article has none of its own. */
  defaultLang?: string;
}

/**
 * The article as a schema.org `NewsArticle`, with each speech quote as a `Quotation` and its speaker (when the
 * text names one) as `creator`, typed `Person` or `Organization`.
 * @example getArticleJsonLd(article).hasPart // [{ "@type": "Quotation", text: "…", creator: { … } }]
 */
export function getArticleJsonLd(
  article: Omit<ArticleData, "quoteIndex">,
  { url = null, defaultLang = "en" }: ArticleJsonLdOptions = {},
): JsonLd {
  const quotations = getQuoteIndex(article).entries.map((entry): JsonLd => {
    const quotation: JsonLd = { "@type": "Quotation", text: entry.text };
    if (entry.speaker !== null) {
      // `creator`, not `spokenByCharacter`: schema.org means that one for characters of a work of fiction.
      quotation.creator = {
        "@type": getSpeakerType(entry.speaker),
        name: entry.speaker,
      };
    }
    if (url !== null) quotation.url = `${url}#${entry.paragraphId}`;
    return quotation;
  });
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
  if (quotations.length > 0) data.hasPart = quotations;
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

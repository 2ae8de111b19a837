import type { JsonLd } from "./get-article-json-ld";
import { getSpeakerType } from "./get-speaker-type";
import type { SpeakerPageData } from "./speaker";

/** What the caller knows beyond the speaker's page data: absolute addresses, when the site knows its own. */
export interface SpeakerJsonLdOptions {
  /** The speaker page's absolute URL. */
  url?: string | null;
  /** The absolute URL of an article's page, by slug. */
  articleUrl?: (slug: string) => string | null;
}

/**
 * A speaker's page as a schema.org `ProfilePage` about them (a `Person` or an `Organization`), listing each of
 * their quotes on the page as a `Quotation` with them as `creator`, part of the `NewsArticle` it is in.
 * @example getSpeakerJsonLd(speaker).hasPart // [{ "@type": "Quotation", text: "…", creator: { … }, isPartOf: { … } }]
 */
export function getSpeakerJsonLd(
  speaker: Pick<SpeakerPageData, "name" | "quotes">,
  { url = null, articleUrl = () => null }: SpeakerJsonLdOptions = {},
): JsonLd {
  const creator: JsonLd = {
    "@type": getSpeakerType(speaker.name),
    name: speaker.name,
  };
  const data: JsonLd = {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    mainEntity: creator,
  };
  if (url !== null) data.url = url;
  const quotations = speaker.quotes.map((quote): JsonLd => {
    const article: JsonLd = {
      "@type": "NewsArticle",
      headline: quote.articleTitle,
    };
    const quotation: JsonLd = {
      "@type": "Quotation",
      text: quote.text,
      creator,
      isPartOf: article,
    };
    if (quote.lang !== null) quotation.inLanguage = quote.lang;
    const at = articleUrl(quote.articleSlug);
    if (at !== null) {
      article.url = at;
      quotation.url = `${at}#${quote.paragraphId}`;
    }
    return quotation;
  });
  if (quotations.length > 0) data.hasPart = quotations;
  return data;
}

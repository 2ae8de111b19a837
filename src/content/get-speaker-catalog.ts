import type { Article, Quote } from "./article";
import { mergeSpeakerNames } from "./merge-speaker-names";
import type {
  SpeakerIndex,
  SpeakerPageData,
  SpeakerQuote,
  SpeakerSummary,
} from "./speaker";
import {
  getSpeakerSlug,
  SPEAKER_INDEX_LIMIT,
  SPEAKER_QUOTE_LIMIT,
} from "./speaker";

/** Everything the speaker pages need: the index and one page per speaker. */
export interface SpeakerCatalog {
  index: SpeakerIndex;
  pages: SpeakerPageData[];
  /** Per article slug, its speakers as their pages name them, most quoted first (for the article list). */
  articleSpeakers: Map<string, string[]>;
}

/** How much one page may hold; defaults to SPEAKER_INDEX_LIMIT and SPEAKER_QUOTE_LIMIT. */
export interface SpeakerCatalogLimits {
  indexLimit?: number;
  quoteLimit?: number;
}

// The quote engine may add the speaker a pronoun stands for; prefer it when it is there.
type QuoteWithResolvedSpeaker = Quote & { resolvedSpeaker?: string | null };

interface Gathered {
  names: Map<string, number>;
  articles: Set<string>;
  quotes: SpeakerQuote[];
}

function getSpeakerName(quote: QuoteWithResolvedSpeaker): string | null {
  return quote.resolvedSpeaker ?? quote.speaker;
}

// The most used spelling of a speaker's name; ties go to the first one seen.
function getDisplayName(names: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [name, count] of names)
    if (count > bestCount) [best, bestCount] = [name, count];
  return best;
}

function byCountThenName(a: SpeakerSummary, b: SpeakerSummary): number {
  return b.quoteCount - a.quoteCount || (a.slug < b.slug ? -1 : 1);
}

/**
 * Groups the speech quotes of all articles by speaker (name variants merged within each article, then one
 * speaker per slug across articles; pronouns and unattributed quotes left out; a multi-paragraph quote counted
 * once, by its first piece). Quotes keep the order of `articles`; the index lists the most quoted first.
 * @example getSpeakerCatalog(articles).index.speakers[0]?.name // "Assaad al-Achi"
 */
export function getSpeakerCatalog(
  articles: readonly Article[],
  {
    indexLimit = SPEAKER_INDEX_LIMIT,
    quoteLimit = SPEAKER_QUOTE_LIMIT,
  }: SpeakerCatalogLimits = {},
): SpeakerCatalog {
  const bySlug = new Map<string, Gathered>();
  const articleSpeakers = new Map<string, string[]>();
  for (const article of articles) {
    const counts = new Map<string, number>();
    const quotes = article.paragraphs.flatMap((paragraph) =>
      paragraph.quotes
        .filter((quote) => quote.kind === "speech" && quote.of === null)
        .map((quote: QuoteWithResolvedSpeaker) => ({ paragraph, quote })),
    );
    const merged = mergeSpeakerNames(
      quotes
        .map(({ quote }) => getSpeakerName(quote))
        .filter((name) => name !== null),
    );
    for (const { paragraph, quote } of quotes) {
      const raw = getSpeakerName(quote);
      const name = raw === null ? undefined : merged.get(raw);
      if (name === undefined) continue;
      const slug = getSpeakerSlug(name);
      const gathered = bySlug.get(slug) ?? {
        names: new Map<string, number>(),
        articles: new Set<string>(),
        quotes: [],
      };
      counts.set(name, (counts.get(name) ?? 0) + 1);
      gathered.names.set(name, (gathered.names.get(name) ?? 0) + 1);
      gathered.articles.add(article.slug);
      gathered.quotes.push({
        quoteId: quote.id,
        articleSlug: article.slug,
        articleTitle: article.title,
        paragraphId: paragraph.id,
        text: quote.text,
        lang: article.lang,
        dir: article.dir,
      });
      bySlug.set(slug, gathered);
    }
    // Stable sort: equal counts stay in order of first appearance.
    articleSpeakers.set(
      article.slug,
      [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name),
    );
  }
  const pages = [...bySlug].map(([slug, gathered]): SpeakerPageData => ({
    slug,
    name: getDisplayName(gathered.names),
    quoteCount: gathered.quotes.length,
    articleCount: gathered.articles.size,
    quotes: gathered.quotes.slice(0, quoteLimit),
  }));
  const summaries = pages
    .map(({ slug, name, quoteCount, articleCount }): SpeakerSummary => ({
      slug,
      name,
      quoteCount,
      articleCount,
    }))
    .sort(byCountThenName);
  return {
    index: {
      total: summaries.length,
      speakers: summaries.slice(0, indexLimit),
    },
    pages: pages.sort(byCountThenName),
    articleSpeakers,
  };
}

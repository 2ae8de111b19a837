/**
 * The speaker model: who is quoted across the site, as the build emits it for the speaker pages.
 * Pure types and the slug rule shared by the build and the reading view.
 */
import type { ParagraphId, Slug, TextDirection } from "./article";
import { hashText } from "./hash-text";
import { slugify } from "./slugify";

/** One speaker in the site-wide index. */
export interface SpeakerSummary {
  slug: Slug;
  name: string;
  /** Speech quotes attributed to them across all articles (a multi-paragraph quote once). */
  quoteCount: number;
  articleCount: number;
}

/** The site-wide speaker index: the most quoted first, at most SPEAKER_INDEX_LIMIT of `total`. */
export interface SpeakerIndex {
  total: number;
  speakers: SpeakerSummary[];
}

/** One quote on a speaker's page, with what it takes to link back into its article. */
export interface SpeakerQuote {
  quoteId: string;
  articleSlug: Slug;
  articleTitle: string;
  paragraphId: ParagraphId;
  text: string;
  lang: string | null;
  dir: TextDirection | null;
}

/** A speaker's page: their quotes in site order, at most SPEAKER_QUOTE_LIMIT of `quoteCount`. */
export interface SpeakerPageData extends SpeakerSummary {
  quotes: SpeakerQuote[];
}

/** Most speakers the index lists, so that `/speakers/` does not grow with the archive. */
export const SPEAKER_INDEX_LIMIT = 500;

/** Most quotes a speaker's page lists, so that no page grows with the archive. */
export const SPEAKER_QUOTE_LIMIT = 100;

/**
 * The slug of a speaker's page. `index` is the index's own data file, so a speaker named "Index" gets another.
 * @example getSpeakerSlug("Assaad al-Achi") // "assaad-al-achi"
 */
export function getSpeakerSlug(name: string): Slug {
  const slug = slugify(name);
  // slugify's fallback for a name with no letter or digit says "article-": say "speaker-" instead.
  if (slug === `article-${hashText(name)}`) return `speaker-${hashText(name)}`;
  return slug === "index" ? "speaker-index" : slug;
}

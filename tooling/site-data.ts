import { createHash } from "node:crypto";
import type { Article } from "../src/content/article.ts";
import {
  paginateSummaries,
  toArticleData,
  toArticleSummary,
} from "../src/content/catalog.ts";
import {
  getArticleDataPath,
  getListDataPath,
  getSpeakerDataPath,
  LIST_PAGE_SIZE,
  SPEAKER_INDEX_DATA_PATH,
} from "../src/content/data-paths.ts";
import type { QuoteIndex } from "../src/content/get-quote-index.ts";
import type { SpeakerCatalog } from "../src/content/get-speaker-catalog.ts";
import { sortArticles } from "../src/content/sort-articles.ts";
import { createSearchIndex } from "./search-index.ts";

/** The data files a build serves to the browser, keyed by path relative to the site root. */
export interface SiteData {
  /** `data/list/<n>.json`, `data/article/<slug>.json`, `data/speakers/{index,<slug>}.json` and the search
   * index `data/search/*.json` → JSON text. */
  files: ReadonlyMap<string, string>;
  /** Short hash of every file, used as the `?v=` cache buster. */
  version: string;
}

/**
 * Turns parsed articles into the site's data files: the list (newest first, see `sortArticles`) in pages of LIST_PAGE_SIZE, one file per article,
 * the speaker index and one file per speaker (from `getSpeakerCatalog(articles)`, passed in so that this module,
 * which vite.config.ts bundles, imports no runtime code from the content core), and the sharded search index
 * (`tooling/search-index.ts`, whose content imports are two leaf modules without imports of their own).
 * Each article's "Who said what" index comes from `getQuoteIndex`, passed in for the same reason.
 * @example createSiteData(articles, getSpeakerCatalog(articles), getQuoteIndex).files.get("data/list/1.json")
 */
export function createSiteData(
  articles: readonly Article[],
  speakers: SpeakerCatalog,
  getQuoteIndex: (article: Article) => QuoteIndex,
): SiteData {
  const files = new Map<string, string>();
  const pages = paginateSummaries(
    // The list names speakers as the speaker pages do: variants merged, pronouns left out.
    sortArticles(articles).map((article) => ({
      ...toArticleSummary(article),
      speakers: speakers.articleSpeakers.get(article.slug) ?? [],
    })),
    LIST_PAGE_SIZE,
  );
  for (const page of pages)
    files.set(getListDataPath(page.page), JSON.stringify(page));
  for (const article of articles)
    files.set(
      getArticleDataPath(article.slug),
      JSON.stringify(toArticleData(article, getQuoteIndex(article))),
    );
  // The index names articles by list position, so it follows the list's order whatever that order is.
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const listed = pages.flatMap((page) =>
    page.articles.flatMap(({ slug }) => bySlug.get(slug) ?? []),
  );
  for (const [path, json] of createSearchIndex(listed)) files.set(path, json);
  files.set(SPEAKER_INDEX_DATA_PATH, JSON.stringify(speakers.index));
  for (const page of speakers.pages)
    files.set(getSpeakerDataPath(page.slug), JSON.stringify(page));
  const hash = createHash("sha256");
  for (const [path, json] of [...files].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    hash.update(path).update("\0").update(json).update("\0");
  }
  return { files, version: hash.digest("hex").slice(0, 12) };
}

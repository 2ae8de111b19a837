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
import type { SpeakerCatalog } from "../src/content/get-speaker-catalog.ts";

/** The data files a build serves to the browser, keyed by path relative to the site root. */
export interface SiteData {
  /** `data/list/<n>.json`, `data/article/<slug>.json` and `data/speakers/{index,<slug>}.json` → JSON text. */
  files: ReadonlyMap<string, string>;
  /** Short hash of every file, used as the `?v=` cache buster. */
  version: string;
}

/**
 * Turns parsed articles into the site's data files: the list in pages of LIST_PAGE_SIZE, one file per article,
 * the speaker index and one file per speaker (from `getSpeakerCatalog(articles)`, passed in so that this module,
 * which vite.config.ts bundles, imports no runtime code from the content core).
 * @example createSiteData(articles, getSpeakerCatalog(articles)).files.get("data/list/1.json")
 */
export function createSiteData(
  articles: readonly Article[],
  speakers: SpeakerCatalog,
): SiteData {
  const files = new Map<string, string>();
  const pages = paginateSummaries(
    // The list names speakers as the speaker pages do: variants merged, pronouns left out.
    articles.map((article) => ({
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
      JSON.stringify(toArticleData(article)),
    );
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

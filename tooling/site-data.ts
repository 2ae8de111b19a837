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
  LIST_PAGE_SIZE,
} from "../src/content/data-paths.ts";
import { createSearchIndex } from "./search-index.ts";

/** The data files a build serves to the browser, keyed by path relative to the site root. */
export interface SiteData {
  /** `data/list/<n>.json`, `data/article/<slug>.json` and the search index `data/search/*.json` → JSON text. */
  files: ReadonlyMap<string, string>;
  /** Short hash of every file, used as the `?v=` cache buster. */
  version: string;
}

/**
 * Turns parsed articles into the site's data files: the list in pages of LIST_PAGE_SIZE, one file per article,
 * and the sharded search index.
 * @example createSiteData(articles).files.get("data/list/1.json")
 */
export function createSiteData(articles: readonly Article[]): SiteData {
  const files = new Map<string, string>();
  const pages = paginateSummaries(
    articles.map(toArticleSummary),
    LIST_PAGE_SIZE,
  );
  for (const page of pages)
    files.set(getListDataPath(page.page), JSON.stringify(page));
  for (const article of articles)
    files.set(
      getArticleDataPath(article.slug),
      JSON.stringify(toArticleData(article)),
    );
  // The index names articles by list position, so it follows the list's order whatever that order is.
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const listed = pages.flatMap((page) =>
    page.articles.flatMap(({ slug }) => bySlug.get(slug) ?? []),
  );
  for (const [path, json] of createSearchIndex(listed)) files.set(path, json);
  const hash = createHash("sha256");
  for (const [path, json] of [...files].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    hash.update(path).update("\0").update(json).update("\0");
  }
  return { files, version: hash.digest("hex").slice(0, 12) };
}

import type { Slug } from "./article";

/** Articles per list page. Fixed so that no page grows with the size of the archive. */
export const LIST_PAGE_SIZE = 20;

/**
 * Path of the JSON file holding one page of the article list, relative to the site root (no leading slash).
 * @example getListDataPath(1) // "data/list/1.json"
 */
export function getListDataPath(page: number): string {
  return `data/list/${String(page)}.json`;
}

/**
 * Path of the JSON file holding one article, relative to the site root (no leading slash).
 * @example getArticleDataPath("aleppo") // "data/article/aleppo.json"
 */
export function getArticleDataPath(slug: Slug): string {
  return `data/article/${slug}.json`;
}

/**
 * The site path of an article's reading view, always with its trailing slash.
 * @example getArticlePath("aleppo") // "/article/aleppo/"
 */
export function getArticlePath(slug: Slug): string {
  return `/article/${slug}/`;
}

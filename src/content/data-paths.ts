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

/** Path of the site-wide speaker index data file, relative to the site root. */
export const SPEAKER_INDEX_DATA_PATH = "data/speakers/index.json";

/**
 * Path of the JSON file holding one speaker's page, relative to the site root (no leading slash).
 * @example getSpeakerDataPath("assaad-al-achi") // "data/speakers/assaad-al-achi.json"
 */
export function getSpeakerDataPath(slug: Slug): string {
  return `data/speakers/${slug}.json`;
}

/** The site path of the speaker index. */
export const SPEAKER_INDEX_PATH = "/speakers/";

/**
 * The site path of a speaker's page, always with its trailing slash.
 * @example getSpeakerPath("assaad-al-achi") // "/speakers/assaad-al-achi/"
 */
export function getSpeakerPath(slug: Slug): string {
  return `/speakers/${slug}/`;
}

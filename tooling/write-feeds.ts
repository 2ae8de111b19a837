import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../src/content/article.ts";
import type { FeedSite } from "./feeds.ts";
import {
  createAtomFeed,
  createJsonFeed,
  createRobotsTxt,
  createRssFeed,
  createSitemap,
} from "./feeds.ts";

/** Options of `writeFeeds`. */
export interface WriteFeedsOptions {
  outDir: string;
  articles: readonly Article[];
  /** Site paths of the prerendered pages a crawler should find (not the 404 page). */
  pagePaths: readonly string[];
  site: FeedSite;
}

/**
 * Writes the site-wide files next to the pages: `feed.xml` (RSS 2.0), `atom.xml`, `feed.json`, `robots.txt`
 * and, when the site's URL is known, `sitemap.xml`.
 * @returns the files written, relative to outDir.
 */
export async function writeFeeds({
  outDir,
  articles,
  pagePaths,
  site,
}: WriteFeedsOptions): Promise<string[]> {
  const files = new Map<string, string | null>([
    ["feed.xml", createRssFeed(articles, site)],
    ["atom.xml", createAtomFeed(articles, site)],
    ["feed.json", createJsonFeed(articles, site)],
    ["sitemap.xml", createSitemap(pagePaths, site)],
    ["robots.txt", createRobotsTxt(site)],
  ]);
  const written: string[] = [];
  for (const [name, text] of files) {
    if (text === null) continue;
    await writeFile(join(outDir, name), text);
    written.push(name);
  }
  return written;
}

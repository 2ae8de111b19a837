import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  getArticleDataPath,
  getArticlePath,
  LIST_PAGE_SIZE,
} from "../src/content/data-paths";
import type { ServiceWorkerConfig } from "./service-worker-source";
import { renderServiceWorker } from "./service-worker-source";

/** The worker's file name at the root of the site (its scope is the site's base path). */
export const SERVICE_WORKER_FILE = "sw.js";

/** Archives up to this many articles are precached whole; larger ones get the shell + the newest this many. */
export const DEFAULT_OFFLINE_ARTICLES = 200;

/** What the precache is chosen from. */
export interface PrecachePlanInput {
  /** Every file of the built site, relative to its root with `/` separators. */
  files: readonly string[];
  /** Every article's slug, newest first (the list's order). */
  slugs: readonly string[];
  /** How many articles to precache at most. */
  maxArticles: number;
}

/** Files the worker never precaches: itself, host config, source maps, and feeds or crawler files. */
const NEVER_PRECACHED =
  /(?:^sw\.js$|^_headers$|^_redirects$|\.map$|\.xml$|\.txt$)/;

/** Paginated list pages (`page/3/index.html`, `data/list/3.json`): only those that list precached articles. */
const LIST_PAGE = /^(?:page\/(\d+)\/index\.html|data\/list\/(\d+)\.json)$/;

/**
 * Chooses the files to precache. An archive of at most `maxArticles` articles is precached whole. A larger one
 * gets the shell (top-level files and hashed assets), the newest `maxArticles` articles (page and data file) and
 * the list pages that show them; every other page (older articles, pages that grow with the archive) is cached
 * when a reader opens it.
 */
export function planPrecache({
  files,
  slugs,
  maxArticles,
}: PrecachePlanInput): string[] {
  const candidates = files.filter((file) => !NEVER_PRECACHED.test(file));
  if (slugs.length <= maxArticles) return [...candidates].sort();
  const newest = new Set(
    slugs
      .slice(0, maxArticles)
      .flatMap((slug) => [
        getArticleDataPath(slug),
        `${getArticlePath(slug).slice(1)}index.html`,
      ]),
  );
  const listPages = Math.max(1, Math.ceil(maxArticles / LIST_PAGE_SIZE));
  return candidates
    .filter((file) => {
      if (newest.has(file) || !file.includes("/") || file.startsWith("assets/"))
        return true;
      const listPage = LIST_PAGE.exec(file);
      return (
        listPage !== null && Number(listPage[1] ?? listPage[2]) <= listPages
      );
    })
    .sort();
}

/**
 * The URL path a file is requested by: `index.html` files by their folder (`/news/article/x/`), others as is.
 * @example getRequestPath("article/x/index.html", "/news/") // "/news/article/x/"
 */
export function getRequestPath(file: string, basePath: string): string {
  const path = file === "index.html" ? "" : file.replace(/\/index\.html$/, "/");
  return encodeURI(`${basePath}${path}`);
}

// "/article/" from getArticlePath, so the worker follows the site's paths if they ever change.
const prefixOf = (toPath: (slug: string) => string): string =>
  toPath("\0").split("\0")[0] ?? "";

const sha256 = (data: string | Buffer): string =>
  createHash("sha256").update(data).digest("hex");

/** Options of `writeServiceWorker`. */
export interface ServiceWorkerOptions {
  outDir: string;
  basePath: string;
  files: readonly string[];
  slugs: readonly string[];
  maxArticles?: number;
}

/**
 * Writes `sw.js` into the built site, with the content hash of every precached file; run it after
 * everything else has written the site, or the hashes would not match what is served.
 * @returns the worker's configuration (what it precaches and its version).
 */
export async function writeServiceWorker({
  outDir,
  basePath,
  files,
  slugs,
  maxArticles = DEFAULT_OFFLINE_ARTICLES,
}: ServiceWorkerOptions): Promise<ServiceWorkerConfig> {
  const chosen = planPrecache({ files, slugs, maxArticles });
  const precache = await Promise.all(
    chosen.map(async (file) => ({
      url: getRequestPath(file, basePath),
      revision: sha256(await readFile(join(outDir, file))).slice(0, 16),
    })),
  );
  const config: ServiceWorkerConfig = {
    version: sha256(JSON.stringify(precache)).slice(0, 16),
    basePath,
    precache,
    notFoundUrl: `${basePath}404.html`,
    complete: slugs.length <= maxArticles,
    articlePagePrefix: `${basePath}${prefixOf(getArticlePath).slice(1)}`,
    articleDataPrefix: `${basePath}${prefixOf(getArticleDataPath)}`,
  };
  await writeFile(
    join(outDir, SERVICE_WORKER_FILE),
    renderServiceWorker(config),
  );
  return config;
}

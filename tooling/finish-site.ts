import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { CspHashes, InlineSources } from "./csp";
import {
  buildContentSecurityPolicy,
  findInlineSources,
  hashInlineSources,
  injectCspMeta,
  mergeCspHashes,
} from "./csp";
import { createSiteHeaderRules, renderHeadersFile } from "./headers";
import { runPool } from "./run-pool";
import type { ServiceWorkerConfig } from "./service-worker-source";
import { SERVICE_WORKER_FILE, writeServiceWorker } from "./service-worker";

/** Options of `finishSite`. */
export interface FinishSiteOptions {
  outDir: string;
  basePath: string;
  /** Every article's slug, newest first. */
  slugs: readonly string[];
  /** Precache limit for large archives (see `planPrecache`). */
  maxArticles?: number;
}

/** What `finishSite` wrote. */
export interface FinishedSite {
  /** The policy sent as a header (the union of every page's inline hashes). */
  contentSecurityPolicy: string;
  hashes: CspHashes;
  serviceWorker: ServiceWorkerConfig;
}

/** A header past this many hashes means inline code differs per page: move it to a file instead. */
const MAX_SITE_HASHES = 32;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"),
    )
    .sort();
}

function assertNoEventHandlers(file: string, sources: InlineSources): void {
  if (sources.eventHandlers.length > 0) {
    throw new Error(
      `${file} has inline event handlers (${sources.eventHandlers.join(", ")}), which a hash-based CSP blocks: attach them from a script file`,
    );
  }
}

/**
 * The last build step, after prerendering: gives every HTML page a `<meta>` CSP with the hashes of its own
 * inline scripts and styles, writes `_headers` (the site-wide CSP, security and cache headers), then writes the
 * service worker, whose precache hashes are taken from the files as finally written.
 */
export async function finishSite({
  outDir,
  basePath,
  slugs,
  maxArticles,
}: FinishSiteOptions): Promise<FinishedSite> {
  const htmlFiles = (await listFiles(outDir)).filter((file) =>
    file.endsWith(".html"),
  );
  // A few pages at a time, keeping only their hashes: 10,000 pages never sit in memory together.
  const perPage: CspHashes[] = [];
  await runPool(htmlFiles, async (file) => {
    const html = await readFile(join(outDir, file), "utf8");
    const sources = findInlineSources(html);
    assertNoEventHandlers(file, sources);
    const hashes = hashInlineSources([sources]);
    perPage.push(hashes);
    const policy = buildContentSecurityPolicy(hashes, "meta");
    await writeFile(join(outDir, file), injectCspMeta(html, policy));
  });
  const hashes = mergeCspHashes(perPage);
  const hashCount =
    hashes.scripts.length +
    hashes.styles.length +
    hashes.styleAttributes.length;
  if (hashCount > MAX_SITE_HASHES) {
    throw new Error(
      `The pages hold ${String(hashCount)} different inline scripts and styles; the site-wide CSP allows at most ${String(MAX_SITE_HASHES)}. Keep per-page data in non-executable <script type="application/json"> blocks, one inline style per group of pages (tooling/page-styles.ts) and one head script per set of preloaded modules (tooling/optimize-template.ts).`,
    );
  }
  const contentSecurityPolicy = buildContentSecurityPolicy(hashes, "header");
  const topLevelEntries = [...(await readdir(outDir)), SERVICE_WORKER_FILE];
  await writeFile(
    join(outDir, "_headers"),
    renderHeadersFile(
      createSiteHeaderRules({
        basePath,
        topLevelEntries,
        contentSecurityPolicy,
      }),
    ),
  );
  const serviceWorker = await writeServiceWorker({
    outDir,
    basePath,
    files: await listFiles(outDir),
    slugs,
    ...(maxArticles !== undefined && { maxArticles }),
  });
  return { contentSecurityPolicy, hashes, serviceWorker };
}

import { randomBytes } from "node:crypto";
import { access, rm } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Alias, InlineConfig, LogLevel } from "vite";
import { Features } from "lightningcss";
import { build } from "vite";
import { formatParseError } from "../src/content/catalog";
import { isMainModule } from "./is-main-module";
import { loadSeeds } from "./load-seeds";
import { createFileSource } from "./file-source";
import { finishSite } from "./finish-site";
import { createEntryChunk } from "./entry-chunk";
import { noPreloadHelper } from "./no-preload-helper";
import { MANIFEST_FILE } from "./page-assets";
import { collectConstantTokens, inlineConstantTokens } from "./constant-tokens";
import { collectClassNames, createShortClassNames } from "./short-class-names";
import {
  collectCustomProperties,
  shortCustomProperties,
} from "./short-custom-properties";
import type { PrerenderedPage } from "./prerender";
import { listSlugs, prerender } from "./prerender";
import { createSiteConfig } from "./site-config";
import { writeFeeds } from "./write-feeds";
import {
  SITE_DESCRIPTION,
  SITE_LANG,
  SITE_NAME,
} from "../src/content/site-info";
import { parseSiteUrl } from "../src/content/site-url";
import { normalizeBasePath } from "./static-server";

const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Options of `buildSite`; every path may be relative to the current directory. */
export interface BuildOptions {
  seedsDir: string;
  outDir: string;
  basePath: string;
  /** The site's origin for absolute URLs (canonical, OpenGraph, feeds, sitemap); empty or absent: unknown. */
  siteUrl?: string | undefined;
  /** Precache limit of the service worker for large archives (OFFLINE_ARTICLES; see `planPrecache`). */
  offlineArticles?: number;
  logLevel?: LogLevel;
}

/** The outcome of a build: the pages written, or every seed problem as `seeds/<file>: <reason>`. */
export type BuildResult =
  | {
      ok: true;
      pages: PrerenderedPage[];
      articleCount: number;
      /** Site-wide files written next to the pages (feeds, robots.txt, sitemap.xml). */
      siteFiles: string[];
    }
  | { ok: false; errors: string[] };

/** Reads SEEDS_DIR (default `seeds`), OUT_DIR (default `dist`), BASE_PATH (default `/`), SITE_URL (default none) and OFFLINE_ARTICLES. */
export function readBuildOptions(
  env: NodeJS.ProcessEnv = process.env,
): BuildOptions {
  const offlineArticles = Number(env.OFFLINE_ARTICLES);
  return {
    seedsDir: env.SEEDS_DIR ?? "seeds",
    outDir: env.OUT_DIR ?? "dist",
    basePath: env.BASE_PATH ?? "/",
    siteUrl: env.SITE_URL,
    ...(Number.isInteger(offlineArticles) &&
      offlineArticles >= 0 && { offlineArticles }),
  };
}

const contains = (folder: string, path: string): boolean =>
  !relative(folder, path).startsWith("..");

function assertSafeOutDir(outDir: string, seedsDir: string): void {
  // The build empties outDir: never let it be the project, a folder above it, or hold the seeds.
  if (
    contains(outDir, PROJECT_ROOT) ||
    contains(outDir, seedsDir) ||
    outDir === dirname(outDir)
  ) {
    throw new Error(
      `Refusing to build into ${outDir}: emptying it would delete the project or the seeds`,
    );
  }
}

/**
 * React Router's package exports only its development build (remix-run/react-router#12532); its production
 * build, shipped next to it, leaves out the development warnings. The browser bundle uses that one.
 */
async function reactRouterProductionAliases(): Promise<Alias[]> {
  const dist = join(PROJECT_ROOT, "node_modules", "react-router", "dist");
  const aliases = [
    {
      find: /^react-router$/,
      replacement: join(dist, "production", "index.mjs"),
    },
    {
      find: /^react-router\/dom$/,
      replacement: join(dist, "production", "dom-export.mjs"),
    },
  ];
  for (const { replacement } of aliases)
    await access(replacement).catch(() => {
      throw new Error(
        `${replacement} is missing: React Router's layout changed, update reactRouterProductionAliases()`,
      );
    });
  return aliases;
}

/**
 * Builds the static site: parse seeds (fail on any problem), client build with the data files, SSR build of
 * `src/entry-server.tsx` into a throwaway folder, then prerender every route into outDir.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const seedsDir = resolve(options.seedsDir);
  const outDir = resolve(options.outDir);
  const basePath = normalizeBasePath(options.basePath);
  assertSafeOutDir(outDir, seedsDir);
  const site = parseSiteUrl(options.siteUrl);
  if (!site.ok) return { ok: false, errors: [site.message] };
  const { siteUrl } = site;
  const preloaded = await loadSeeds([seedsDir], { root: dirname(seedsDir) });
  if (preloaded.errors.length > 0)
    return { ok: false, errors: preloaded.errors.map(formatParseError) };

  const constantTokens = await collectConstantTokens(join(PROJECT_ROOT, "src"));
  const shared: InlineConfig = {
    ...createSiteConfig({ basePath, seedsDir, siteUrl, preloaded }),
    configFile: false,
    root: PROJECT_ROOT,
    // Short class and custom property names in the built site (readable ones stay in `npm run dev` and the tests).
    css: {
      modules: {
        generateScopedName: createShortClassNames(
          PROJECT_ROOT,
          await collectClassNames(PROJECT_ROOT, join(PROJECT_ROOT, "src")),
        ),
      },
      postcss: {
        plugins: [
          // First, on the source names: the tokens no theme or preference changes become their values (and
          // leave the one-letter names to the others).
          inlineConstantTokens(constantTokens),
          shortCustomProperties(
            (await collectCustomProperties(join(PROJECT_ROOT, "src"))).filter(
              (name) => !constantTokens.has(name),
            ),
          ),
        ],
      },
      // The app never uses light-dark(): without this, the minifier declares two helper properties for it in
      // every rule that sets color-scheme (each theme), and every page's inline CSS carries them.
      lightningcss: { exclude: Features.LightDark },
    },
    logLevel: options.logLevel ?? "warn",
  };
  // Inside the project, so the SSR bundle's bare imports (react, react-router) resolve from node_modules.
  const ssrDir = join(
    PROJECT_ROOT,
    "node_modules",
    ".tmp",
    `ssr-${randomBytes(6).toString("hex")}`,
  );
  try {
    const entryChunk = createEntryChunk("src/entry-client.tsx");
    await build({
      ...shared,
      plugins: [
        ...(shared.plugins ?? []),
        entryChunk.plugin,
        noPreloadHelper(),
      ],
      resolve: { alias: await reactRouterProductionAliases() },
      build: {
        outDir,
        emptyOutDir: true,
        // Read by the prerender (each page preloads and inlines its route chunk), then deleted.
        manifest: true,
        // No modulepreload polyfill and no preloading of a lazy chunk's imports: each page names what it needs
        // (tooling/prerender.ts), and the helper code it saves is on every page (ADR 0014).
        modulePreload: false,
        // One stylesheet for the whole app: it loads after the first paint anyway (each page inlines what that
        // paint needs), and a lazy chunk with no stylesheet of its own needs no CSS-loading code in the entry
        // (~270 B gzip of the first view's JS; decision 0022).
        cssCodeSplit: false,
        rolldownOptions: {
          output: {
            // What every page runs before it is interactive, in one file (see createEntryChunk).
            codeSplitting: { groups: [entryChunk.group] },
          },
        },
      },
    });
    await build({
      ...shared,
      build: {
        ssr: "src/entry-server.tsx",
        outDir: ssrDir,
        emptyOutDir: true,
        copyPublicDir: false,
        minify: false,
      },
    });
    const pages = await prerender({
      outDir,
      serverEntry: join(ssrDir, "entry-server.js"),
      basePath,
    });
    await rm(join(outDir, dirname(MANIFEST_FILE)), {
      recursive: true,
      force: true,
    });
    const siteFiles = await writeFeeds({
      outDir,
      articles: preloaded.articles,
      pagePaths: pages
        .filter(({ status }) => status === 200)
        .map(({ path }) => path),
      site: {
        title: SITE_NAME,
        description: SITE_DESCRIPTION,
        siteUrl,
        basePath,
        lang: SITE_LANG,
        generatedAt: new Date(),
      },
    });
    // Last: the CSP hashes, _headers and the service worker's precache describe the files as finally written.
    await finishSite({
      outDir,
      basePath,
      slugs: (await listSlugs(createFileSource(outDir))).slugs,
      ...(options.offlineArticles !== undefined && {
        maxArticles: options.offlineArticles,
      }),
    });
    return {
      ok: true,
      pages,
      articleCount: preloaded.articles.length,
      siteFiles,
    };
  } finally {
    await rm(ssrDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = readBuildOptions();
  const started = performance.now();
  const result = await buildSite(options);
  if (!result.ok) {
    for (const error of result.errors) console.error(error);
    console.error(
      `Build failed: ${String(result.errors.length)} seed problem(s).`,
    );
    process.exitCode = 1;
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Built ${String(result.articleCount)} article(s), ${String(result.pages.length)} pages into ${options.outDir}/ in ${seconds} s`,
  );
  if (!options.siteUrl) {
    console.log(
      "SITE_URL is not set: pages have no canonical or og:url, feeds use root-relative links and no sitemap.xml is written.",
    );
  }
}

if (isMainModule(import.meta.url)) {
  await main().catch((error: unknown) => {
    console.error(
      error instanceof Error ? `Build failed: ${error.message}` : error,
    );
    process.exitCode = 1;
  });
}

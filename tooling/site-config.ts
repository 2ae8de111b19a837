import react from "@vitejs/plugin-react";
import type { UserConfig } from "vite";
import { normalizeBasePath } from "./static-server.ts";
import type { SeedLoad } from "./vite-plugin-articles.ts";
import { articlesPlugin } from "./vite-plugin-articles.ts";

/** Options of `createSiteConfig`. */
export interface SiteConfigOptions {
  /** Path prefix the site is served under (`/news/`); default `/`. */
  basePath?: string | undefined;
  /** The site's origin (`https://news.example.org`) for absolute URLs in pages; default none. */
  siteUrl?: string | null | undefined;
  /** Folder of seed files; default `seeds`. */
  seedsDir?: string | undefined;
  /** Seeds the caller has already loaded, so they are not parsed again. */
  preloaded?: SeedLoad;
}

/**
 * The Vite config of the site (base path and plugins), shared by `vite.config.ts` (dev server, tests) and
 * `tooling/build.ts` (which builds with `configFile: false`), so the two can never drift apart.
 */
export function createSiteConfig({
  basePath,
  seedsDir = "seeds",
  siteUrl = null,
  preloaded,
}: SiteConfigOptions = {}): UserConfig {
  return {
    base: normalizeBasePath(basePath),
    // Read by src/site-settings.ts; "" when unknown, so pages leave out what needs an absolute URL.
    define: { "import.meta.env.SITE_URL": JSON.stringify(siteUrl ?? "") },
    plugins: [
      react(),
      articlesPlugin({ seedsDir, ...(preloaded && { preloaded }) }),
    ],
  };
}

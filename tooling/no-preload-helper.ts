import type { Plugin } from "vite";

/** The module Vite wraps every dynamic import of a client build with (`__vitePreload`). */
export const PRELOAD_HELPER_ID = "\0vite/preload-helper.js";

/** What the helper becomes: it calls the import, with nothing to preload first. */
export const PLAIN_PRELOAD_HELPER =
  "export const __vitePreload = (load) => load();";

/**
 * Replaces Vite's preload helper with a plain call (decision 0022). The helper preloads a lazy chunk's
 * stylesheets and imports before the chunk itself; this build has one stylesheet that every page links and
 * `modulePreload: false`, so every call passes nothing to preload, and the helper (≈ 1 KB of the entry chunk)
 * would only be carried. The build fails if a chunk ever has dependencies to preload again.
 */
export function noPreloadHelper(): Plugin {
  return {
    name: "broadsheet:no-preload-helper",
    apply: "build",
    enforce: "pre",
    load(id) {
      return id === PRELOAD_HELPER_ID ? PLAIN_PRELOAD_HELPER : null;
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle))
        if (output.type === "chunk" && output.code.includes("__vite__mapDeps"))
          this.error(
            `${output.fileName} preloads dependencies of a dynamic import, which the plain preload helper does not: turn noPreloadHelper off, or give that chunk no stylesheet of its own`,
          );
    },
  };
}

import { finishCriticalCss, pruneForFirstPaint } from "./critical-css";
import type { PageShape } from "./page-shape";
import { createPageShape, readPageShape } from "./page-shape";

/** Collects the elements of every prerendered page, then writes each page's stylesheet tags (`createPageStyles`). */
export interface PageStyles {
  /**
   * Notes a page, its stylesheets (paths relative to the site root, in cascade order), its rendered HTML and
   * what kind of page it is (e.g. the route modules it matched).
   * @returns the key of the page's group: pages of a kind that link the same stylesheets share their tags
   */
  add(stylesheets: readonly string[], pageHtml: string, kind?: string): string;
  /** Once every page was added: the stylesheet tags of each group, by key. */
  render(): Promise<Map<string, string>>;
}

/**
 * How prerendered pages carry their stylesheets. For each stylesheet, in cascade order:
 * - an inline `<style>` with what the first paint needs from it (`pruneForFirstPaint`, `finishCriticalCss`), for the elements (classes
 *   and ARIA states) of any page of the group: a render-blocking stylesheet would cost a round trip before anything shows;
 * - the stylesheet as a disabled `<link>`, which a browser does not fetch: the bootstrap enables it after the
 *   first paint (tooling/optimize-template.ts), so every rule is there before the app can change the page, and
 *   Vite's loader sees the route's stylesheet as already in the page. Each full file lands right after its own
 *   inline part and before the next file's, so whichever arrives first, the cascade keeps the files' order.
 * Then the same links inside `<noscript>`, for a reader without JavaScript.
 * The inline styles are per group of pages (a kind of page, e.g. its route, with the same stylesheets), not per
 * page: a site-wide Content-Security-Policy allows each by its hash, and the number of groups is bounded by the
 * site's routes, whatever the articles hold. An article page's inline CSS then has only what article pages use,
 * even though one stylesheet serves the whole site.
 * @param readCss reads a stylesheet of the build by its path relative to the site root
 * @param basePath the site's path prefix with both slashes (`/` or `/news/`)
 */
export function createPageStyles(
  readCss: (file: string) => Promise<string>,
  basePath: string,
): PageStyles {
  const groups = new Map<
    string,
    { stylesheets: readonly string[]; shape: PageShape }
  >();
  const renderGroup = async (
    stylesheets: readonly string[],
    shape: PageShape,
  ): Promise<string> => {
    if (stylesheets.length === 0) return "";
    const links = stylesheets.map(
      (file) => `<link rel="stylesheet" href="${basePath}${file}"`,
    );
    const pruned = (await Promise.all(stylesheets.map(readCss))).map((css) =>
      pruneForFirstPaint(css, shape),
    );
    // A custom property one stylesheet declares may be read by another's rules: keep what any of them reads.
    const read = new Set(pruned.flatMap(({ reads }) => [...reads]));
    const tags = pruned.map((part, index) => {
      const critical = finishCriticalCss(part, read);
      return `${critical && `<style>${critical}</style>`}${String(links[index])} disabled>`;
    });
    return `${tags.join("")}<noscript>${links.map((link) => `${link}>`).join("")}</noscript>`;
  };
  return {
    add(stylesheets, pageHtml, kind = "") {
      const key = [kind, ...stylesheets].join("\n");
      const group = groups.get(key) ?? {
        stylesheets: [...stylesheets],
        shape: createPageShape(),
      };
      readPageShape(pageHtml, group.shape);
      groups.set(key, group);
      return key;
    },
    async render() {
      const tags = new Map<string, string>();
      for (const [key, { stylesheets, shape }] of groups)
        tags.set(key, await renderGroup(stylesheets, shape));
      return tags;
    },
  };
}

import { readFile } from "node:fs/promises";
import { join } from "node:path";

const STYLESHEET_LINK =
  /<link rel="stylesheet"(?: crossorigin)? href="([^"]+\.css)"\s*\/?>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;
const ENTRY_SCRIPT =
  /<script type="module"(?: crossorigin)? src="([^"]+)"><\/script>/g;

/** `<meta name>` of each module a page will import besides the entry: see `createBootstrapScript`. */
export const PRELOAD_META_NAME = "broadsheet:module";

/**
 * The inline module that starts the app: after the first frame has painted, it preloads the modules the page
 * names in `<meta name="broadsheet:module">` (its route chunk and the entry's imports, so they download in
 * parallel rather than one after another) and imports the entry. The JavaScript never delays the page's first
 * paint (the HTML is the content). A hidden tab loads it at once.
 * Identical on every page of a build: one hash for a Content-Security-Policy.
 */
export function createBootstrapScript(entrySrc: string): string {
  const src = JSON.stringify(entrySrc);
  const meta = JSON.stringify(`meta[name="${PRELOAD_META_NAME}"]`);
  return `<script type="module">const load=()=>{for(const m of document.querySelectorAll(${meta})){const l=document.createElement("link");l.rel="modulepreload";l.href=m.content;document.head.append(l)}import(${src})};document.visibilityState==="visible"?requestAnimationFrame(()=>requestAnimationFrame(load)):load();</script>`;
}

/**
 * Makes the built `index.html` template cheap to render on a phone, before any page is poured into it:
 * - each stylesheet Vite linked becomes an identical inline `<style>` (a render-blocking stylesheet costs a
 *   round trip; the same bytes on every page keep one hash for a Content-Security-Policy);
 * - the module entry script becomes an inline bootstrap that imports it after the first paint
 *   (`createBootstrapScript`): the page reads without it, so it must not compete with the HTML. Vite's
 *   `<link rel="modulepreload">` for the entry's imports go too: each page names them for the bootstrap to
 *   preload after that paint (tooling/prerender.ts).
 * @param readAsset reads a file of the build by its path relative to the site root (`assets/index-x.css`).
 */
export async function optimizeTemplate(
  template: string,
  basePath: string,
  readAsset: (path: string) => Promise<string>,
): Promise<string> {
  const styles = new Map<string, string>();
  for (const [, href] of template.matchAll(STYLESHEET_LINK)) {
    if (!href?.startsWith(basePath))
      throw new Error(
        `Cannot inline ${String(href)}: it is not under ${basePath}`,
      );
    // `</style` inside CSS would end the element early; Vite's minified CSS never has it, but refuse rather than break.
    const css = (await readAsset(href.slice(basePath.length))).trim();
    if (/<\/style/i.test(css))
      throw new Error(`Cannot inline ${href}: it contains "</style"`);
    styles.set(href, css);
  }
  return template
    .replace(
      STYLESHEET_LINK,
      (_link, href: string) => `<style>${styles.get(href) ?? ""}</style>`,
    )
    .replace(MODULE_PRELOAD, "")
    .replace(ENTRY_SCRIPT, (_script, src: string) =>
      createBootstrapScript(src),
    );
}

/** `optimizeTemplate` over the files of a build in `outDir`. */
export function optimizeBuiltTemplate(
  template: string,
  basePath: string,
  outDir: string,
): Promise<string> {
  return optimizeTemplate(template, basePath, (path) =>
    readFile(join(outDir, path), "utf8"),
  );
}

const STYLESHEET_LINK =
  /<link rel="stylesheet"(?: crossorigin)? href="([^"]+\.css)"\s*\/?>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;
const ENTRY_SCRIPT =
  /<script type="module"(?: crossorigin)? src="([^"]+)"><\/script>/g;

/** `<meta name>` of each module a page will import besides the entry: see `createBootstrapScript`. */
export const PRELOAD_META_NAME = "broadsheet:module";

/** Where `optimizeTemplate` leaves the template's stylesheets for each page to fill in (tooling/page-styles.ts). */
export const STYLES_MARKER = "<!--app-styles-->";

/**
 * The inline module that starts the app: once the page's first contentful paint is on screen (its
 * Paint Timing entry; two animation frames where that is not supported), it turns on the page's full
 * stylesheets (disabled `<link>`s: the page carries what its first paint needs inline), preloads the modules the
 * page names in `<meta name="broadsheet:module">` (its route chunk and the entry's imports, so they download in
 * parallel rather than one after another) and imports the entry. Nothing the page needs for its first paint
 * waits for the network: the HTML is the content. A hidden tab loads it at once.
 * Identical on every page of a build: one hash for a Content-Security-Policy.
 */
export function createBootstrapScript(entrySrc: string): string {
  const src = JSON.stringify(entrySrc);
  const meta = JSON.stringify(`meta[name="${PRELOAD_META_NAME}"]`);
  return `<script type="module">const load=()=>{for(const l of document.querySelectorAll("link[rel=stylesheet][disabled]"))l.disabled=false;for(const m of document.querySelectorAll(${meta})){const l=document.createElement("link");l.rel="modulepreload";l.href=m.content;document.head.append(l)}import(${src})};document.visibilityState!=="visible"?load():PerformanceObserver.supportedEntryTypes.includes("paint")?new PerformanceObserver((l,o)=>{if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();load()}}).observe({type:"paint",buffered:true}):requestAnimationFrame(()=>requestAnimationFrame(load));</script>`;
}

/** The built template, ready to pour pages into, and the stylesheets it linked (paths relative to the site root). */
export interface OptimizedTemplate {
  html: string;
  stylesheets: string[];
}

/**
 * Makes the built `index.html` template cheap to render on a phone, before any page is poured into it:
 * - the stylesheets Vite linked make way for `STYLES_MARKER`: each page inlines the part of them its first paint
 *   needs and links the rest without blocking (tooling/page-styles.ts); a render-blocking stylesheet costs a round
 *   trip;
 * - the module entry script becomes an inline bootstrap that imports it after the first paint
 *   (`createBootstrapScript`): the page reads without it, so it must not compete with the HTML. Vite's
 *   `<link rel="modulepreload">` for the entry's imports go too: each page names them for the bootstrap to
 *   preload after that paint (tooling/prerender.ts).
 */
export function optimizeTemplate(
  template: string,
  basePath: string,
): OptimizedTemplate {
  const stylesheets: string[] = [];
  for (const [, href] of template.matchAll(STYLESHEET_LINK)) {
    if (!href?.startsWith(basePath))
      throw new Error(
        `Cannot serve ${String(href)}: it is not under ${basePath}`,
      );
    stylesheets.push(href.slice(basePath.length));
  }
  let marked = false;
  const html = template
    .replace(STYLESHEET_LINK, () => {
      if (marked) return "";
      marked = true;
      return STYLES_MARKER;
    })
    .replace(MODULE_PRELOAD, "")
    .replace(ENTRY_SCRIPT, (_script, src: string) =>
      createBootstrapScript(src),
    );
  return {
    html: html.includes(STYLES_MARKER)
      ? html
      : html.replace("</head>", () => `${STYLES_MARKER}</head>`),
    stylesheets,
  };
}

const STYLESHEET_LINK =
  /<link rel="stylesheet"(?: crossorigin)? href="([^"]+\.css)"\s*\/?>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;
const ENTRY_SCRIPT =
  /<script type="module"(?: crossorigin)? src="([^"]+)"><\/script>/g;

/** Where `optimizeTemplate` leaves the template's stylesheets for each page to fill in (tooling/page-styles.ts). */
export const STYLES_MARKER = "<!--app-styles-->";

// Where `optimizeTemplate` leaves the entry script for each page's head script (`fillHeadScript`); it keeps the
// entry's URL, so the template stays a template.
const SCRIPT_MARKER = /<!--app-script (\S+?)-->/;

// A string literal in single quotes, so that the double quotes of the HTML it holds stay as the page writes them.
const quoteSingle = (text: string): string =>
  `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)}'`;

const escapeAttribute = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${String(char.charCodeAt(0))};`);

/**
 * The part of the page's head script that starts the app, once the first contentful paint is on screen (its
 * Paint Timing entry; at once in a hidden tab, or where Paint Timing is not supported): it turns on the
 * page's full stylesheets (disabled `<link>`s: the page carries what its first paint needs inline), preloads
 * `modules` (the page's route chunk and the entry's imports, so they download in parallel rather than one after
 * another) and imports the entry. Nothing the page needs for its first paint waits for the network: the HTML is
 * the content. It waits for the document to be parsed first: it runs in the `<head>`, before the links it turns on
 * (as the module script it replaces did). Same bytes on every page that preloads the same modules: one CSP hash
 * per group of pages.
 */
export function createStartScript(
  entrySrc: string,
  modules: readonly string[],
): string {
  const preloads = modules
    .map((href) => `<link rel="modulepreload" href="${escapeAttribute(href)}">`)
    .join("");
  const entry = JSON.stringify(entrySrc).replace(/</g, "\\u003c");
  // `s`: what the app's start does. `d` is the document; terse because every page carries it.
  const start = [
    // The full stylesheets (only stylesheet links can be disabled).
    `for(const l of d.querySelectorAll("link[disabled]"))l.disabled=!1;`,
    // The page's modules, all at once, so they download in parallel with the entry.
    preloads &&
      `d.head.insertAdjacentHTML("beforeend",${quoteSingle(preloads)});`,
    `import(${entry})`,
  ].join("");
  // When: after the first-contentful-paint entry; at once in a hidden tab (it never paints) or where Paint Timing
  // is not supported (every browser the build targets has it).
  const afterPaint = [
    `d.hidden||!PerformanceObserver.supportedEntryTypes.includes("paint")?s():`,
    `new PerformanceObserver(l=>l.getEntriesByName("first-contentful-paint")[0]&&s()).observe({type:"paint",buffered:!0})`,
  ].join("");
  // From DOMContentLoaded: the script runs in the <head>, before the links it turns on are parsed.
  return `(d=>{const s=()=>{${start}};d.addEventListener("DOMContentLoaded",()=>${afterPaint})})(document)`;
}

/**
 * What the head script does when the boot script applied a stored preference that a rule of the full stylesheet
 * matches (its value is then truthy; a default or the light theme needs no rule): it
 * links `stylesheets` (the page's full stylesheets), render-blocking, since a page's inline CSS leaves out the
 * rules of stored preferences (tooling/critical-css.ts). Such a reader has been here before: the files are
 * usually in the cache, and they are the files the app turns on after the first paint anyway. Appended to the
 * head while the parser is at this script, they come before the inline CSS, whose rules they repeat.
 */
export function createPreferenceStyles(stylesheets: readonly string[]): string {
  const links = stylesheets
    .map(
      (href) =>
        `<link rel="stylesheet" href="${escapeAttribute(href)}" blocking="render">`,
    )
    .join("");
  return (
    links &&
    `&&document.head.insertAdjacentHTML("beforeend",${quoteSingle(links)})`
  );
}

/**
 * The one inline script of a page's `<head>`, a classic script so that it runs before the first paint: the
 * preference boot script (`src/preferences/boot-script.ts`, an expression) at once, with the stylesheets of the
 * preferences it applied (`createPreferenceStyles`), then `createStartScript`'s wait for the paint. One script
 * instead of two: one CSP hash less on every page.
 * @param stylesheets the page's full stylesheets (URLs)
 */
export function createHeadScript(
  bootScript: string,
  entrySrc: string,
  modules: readonly string[],
  stylesheets: readonly string[] = [],
): string {
  if (/<\/script/i.test(bootScript))
    throw new Error('The boot script contains "</script"');
  return `<script>${bootScript}${createPreferenceStyles(stylesheets)};${createStartScript(entrySrc, modules)}</script>`;
}

/**
 * Puts the page's head script (`createHeadScript`) where `optimizeTemplate` left the entry script.
 * @throws when the template has no place for it (it was not made by `optimizeTemplate`)
 */
export function fillHeadScript(
  template: string,
  bootScript: string,
  modules: readonly string[],
  stylesheets: readonly string[] = [],
): string {
  const entry = SCRIPT_MARKER.exec(template)?.[1];
  if (entry === undefined)
    throw new Error("The template has no entry script to start");
  return template.replace(SCRIPT_MARKER, () =>
    createHeadScript(bootScript, entry, modules, stylesheets),
  );
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
 * - the module entry script makes way for each page's head script, which imports it after the first paint
 *   (`fillHeadScript`): the page reads without it, so it must not compete with the HTML. Vite's
 *   `<link rel="modulepreload">` for the entry's imports go too: each page's head script preloads them, and
 *   its route chunk, after that paint (tooling/prerender.ts);
 * - the whitespace between the head's tags goes.
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
    .replace(ENTRY_SCRIPT, (_script, src: string) => `<!--app-script ${src}-->`)
    // Line breaks and indentation between the head's tags: bytes on every page that nothing renders.
    .replace(/<head>[\s\S]*?<\/head>/, (head) => head.replace(/>\s+</g, "><"));
  return {
    html: html.includes(STYLES_MARKER)
      ? html
      : html.replace("</head>", () => `${STYLES_MARKER}</head>`),
    stylesheets,
  };
}

/**
 * What a stylesheet's selectors can ask of a prerendered page as first painted, read from its HTML: the classes
 * of its elements, together with their ARIA states and whether they are empty (tooling/critical-css.ts).
 */

/**
 * ARIA states the app's scripts change: a selector on one of them matches the first paint only if an element
 * is rendered in that state. (Other attributes are not read: a selector on them is taken to match.)
 */
export const ARIA_STATES: ReadonlySet<string> = new Set([
  "aria-busy",
  "aria-checked",
  "aria-current",
  "aria-disabled",
  "aria-expanded",
  "aria-hidden",
  "aria-invalid",
  "aria-pressed",
  "aria-selected",
]);

/** One kind of element of a page: its classes, its ARIA states (`ARIA_STATES`) and whether it has no content. */
export interface ElementShape {
  classes: readonly string[];
  states: Readonly<Record<string, string>>;
  empty: boolean;
}

/** The elements of one or more pages, each kind once, and every class they use. */
export interface PageShape {
  classes: Set<string>;
  elements: Map<string, ElementShape>;
}

// A closed <details> element: what follows its <summary> is not shown until the reader opens it.
const CLOSED_DETAILS =
  /(<details(?![^>]*\sopen[\s=>])[^>]*>\s*<summary[\s\S]*?<\/summary>)[\s\S]*?<\/details>/g;
// Script and style contents are not elements (a script may hold markup in a string).
const RAW_TEXT = /(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi;
const START_TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:="([^"]*)")?/g;

/** An empty page shape, to read pages into (`readPageShape`). */
export const createPageShape = (): PageShape => ({
  classes: new Set(),
  elements: new Map(),
});

/**
 * Adds the elements a page's first paint can show to `into`: every element with a class, except inside a closed
 * `<details>` beyond its `<summary>` (a reader opens it after the full stylesheet has loaded) and inside
 * `<script>` and `<style>`. Reads the HTML the prerender writes (attributes in double quotes).
 * @example readPageShape('<p class="a" aria-pressed="true"></p>').elements // one shape: ["a"], pressed, empty
 */
export function readPageShape(
  html: string,
  into: PageShape = createPageShape(),
): PageShape {
  // Comments are no content (`:empty` matches an element holding only React's `<!-- -->`).
  const shown = html
    .replace(CLOSED_DETAILS, "$1</details>")
    .replace(RAW_TEXT, "$1</$2>")
    .replace(/<!--[\s\S]*?-->/g, "");
  for (const match of shown.matchAll(START_TAG)) {
    const [tag, name = "", attributes = ""] = match;
    let classes: string[] = [];
    const states: Record<string, string> = {};
    for (const [, attribute = "", value = ""] of attributes.matchAll(
      ATTRIBUTE,
    )) {
      if (attribute === "class") classes = value.split(/\s+/).filter(Boolean);
      else if (ARIA_STATES.has(attribute)) states[attribute] = value;
    }
    if (classes.length === 0) continue;
    classes.sort();
    const empty =
      tag.endsWith("/>") ||
      shown.startsWith(`</${name}>`, match.index + tag.length);
    for (const className of classes) into.classes.add(className);
    const shape: ElementShape = { classes, states, empty };
    into.elements.set(JSON.stringify(shape), shape);
  }
  return into;
}

import type { MediaQuery, Selector, SelectorComponent } from "lightningcss";
import { transform } from "lightningcss";

/**
 * Pseudo-classes that match only once a reader acts (points at, presses or focuses something): no first paint
 * needs them, so their rules wait for the page's full stylesheet. (`:target` is not one: a link to a paragraph
 * opens the page on it.)
 */
const INTERACTION_STATES = new Set<string>([
  "hover",
  "active",
  "focus",
  "focus-visible",
  "focus-within",
]);

// A closed <details> element: what follows its <summary> is not shown until the reader opens it.
const CLOSED_DETAILS =
  /(<details(?![^>]*\sopen[\s=>])[^>]*>\s*<summary[\s\S]*?<\/summary>)[\s\S]*?<\/details>/g;

/**
 * Every class name a page's first paint can show: those of its `class` attributes, except inside a closed
 * `<details>` beyond its `<summary>` (a reader opens it after the full stylesheet has loaded).
 */
export function readPageClasses(html: string): Set<string> {
  const shown = html.replace(CLOSED_DETAILS, "$1</details>");
  const classes = new Set<string>();
  for (const [, value] of shown.matchAll(/\sclass="([^"]*)"/g))
    for (const name of (value ?? "").split(/\s+/)) if (name) classes.add(name);
  return classes;
}

/**
 * Whether a selector needs a reader's stored preference: `:root` with a `data-*` attribute of a given value
 * (`:root[data-theme=dark]`), which only the preference boot script sets, before the first paint. When it sets
 * one, it also loads the full stylesheets, render-blocking (`createHeadScript` in tooling/optimize-template.ts):
 * a reader who chose a theme or a text size has been here before, so the file is in the cache, and no other
 * reader's page carries those rules. (`:root:not([data-theme])`, the system's dark theme, stays inline.)
 */
function needsStoredPreference(selector: Selector): boolean {
  return (
    selector.some(
      (component) =>
        component.type === "pseudo-class" && component.kind === "root",
    ) &&
    selector.some(
      (component) =>
        component.type === "attribute" &&
        component.name.startsWith("data-") &&
        component.operation != null,
    )
  );
}

/**
 * Whether a selector may match in the page as first painted: every class its compound selectors name is in the
 * page, it needs no reader interaction and no stored preference (`needsStoredPreference`). Classes inside
 * functional pseudo-classes (`:is()`, `:not()`, …) are not required: that errs on keeping a rule.
 */
function mayMatchOnFirstPaint(
  selector: Selector,
  classes: ReadonlySet<string>,
): boolean {
  if (needsStoredPreference(selector)) return false;
  return selector.every((component: SelectorComponent) => {
    if (component.type === "class") return classes.has(component.name);
    if (component.type === "pseudo-class")
      return !INTERACTION_STATES.has(component.kind);
    return true;
  });
}

/**
 * Media queries whose rules no first paint needs: print, and motion preferences (they change how things move,
 * and nothing moves before the reader acts).
 */
function isDeferredMedia(query: MediaQuery): boolean {
  if (query.mediaType === "print" && query.qualifier !== "not") return true;
  const { condition } = query;
  if (!condition) return false;
  const features =
    condition.type === "operation" && condition.operator === "and"
      ? condition.conditions
      : [condition];
  return features.some(
    (feature) =>
      feature.type === "feature" &&
      feature.value.name === "prefers-reduced-motion",
  );
}

const encode = (css: string): Uint8Array => new TextEncoder().encode(css);
const decode = (code: Uint8Array): string => new TextDecoder().decode(code);

/**
 * The part of a stylesheet a page needs for its first paint: the rules with a selector that may match the page's
 * elements as rendered (see `mayMatchOnFirstPaint`), with the at-rules around them (but not print or motion
 * preference queries: `isDeferredMedia`), and the keyframes they animate with. Rules without a class (elements,
 * `:root`) are kept, but not those of a stored preference (`needsStoredPreference`), and of the custom properties
 * they declare, those that some kept rule reads.
 * The result is minified; the full stylesheet, loaded after the first paint, re-applies every kept rule in its
 * original order, so the cascade ends up as if only the full stylesheet had been used.
 * @param css a stylesheet (a file of the build)
 * @param classes the class names of the page (`readPageClasses`)
 */
export function extractCriticalCss(
  css: string,
  classes: ReadonlySet<string>,
): string {
  const pruned = transform({
    filename: "critical.css",
    code: encode(css),
    minify: true,
    visitor: {
      Rule: {
        media(rule) {
          return rule.value.query.mediaQueries.every(isDeferredMedia)
            ? []
            : undefined;
        },
        // A rule is kept whole when one of its selectors may match: rebuilding it with fewer selectors would
        // round-trip its declarations through lightningcss's JS form, which cannot read back `var()` yet.
        style(rule) {
          return rule.value.selectors.some((selector) =>
            mayMatchOnFirstPaint(selector, classes),
          )
            ? undefined
            : [];
        },
      },
    },
  }).code;
  const animated = new Set<string>();
  transform({
    filename: "critical.css",
    code: pruned,
    visitor: {
      Declaration: {
        animation({ value }) {
          if (Array.isArray(value))
            for (const { name } of value)
              if (name.type !== "none") animated.add(name.value);
        },
        "animation-name"({ value }) {
          if (Array.isArray(value))
            for (const name of value)
              if (name.type !== "none") animated.add(name.value);
        },
      },
    },
  });
  // Custom properties the kept rules read (or other custom properties do: that errs on keeping one).
  const read = new Set(
    Array.from(decode(pruned).matchAll(/var\(\s*(--[\w-]+)/g), ([, name]) =>
      String(name),
    ),
  );
  return decode(
    transform({
      filename: "critical.css",
      code: pruned,
      minify: true,
      visitor: {
        Rule: {
          keyframes(rule) {
            return animated.has(rule.value.name.value) ? rule : [];
          },
        },
        // A design token no kept rule reads (the colours of a reader's highlights, say) waits for the full
        // stylesheet, in every theme's block. Pages set none in a `style` attribute.
        Declaration: {
          // (Properties lightningcss does not know, `text-wrap` say, come here too: only `--*` are tokens.)
          custom(declaration) {
            return !declaration.name.startsWith("--") ||
              read.has(declaration.name)
              ? undefined
              : [];
          },
        },
      },
    }).code,
  );
}

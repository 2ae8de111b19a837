import type { MediaQuery, Selector, SelectorComponent } from "lightningcss";
import { transform } from "lightningcss";
import type { ElementShape, PageShape } from "./page-shape";
import { ARIA_STATES } from "./page-shape";

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

/**
 * Whether a selector needs a reader's stored preference: `:root` with a `data-*` attribute of a given value
 * (`:root[data-theme=dark]`), which only the preference boot script sets, before the first paint. When it sets
 * one that such a rule matches (not a default, not the light theme), it also loads the full stylesheets, render-blocking (`createHeadScript` in tooling/optimize-template.ts):
 * a reader who chose a theme or a text size has been here before, so the file is in the cache, and no other
 * reader's page carries those rules. (`:root:not([data-theme])`, the system's dark theme, stays inline.)
 */
function needsStoredPreference(compounds: SelectorComponent[][]): boolean {
  return compounds.some(
    (compound) =>
      compound.some(
        (component) =>
          component.type === "pseudo-class" && component.kind === "root",
      ) &&
      compound.some(
        (component) =>
          component.type === "attribute" &&
          component.name.startsWith("data-") &&
          component.operation != null,
      ),
  );
}

/** A selector's compound selectors (the parts between its combinators). */
function splitCompounds(selector: Selector): SelectorComponent[][] {
  const compounds: SelectorComponent[][] = [[]];
  for (const component of selector) {
    if (component.type === "combinator") compounds.push([]);
    else compounds.at(-1)?.push(component);
  }
  return compounds;
}

type AttributeComponent = Extract<SelectorComponent, { type: "attribute" }>;

/** Whether an element's value of an attribute meets an attribute selector's condition (case as written). */
function meets(
  value: string | undefined,
  component: AttributeComponent,
): boolean {
  if (value === undefined) return false;
  const { operation } = component;
  if (!operation) return true;
  const wanted = operation.value;
  switch (operation.operator) {
    case "equal":
      return value === wanted;
    case "includes":
      return value.split(/\s+/).includes(wanted);
    case "dash-match":
      return value === wanted || value.startsWith(`${wanted}-`);
    case "prefix":
      return wanted !== "" && value.startsWith(wanted);
    case "suffix":
      return wanted !== "" && value.endsWith(wanted);
    case "substring":
      return wanted !== "" && value.includes(wanted);
  }
}

const isEmptyTest = (component: SelectorComponent): boolean =>
  component.type === "pseudo-class" && component.kind === "empty";

/**
 * Whether one compound selector (no combinator) may match some element of the page as served: an element
 * with every class it names, in every ARIA state it asks for, empty or not as it asks (`:empty`,
 * `:not(:empty)`). Anything else it asks (element names, other attributes or pseudo-classes) is taken to match.
 */
function compoundMayMatch(
  compound: readonly SelectorComponent[],
  elements: Iterable<ElementShape>,
): boolean {
  const classes: string[] = [];
  const states: AttributeComponent[] = [];
  let empty: boolean | null = null;
  for (const component of compound) {
    if (component.type === "class") classes.push(component.name);
    else if (component.type === "attribute" && ARIA_STATES.has(component.name))
      states.push(component);
    else if (isEmptyTest(component)) empty = true;
    else if (
      component.type === "pseudo-class" &&
      component.kind === "not" &&
      component.selectors.length === 1 &&
      component.selectors[0]?.length === 1 &&
      component.selectors[0].every(isEmptyTest)
    )
      empty = false;
  }
  if (classes.length === 0) return true;
  for (const element of elements)
    if (
      classes.every((name) => element.classes.includes(name)) &&
      states.every((state) => meets(element.states[state.name], state)) &&
      (empty === null || element.empty === empty)
    )
      return true;
  return false;
}

/**
 * Whether a selector may match in the page as first painted: every class its compound selectors name is in the
 * page, on one element with the ARIA states and emptiness the compound asks for; it needs no reader interaction and no stored preference (`needsStoredPreference`). Classes inside
 * functional pseudo-classes (`:is()`, `:not()`, …) are not required: that errs on keeping a rule.
 */
function mayMatchOnFirstPaint(selector: Selector, page: PageShape): boolean {
  const compounds = splitCompounds(selector);
  if (needsStoredPreference(compounds)) return false;
  // Every class in the page, and no interaction: a quick answer for most rules before the elements are looked at.
  const fits = selector.every((component: SelectorComponent) => {
    if (component.type === "class") return page.classes.has(component.name);
    if (component.type === "pseudo-class")
      return !INTERACTION_STATES.has(component.kind);
    return true;
  });
  return (
    fits &&
    compounds.every((compound) =>
      compoundMayMatch(compound, page.elements.values()),
    )
  );
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

/** Every custom property a stylesheet reads with `var()`. */
function readCustomProperties(css: string): Set<string> {
  return new Set(
    Array.from(css.matchAll(/var\(\s*(--[\w-]+)/g), ([, name]) => String(name)),
  );
}

const encode = (css: string): Uint8Array => new TextEncoder().encode(css);
const decode = (code: Uint8Array): string => new TextDecoder().decode(code);

/** A stylesheet's rules a page's first paint may use, before its unused keyframes and tokens go (`pruneForFirstPaint`). */
export interface PrunedCss {
  code: Uint8Array;
  /** The keyframes its kept rules animate with. */
  animated: ReadonlySet<string>;
  /** The custom properties its kept rules (or custom properties) read. */
  reads: ReadonlySet<string>;
}

/**
 * The rules of a stylesheet with a selector that may match the page's elements as rendered (see
 * `mayMatchOnFirstPaint`), with the at-rules around them (but not print or motion preference queries:
 * `isDeferredMedia`). Rules without a class (elements, `:root`) are kept, but not those of a stored preference
 * (`needsStoredPreference`). `finishCriticalCss` then drops what no kept rule uses.
 * @param css a stylesheet (a file of the build)
 * @param page the elements of the page (tooling/page-shape.ts `readPageShape`)
 */
export function pruneForFirstPaint(css: string, page: PageShape): PrunedCss {
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
            mayMatchOnFirstPaint(selector, page),
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
  return {
    code: pruned,
    animated,
    reads: readCustomProperties(decode(pruned)),
  };
}

/**
 * What the first paint needs of a pruned stylesheet: its kept rules, the keyframes they animate with, and of the
 * custom properties it declares, those in `read` (a design token no kept rule reads, the colours of a reader's
 * highlights say, waits for the full stylesheet, in every theme's block). Minified; the full stylesheet, loaded
 * after the first paint, re-applies every kept rule in its original order, so the cascade ends up as if only the
 * full stylesheet had been used.
 * @param read the custom properties to keep: those this stylesheet reads, or, when the page links more
 *   stylesheets than this one, those any of them reads
 */
export function finishCriticalCss(
  { code, animated }: PrunedCss,
  read: ReadonlySet<string>,
): string {
  return decode(
    transform({
      filename: "critical.css",
      code,
      minify: true,
      visitor: {
        Rule: {
          keyframes(rule) {
            return animated.has(rule.value.name.value) ? rule : [];
          },
        },
        // Pages set no custom property in a `style` attribute.
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

/**
 * The part of a stylesheet a page needs for its first paint, when the page links no other stylesheet:
 * `pruneForFirstPaint`, then `finishCriticalCss` with the custom properties its kept rules read.
 */
export function extractCriticalCss(css: string, page: PageShape): string {
  const pruned = pruneForFirstPaint(css, page);
  return finishCriticalCss(pruned, pruned.reads);
}

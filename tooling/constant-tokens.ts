import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Plugin, Root } from "postcss";
import postcss from "postcss";

const CUSTOM_PROPERTY = /--[A-Za-z0-9_-]+/g;
const IDENT_CHAR = /[A-Za-z0-9_-]/;
const VAR_REFERENCE = /var\(\s*(--[A-Za-z0-9_-]+)/g;

/** How long a reference to a token is once it has a short name (`var(--ab)`, see short-custom-properties). */
const REFERENCE_LENGTH = "var(--ab)".length;

/**
 * Rewrites each `var(--name[, fallback])` of a CSS value: `replace` returns the text to put in its place, or
 * `undefined` to keep it (its fallback still rewritten, as it may hold `var()`s of its own). Quoted strings
 * are text, never references; an unclosed `var(` is kept as it is.
 */
export function replaceVarReferences(
  value: string,
  replace: (name: string) => string | undefined,
): string {
  let out = "";
  let index = 0;
  while (index < value.length) {
    const char = value.charAt(index);
    if (char === '"' || char === "'") {
      const end = stringEnd(value, index);
      out += value.slice(index, end);
      index = end;
      continue;
    }
    if (
      value.startsWith("var(", index) &&
      (index === 0 || !IDENT_CHAR.test(value.charAt(index - 1)))
    ) {
      const end = closingParenthesis(value, index + 3);
      const name = /^\s*(--[A-Za-z0-9_-]+)/.exec(value.slice(index + 4))?.[1];
      if (end >= 0 && name !== undefined) {
        const afterName = value.indexOf(name, index) + name.length;
        out +=
          replace(name) ??
          `${value.slice(index, afterName)}${replaceVarReferences(value.slice(afterName, end), replace)})`;
        index = end + 1;
        continue;
      }
    }
    out += char;
    index++;
  }
  return out;
}

/** The index just past the string that opens with the quote at `open` (the value's end if it never closes). */
function stringEnd(value: string, open: number): number {
  const quote = value.charAt(open);
  for (let index = open + 1; index < value.length; index++) {
    const char = value.charAt(index);
    if (char === "\\") index++;
    else if (char === quote) return index + 1;
  }
  return value.length;
}

/** The index of the `)` that closes the `(` at `open`, or -1. */
function closingParenthesis(value: string, open: number): number {
  let depth = 0;
  for (let index = open; index < value.length; index++) {
    const char = value.charAt(index);
    if (char === '"' || char === "'") index = stringEnd(value, index) - 1;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return index;
  }
  return -1;
}

/**
 * The design tokens whose value never changes, with that value: each declared exactly once in all of
 * `stylesheets`, in a top-level `:root` rule (not in a media query, not by a theme or preference rule), with a
 * value that reads no other custom property and is not `!important`, never named by `scripts` (inline styles,
 * `getPropertyValue`), and short enough that writing it at each use costs no more than its declaration saves.
 */
export function findConstantTokens(
  stylesheets: readonly string[],
  scripts: readonly string[] = [],
): Map<string, string> {
  const declared = new Map<string, { value: string; constant: boolean }>();
  const uses = new Map<string, number>();
  for (const css of stylesheets) {
    const root: Root = postcss.parse(css);
    root.walkDecls((declaration) => {
      for (const [, name = ""] of declaration.value.matchAll(VAR_REFERENCE))
        uses.set(name, (uses.get(name) ?? 0) + 1);
      if (!declaration.prop.startsWith("--")) return;
      const { parent } = declaration;
      const constant =
        !declared.has(declaration.prop) &&
        parent?.type === "rule" &&
        "selector" in parent &&
        parent.selector.trim() === ":root" &&
        parent.parent?.type === "root" &&
        !declaration.important &&
        !declaration.value.includes("var(");
      declared.set(declaration.prop, {
        value: declaration.value.trim(),
        constant,
      });
    });
  }
  const scripted = new Set(
    scripts.flatMap((script) => script.match(CUSTOM_PROPERTY) ?? []),
  );
  const constants = new Map<string, string>();
  for (const [name, { value, constant }] of declared) {
    const count = uses.get(name) ?? 0;
    const saved = name.length + value.length + 2; // `--name:value;`
    if (
      constant &&
      value !== "" &&
      !scripted.has(name) &&
      count * (value.length - REFERENCE_LENGTH) <= saved
    )
      constants.set(name, value);
  }
  return constants;
}

/** `findConstantTokens` of the stylesheets under `dir`, with its scripts (`*.ts`, `*.tsx`, tests aside). */
export async function collectConstantTokens(
  dir: string,
): Promise<Map<string, string>> {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const text = (): Promise<string> =>
      readFile(join(entry.parentPath, entry.name), "utf8");
    if (entry.name.endsWith(".css")) stylesheets.push(await text());
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      scripts.push(await text());
  }
  return findConstantTokens(stylesheets, scripts);
}

/**
 * A PostCSS plugin for the built site that writes each constant token's value where it is used
 * (`var(--space-2)` → `0.5rem`) and drops its declaration: every page's inline CSS carries the
 * `:root` rule and the references. `tokens` comes from `collectConstantTokens` of all the app's stylesheets,
 * so a token redefined anywhere is never in it. Runs before `shortCustomProperties`, on the source names.
 */
export function inlineConstantTokens(
  tokens: ReadonlyMap<string, string>,
): Plugin {
  return {
    postcssPlugin: "broadsheet-inline-constant-tokens",
    Once(root) {
      root.walkDecls((declaration) => {
        if (tokens.has(declaration.prop)) {
          const { parent } = declaration;
          declaration.remove();
          if (parent?.nodes.length === 0) parent.remove();
          return;
        }
        if (declaration.value.includes("var("))
          declaration.value = replaceVarReferences(declaration.value, (name) =>
            tokens.get(name),
          );
      });
    },
  };
}

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Plugin } from "postcss";

const CUSTOM_PROPERTY = /--[A-Za-z0-9_-]+/g;
const VAR_REFERENCE = /var\(\s*(--[A-Za-z0-9_-]+)/g;

/** `--a` … `--z`, `--ba` …: the `index`th short name, letters only. */
function shortName(index: number): string {
  let name = "";
  let rest = index;
  do {
    name = String.fromCharCode(97 + (rest % 26)) + name;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `--${name}`;
}

/** Every custom property named in the stylesheets under `dir` (declared or used), sorted. */
export async function collectCustomProperties(dir: string): Promise<string[]> {
  const names = new Set<string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith(".css")) continue;
    const css = await readFile(join(entry.parentPath, entry.name), "utf8");
    for (const [name] of css.matchAll(CUSTOM_PROPERTY)) names.add(name);
  }
  return [...names].sort();
}

/**
 * A PostCSS plugin for the built site that gives each custom property a short name (`--color-text-muted` →
 * `--s`): a design token is named in every rule that uses it, and each page's inline CSS carries those names.
 * The names come from one list (`collectCustomProperties` of the app's stylesheets, sorted), so a token
 * declared in one file and used in another still meet, and every build of the same source names them alike. A
 * name missing from the list keeps its own. Only the build uses it (`npm run dev` and the tests keep the
 * readable names); nothing outside CSS reads a custom property.
 */
export function shortCustomProperties(names: readonly string[]): Plugin {
  const short = new Map(names.map((name, index) => [name, shortName(index)]));
  const rename = (name: string): string => short.get(name) ?? name;
  return {
    postcssPlugin: "broadsheet-short-custom-properties",
    // One walk per stylesheet (a `Declaration` visitor would visit each changed declaration again).
    Once(root) {
      root.walkDecls((declaration) => {
        if (declaration.prop.startsWith("--"))
          declaration.prop = rename(declaration.prop);
        if (declaration.value.includes("var("))
          declaration.value = declaration.value.replace(
            VAR_REFERENCE,
            (_reference, name: string) => `var(${rename(name)}`,
          );
      });
    },
  };
}

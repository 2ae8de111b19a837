import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { transform } from "lightningcss";

/** The class names of the app's stylesheets: every CSS Modules name to shorten, and every global class. */
export interface ClassInventory {
  /** Every `[module path from the project root, local name]` of the CSS Modules, sorted by path then name. */
  modules: readonly (readonly [file: string, local: string])[];
  /** Every class the app styles globally (plain stylesheets and `:global(…)`): no short name may equal one. */
  globals: readonly string[];
}

const FIRST = "abcdefghijklmnopqrstuvwxyz";
const REST = "abcdefghijklmnopqrstuvwxyz0123456789";
const MAX_LENGTH = 3;

/**
 * The `index`th name of `a` … `z`, `aa` … `z9`, `aaa` … `z99`: a letter, then letters or digits, at most 3
 * characters (a valid CSS identifier, the same in quirks mode as it is lower-case); `undefined` past the last.
 */
export function shortClassName(index: number): string | undefined {
  let rest = index;
  for (let length = 1; length <= MAX_LENGTH; length++) {
    const count = FIRST.length * REST.length ** (length - 1);
    if (rest < count) {
      let name = "";
      for (let position = length - 1; position > 0; position--) {
        name = REST.charAt(rest % REST.length) + name;
        rest = Math.floor(rest / REST.length);
      }
      return FIRST.charAt(rest) + name;
    }
    rest -= count;
  }
  return undefined;
}

/**
 * Names a short name never takes: the app's global classes, and `ad…`, which ad blockers' generic cosmetic
 * filters (`##.ad`, `##.ads`, …) hide on every site.
 */
function reserved(name: string, globals: ReadonlySet<string>): boolean {
  return globals.has(name) || name.startsWith("ad");
}

const posixPath = (path: string): string => path.split(sep).join("/");
const keyOf = (file: string, local: string): string => `${file}\0${local}`;

interface SelectorNode {
  type?: unknown;
  kind?: unknown;
  name?: unknown;
}

/** Adds every class (and id) a parsed selector names to `locals`, or to `globals` inside `:global(…)`. */
function collectSelectorNames(
  node: unknown,
  global: boolean,
  locals: Set<string>,
  globals: Set<string>,
): void {
  if (Array.isArray(node)) {
    for (const child of node)
      collectSelectorNames(child, global, locals, globals);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const { type, kind, name } = node as SelectorNode;
  if ((type === "class" || type === "id") && typeof name === "string") {
    if (global) {
      if (type === "class") globals.add(name);
    } else locals.add(name);
  }
  const inside = global || (type === "pseudo-class" && kind === "global");
  for (const value of Object.values(node))
    collectSelectorNames(value, inside, locals, globals);
}

/**
 * The local names (classes, ids, keyframes) and the global classes of one stylesheet, as CSS Modules see them
 * when `module` is true (a plain stylesheet's classes are all global). Throws on CSS that does not parse.
 */
export function scanStylesheet(
  css: string,
  filename: string,
  module: boolean,
): { locals: string[]; globals: string[] } {
  const locals = new Set<string>();
  const globals = new Set<string>();
  let result: ReturnType<typeof transform>;
  try {
    result = transform({
      filename,
      code: Buffer.from(css),
      cssModules: module,
      visitor: {
        Selector(selector) {
          collectSelectorNames(selector, !module, locals, globals);
        },
      },
    });
  } catch (error) {
    const { loc, message } = error as {
      loc?: { line: number; column: number };
      message?: string;
    };
    const at = loc ? `:${String(loc.line)}:${String(loc.column)}` : "";
    throw new Error(`${filename}${at}: ${message ?? String(error)}`, {
      cause: error,
    });
  }
  // The exports add what is scoped outside selectors (keyframes); the selectors add classes of empty rules.
  for (const local of Object.keys(result.exports ?? {})) locals.add(local);
  return { locals: module ? [...locals] : [], globals: [...globals] };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The class inventory of every stylesheet under `dir` (`*.module.css` are CSS Modules), paths from `root`. */
export async function collectClassNames(
  root: string,
  dir: string,
): Promise<ClassInventory> {
  const modules: [string, string][] = [];
  const globals = new Set<string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith(".css")) continue;
    const path = join(entry.parentPath, entry.name);
    const file = posixPath(relative(root, path));
    const module = entry.name.endsWith(".module.css");
    const scan = scanStylesheet(await readFile(path, "utf8"), file, module);
    for (const local of scan.locals) modules.push([file, local]);
    for (const name of scan.globals) globals.add(name);
  }
  modules.sort(([fileA, localA], [fileB, localB]) =>
    fileA === fileB ? compare(localA, localB) : compare(fileA, fileB),
  );
  return { modules, globals: [...globals].sort(compare) };
}

/** `_` plus 5 base-36 characters of a hash of the module path and the local name: never 1–3 characters long. */
function hashedName(file: string, local: string): string {
  const digest = createHash("sha256").update(`${file}:${local}`).digest();
  return `_${(digest.readUInt32BE(0) % 36 ** 5).toString(36).padStart(5, "0")}`;
}

/**
 * A CSS Modules `generateScopedName` for the built site. Each class of `inventory.modules` gets, in the list's
 * order, the next short name (`a`, `b`, … `aa`, … at most 3 characters) that is not a global class, so the
 * client and server builds and every machine name them alike (the list is sorted). A class the list lacks (a
 * module added since it was read, or past the ~34,000 short names) gets `_` and 5 hash characters. Names like
 * `_paragraph_1fk0q_1` would appear on every element of every page; short ones keep the HTML, CSS and JS small.
 * Two classes that would share a name, or one that would take a global class's name, fail the build.
 */
export function createShortClassNames(
  root: string,
  inventory: ClassInventory = { modules: [], globals: [] },
): (local: string, file: string) => string {
  const globals = new Set(inventory.globals);
  const planned = new Map<string, string>();
  let next = 0;
  for (const [file, local] of inventory.modules) {
    const key = keyOf(file, local);
    if (planned.has(key)) continue;
    let name = shortClassName(next++);
    while (name !== undefined && reserved(name, globals))
      name = shortClassName(next++);
    if (name === undefined) break;
    planned.set(key, name);
  }
  const taken = new Map<string, string>(
    inventory.globals.map((name) => [name, `the global class .${name}`]),
  );
  return (local, file) => {
    const path = posixPath(relative(root, file.split("?")[0] ?? file));
    const name = planned.get(keyOf(path, local)) ?? hashedName(path, local);
    const id = `${path}:${local}`;
    const owner = taken.get(name);
    if (owner !== undefined && owner !== id)
      throw new Error(
        `CSS class names ${owner} and ${id} both shorten to ${name}: rename one`,
      );
    taken.set(name, id);
    return name;
  };
}

import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** One chunk of Vite's build manifest (`build.manifest`), as far as the prerender reads it. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** Vite's build manifest: chunks by source module (`src/routes/home.tsx`) or internal key (`_main-x.js`). */
export type BuildManifest = Record<string, ManifestChunk>;

/** What a prerendered page links besides the template: scripts to preload, stylesheets of its route. */
export interface PageAssets {
  /** Script files (`assets/x.js`) the page runs before it hydrates, other than the entry itself. */
  scripts: string[];
  /** Stylesheets (`assets/x.css`) of the page's route chunks, besides the template's own. */
  styles: string[];
}

/** Where `vite build` with `build.manifest: true` writes the manifest, relative to the output folder. */
export const MANIFEST_FILE = join(".vite", "manifest.json");

/** Reads the client build's manifest from `outDir`. */
export async function readBuildManifest(
  outDir: string,
): Promise<BuildManifest> {
  return JSON.parse(
    await readFile(join(outDir, MANIFEST_FILE), "utf8"),
  ) as BuildManifest;
}

function findEntry(manifest: BuildManifest): ManifestChunk {
  const entries = Object.values(manifest).filter((chunk) => chunk.isEntry);
  if (entries.length !== 1 || !entries[0])
    throw new Error(
      `The build manifest has ${String(entries.length)} entry chunks, expected 1`,
    );
  return entries[0];
}

/**
 * The scripts and stylesheets a page needs before it hydrates: the entry's static imports (the entry itself is
 * loaded by the template), and for each lazy route module the page matched, its chunk and that chunk's static
 * imports (minus what the entry already loads). Each file once, in load order.
 * @param modules source modules of the page's lazy routes, as Vite's manifest keys them (`src/routes/home.tsx`)
 * @throws when a module is not in the manifest (a route names a module the build did not split out)
 */
export function getPageAssets(
  manifest: BuildManifest,
  modules: readonly string[],
): PageAssets {
  const entry = findEntry(manifest);
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const loadedByEntry = new Set<string>([entry.file]);
  const visit = (
    key: string,
    into: Set<string>,
    css: Set<string> | null,
  ): void => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not a chunk of the build manifest`);
    if (loadedByEntry.has(chunk.file) || into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const file of chunk.css ?? []) css?.add(file);
    for (const imported of chunk.imports ?? []) visit(imported, into, css);
  };
  // The entry's own static imports (the main chunk, the bundler's runtime): preloaded, their CSS is in the template.
  const entryImports = new Set<string>();
  for (const imported of entry.imports ?? [])
    visit(imported, entryImports, null);
  for (const file of entryImports) {
    scripts.add(file);
    loadedByEntry.add(file);
  }
  for (const module of modules) visit(module, scripts, styles);
  return { scripts: [...scripts], styles: [...styles] };
}

import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Raw and gzip sizes of one file, in bytes. */
export interface FileWeight {
  raw: number;
  gzip: number;
}

/** Raw and gzip size of a file (gzip at the default level, as a static host compresses on the fly). */
export async function weighFile(path: string): Promise<FileWeight> {
  const bytes = await readFile(path);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** Total bytes and number of files under `dir`. */
export async function measureTree(
  dir: string,
): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

/** The site-relative path of the entry script a built page loads (`assets/index-….js`), at base path `/`. */
export function findEntryScript(html: string): string {
  // Either a plain module script or the inline head script that imports it (tooling/optimize-template.ts).
  const src =
    /(?:<script type="module"[^>]*\bsrc=|\bimport\()"\/?([^"]+\.js)"/.exec(
      html,
    )?.[1];
  if (src === undefined) throw new Error("the page has no module script");
  return src;
}

/**
 * Every script a built page loads before it is interactive, site-relative: the entry its head script imports,
 * then each module the script preloads (`<link rel="modulepreload">`: its route chunk, the vendor chunk…).
 */
export function findPageScripts(html: string): string[] {
  const named = [
    ...html.matchAll(/<link rel="modulepreload" href="\/?([^"]+)"/g),
  ].map(([, path]) => path ?? "");
  return [findEntryScript(html), ...named];
}

/** Formats bytes as `12.3 KB` (1 KB = 1000 bytes, as Lighthouse reports). */
export function formatBytes(bytes: number): string {
  if (Math.abs(bytes) < 1000) return `${String(Math.round(bytes))} B`;
  if (Math.abs(bytes) < 1e6) return `${(bytes / 1e3).toFixed(1)} KB`;
  if (Math.abs(bytes) < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

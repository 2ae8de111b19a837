import type { Plugin } from "vite";

/** What `createEntryChunk` gives a client build: a plugin to add, and a code-splitting group to use. */
export interface EntryChunk {
  plugin: Plugin;
  group: { name: string; test: (id: string) => boolean };
}

/** Every module reachable from `entry` by static imports, the entry itself left out. */
export function collectStaticGraph(
  entry: string,
  importsOf: (id: string) => readonly string[],
): Set<string> {
  const graph = new Set<string>();
  const queue = [entry];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (graph.has(id)) continue;
    graph.add(id);
    queue.push(...importsOf(id));
  }
  graph.delete(entry);
  return graph;
}

/**
 * Puts everything a page loads before it is interactive (React, React Router and the app's own static imports)
 * in one chunk, named `name`: the bundler would otherwise split out every module that a lazy chunk shares
 * with the entry, and a first view would download several small files that compress worse than one (measured:
 * 1.3 KB gzip more for an article; ADR 0014). The entry module stays outside, so the entry chunk is a few
 * bytes that import this one. The module graph is read when the build ends, before chunks are made.
 * @param entryFile path of the entry module, as the end of its id (`src/entry-client.tsx`)
 */
export function createEntryChunk(entryFile: string, name = "main"): EntryChunk {
  let graph = new Set<string>();
  return {
    plugin: {
      name: "broadsheet:entry-chunk",
      apply: "build",
      buildEnd() {
        const entry = [...this.getModuleIds()].find((id) =>
          id.endsWith(entryFile),
        );
        if (entry === undefined)
          throw new Error(`The build has no module ${entryFile}`);
        graph = collectStaticGraph(
          entry,
          (id) => this.getModuleInfo(id)?.importedIds ?? [],
        );
      },
    },
    group: { name, test: (id) => graph.has(id) },
  };
}

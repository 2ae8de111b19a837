/**
 * The shape of the static search index and how a query term finds its one shard. Pure: the build writes these
 * files (`tooling/search-index.ts`), the browser reads them (`src/search-engine.ts`).
 * Scheme (docs/decisions/0012-search-index-shards.md): terms are split into shards by their leading characters,
 * and a shard that grows too large is split again by the next character, so every shard stays small. Postings
 * are integers: an article's position in the list (its list page holds slug and title) and a paragraph index.
 */

/** `data/search/index.json`: which prefixes have a shard. */
export interface SearchManifest {
  v: 2;
  /** Prefix → shard number; that shard holds every term starting with the prefix. */
  leaves: Record<string, number>;
  /** Prefix → shard number, for prefixes split further: the shard holds the term equal to the prefix and the
   * prefix's most frequent completions (what a query as short as the prefix can use). */
  nodes: Record<string, number>;
}

/** `data/search/<n>.json`: the postings of the shard's terms. */
export interface SearchShard {
  /** Term → flat postings [article, paragraph, weight, article, paragraph, weight, …], best first. `article` is
   * the 0-based position in the article list, `paragraph` the 1-based paragraph index (0: the title). */
  terms: Record<string, number[]>;
}

/** Path of the manifest, relative to the site root. */
export const SEARCH_MANIFEST_PATH = "data/search/index.json";

/**
 * Path of a shard file, relative to the site root.
 * @example getSearchShardPath(3) // "data/search/3.json"
 */
export function getSearchShardPath(shard: number): string {
  return `data/search/${String(shard)}.json`;
}

/**
 * The one shard that can hold `term`, its prefix completions and its typos after the shard's prefix, or null for
 * an empty index. A query of n terms therefore never loads more than n shards.
 * @example getShardForTerm({ v: 2, leaves: { a: 0, b: 1 }, nodes: { "": 2 } }, "bread") // 1
 */
export function getShardForTerm(
  manifest: SearchManifest,
  term: string,
): number | null {
  const chars = Array.from(term);
  for (let length = chars.length; length >= 0; length -= 1) {
    const prefix = chars.slice(0, length).join("");
    // Own keys only: a term such as "constructor" must not find Object.prototype.
    if (Object.hasOwn(manifest.leaves, prefix))
      return manifest.leaves[prefix] ?? null;
    if (Object.hasOwn(manifest.nodes, prefix))
      return manifest.nodes[prefix] ?? null;
  }
  return null;
}

/** Where an article at list position `article` is found: list page (1-based) and index within it. */
export function getListPosition(
  article: number,
  pageSize: number,
): { page: number; index: number } {
  return {
    page: Math.floor(article / pageSize) + 1,
    index: article % pageSize,
  };
}

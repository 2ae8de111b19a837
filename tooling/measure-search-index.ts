import { gzipSync } from "node:zlib";
import type { Article } from "../src/content/article.ts";
import { parseArticle } from "../src/content/parse-article.ts";
import { SEARCH_MANIFEST_PATH } from "../src/content/search-index.ts";
import { isMainModule } from "./is-main-module.ts";
import { createSearchIndex } from "./search-index.ts";
import { createSyntheticSeeds } from "./synthetic-seeds.ts";

/** Sizes of one search index: the manifest, the largest shard and the total, raw and gzip, in bytes. */
export interface SearchIndexSizes {
  articles: number;
  shards: number;
  manifest: { raw: number; gzip: number };
  largestShard: { raw: number; gzip: number };
  medianShard: { raw: number; gzip: number };
  total: { raw: number; gzip: number };
}

/** Parses synthetic seeds into articles (throws on a parse failure: the generator is broken then). */
export function createSyntheticArticles(count: number): Article[] {
  return createSyntheticSeeds(count).map((text, n) => {
    const result = parseArticle(text, { file: `synthetic/${String(n)}.txt` });
    if (!result.ok)
      throw new Error(`synthetic seed ${String(n)} did not parse`);
    return result.article;
  });
}

const size = (json: string): { raw: number; gzip: number } => ({
  raw: Buffer.byteLength(json),
  gzip: gzipSync(json).length,
});

/** Measures the index the build would emit for these articles. */
export function measureSearchIndex(
  articles: readonly Article[],
): SearchIndexSizes {
  const files = createSearchIndex(articles);
  const shards = [...files]
    .filter(([path]) => path !== SEARCH_MANIFEST_PATH)
    .map(([, json]) => size(json));
  shards.sort((a, b) => a.raw - b.raw);
  const zero = { raw: 0, gzip: 0 };
  return {
    articles: articles.length,
    shards: shards.length,
    manifest: size(files.get(SEARCH_MANIFEST_PATH) ?? ""),
    largestShard: shards.at(-1) ?? zero,
    medianShard: shards[Math.floor(shards.length / 2)] ?? zero,
    total: shards.reduce(
      (sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }),
      zero,
    ),
  };
}

// `npm run bench:search -- 1 1000 3000`: prints one JSON line per corpus size.
if (isMainModule(import.meta.url)) {
  const counts = process.argv.slice(2).map(Number);
  for (const count of counts.length > 0 ? counts : [1, 1000, 3000])
    console.log(
      JSON.stringify(measureSearchIndex(createSyntheticArticles(count))),
    );
}

import { describe, expect, it } from "vitest";
import type { Article } from "../src/content/article";
import { parseArticle } from "../src/content/parse-article";
import type { SearchManifest, SearchShard } from "../src/content/search-index";
import {
  getSearchShardPath,
  getShardForTerm,
  SEARCH_MANIFEST_PATH,
} from "../src/content/search-index";
import { searchShards } from "../src/content/search-query";
import { createSyntheticArticles } from "./measure-search-index";
import type { SearchIndexLimits } from "./search-index";
import { createSearchIndex } from "./search-index";

function parse(text: string): Article {
  const result = parseArticle(text, { file: "seeds/test.txt" });
  if (!result.ok) throw new Error("fixture does not parse");
  return result.article;
}

function read(files: ReadonlyMap<string, string>): {
  manifest: SearchManifest;
  shard: (n: number | null) => SearchShard | null;
} {
  const manifest = JSON.parse(
    files.get(SEARCH_MANIFEST_PATH) ?? "null",
  ) as SearchManifest;
  return {
    manifest,
    shard: (n) =>
      n === null
        ? null
        : (JSON.parse(
            files.get(getSearchShardPath(n)) ?? "null",
          ) as SearchShard),
  };
}

const search = (files: ReadonlyMap<string, string>, terms: string[]) => {
  const { manifest, shard } = read(files);
  return searchShards(
    terms,
    terms.map((term) => shard(getShardForTerm(manifest, term))),
  );
};

const story = parse(
  [
    "Rebels break the siege of Aleppo",
    "",
    "Fighters opened a corridor into the city on Saturday.",
    "",
    '"We will hold it," said Nadia Karam, a commander.',
  ].join("\n"),
);
const other = parse("A quiet day in Damascus\n\nNothing happened at all.");

describe("createSearchIndex", () => {
  it("indexes titles, paragraphs and speakers by list position and paragraph index", () => {
    const files = createSearchIndex([other, story]);
    expect(search(files, ["aleppo"])).toEqual([
      expect.objectContaining({ article: 1, paragraph: 0 }),
    ]);
    expect(search(files, ["corridor"])).toEqual([
      expect.objectContaining({ article: 1, paragraph: 1 }),
    ]);
    expect(search(files, ["karam"])).toEqual([
      expect.objectContaining({ article: 1, paragraph: 2 }),
    ]);
  });

  it("finds a typo and a prefix", () => {
    const files = createSearchIndex([story]);
    expect(search(files, ["coridor"]).at(0)?.terms).toEqual(["corridor"]);
    expect(search(files, ["damas"])).toEqual([]);
    expect(search(createSearchIndex([other]), ["damas"]).at(0)?.terms).toEqual([
      "damascus",
    ]);
  });

  it("emits only a manifest for an empty site", () => {
    const files = createSearchIndex([]);
    expect([...files.keys()]).toEqual([
      getSearchShardPath(0),
      SEARCH_MANIFEST_PATH,
    ]);
    expect(search(files, ["anything"])).toEqual([]);
  });
});

describe("createSearchIndex at scale", () => {
  // Small limits force the splitting a large archive needs, on a corpus small enough for a unit test.
  const limits: SearchIndexLimits = {
    maxPostings: 8,
    maxShardBytes: 2_000,
    maxCompletions: 4,
  };
  const articles = createSyntheticArticles(60);
  const files = createSearchIndex(articles, limits);
  const { manifest, shard } = read(files);

  it("splits the index into many shards, each within its bound", () => {
    const sizes = [...files]
      .filter(([path]) => path !== SEARCH_MANIFEST_PATH)
      .map(([, json]) => json.length);
    expect(sizes.length).toBeGreaterThan(20);
    // A single term or a split prefix's own shard may pass maxShardBytes, but never by more than these bounds.
    const singleTerm = limits.maxPostings * 3 * 8 + 64;
    const bound = Math.max(
      limits.maxShardBytes,
      (limits.maxCompletions + 1) * singleTerm,
    );
    for (const size of sizes) expect(size).toBeLessThanOrEqual(bound);
  });

  it("routes every indexed term to the one shard that holds it", () => {
    for (const leaf of Object.values(manifest.leaves)) {
      for (const term of Object.keys(shard(leaf)?.terms ?? {}))
        expect(getShardForTerm(manifest, term)).toBe(leaf);
    }
  });

  it("still finds an article by a word only its title has", () => {
    // Synthetic titles read "Story <n>: …", so "43" names article 42 (0-based) alone.
    expect(search(files, ["43"]).at(0)).toEqual(
      expect.objectContaining({ article: 42, paragraph: 0 }),
    );
  });
});

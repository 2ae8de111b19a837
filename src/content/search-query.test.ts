import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { SearchManifest, SearchShard } from "./search-index";
import { getListPosition, getShardForTerm } from "./search-index";
import {
  getEditDistance,
  getMatchQuality,
  getMaxTypos,
  searchShards,
} from "./search-query";

const word = fc.string({
  unit: fc.constantFrom("a", "b", "c", "é", "ح"),
  maxLength: 10,
});

describe("getEditDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(getEditDistance("asad", "assad", 2)).toBe(1);
    expect(getEditDistance("artilery", "artillery", 2)).toBe(1);
    expect(getEditDistance("kitten", "sitting", 3)).toBe(3);
  });

  it("gives up past the maximum", () => {
    expect(getEditDistance("aleppo", "damascus", 2)).toBe(3);
  });

  test.prop([word, word, fc.integer({ min: 0, max: 3 })])(
    "is symmetric, zero only for equal words, and capped at max + 1",
    (a, b, max) => {
      const distance = getEditDistance(a, b, max);
      expect(getEditDistance(b, a, max)).toBe(distance);
      expect(distance === 0).toBe(a === b);
      expect(distance).toBeLessThanOrEqual(max + 1);
    },
  );
});

describe("getMatchQuality", () => {
  it("ranks an exact word over a completion over a typo", () => {
    const exact = getMatchQuality("aleppo", "aleppo");
    const prefix = getMatchQuality("alep", "aleppo");
    const typo = getMatchQuality("alepo", "aleppo");
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(typo);
    expect(typo).toBeGreaterThan(0);
  });

  it("tolerates no typo in a short word", () => {
    expect(getMaxTypos("war")).toBe(0);
    expect(getMatchQuality("war", "was")).toBe(0);
  });
});

// Articles 0 and 1; paragraph 0 is a title.
const shard: SearchShard = {
  terms: {
    aleppo: [0, 0, 90, 1, 3, 40],
    assad: [0, 2, 50],
    siege: [1, 3, 30],
  },
};

describe("searchShards", () => {
  it("finds a misspelt word and reports the word it matched", () => {
    expect(searchShards(["asad"], [shard])).toEqual([
      expect.objectContaining({ article: 0, paragraph: 2, terms: ["assad"] }),
    ]);
  });

  it("ranks a document matching more of the query first", () => {
    const hits = searchShards(["aleppo", "siege"], [shard, shard]);
    expect(hits.map(({ article, paragraph }) => [article, paragraph])).toEqual([
      [1, 3],
      [0, 0],
    ]);
  });

  it("matches prefixes as the reader types", () => {
    expect(searchShards(["ale"], [shard]).map(({ terms }) => terms)).toEqual([
      ["aleppo"],
      ["aleppo"],
    ]);
  });

  it("finds nothing for a term without a shard, and respects the limit", () => {
    expect(searchShards(["aleppo"], [null])).toEqual([]);
    expect(searchShards(["aleppo"], [shard], 1)).toHaveLength(1);
  });
});

describe("getShardForTerm", () => {
  const manifest: SearchManifest = {
    v: 2,
    leaves: { b: 1, ab: 2 },
    nodes: { "": 0, a: 3 },
  };

  it("picks the leaf under the longest known prefix", () => {
    expect(getShardForTerm(manifest, "bread")).toBe(1);
    expect(getShardForTerm(manifest, "abbey")).toBe(2);
  });

  it("uses a split prefix's own shard for a query as short as the prefix", () => {
    expect(getShardForTerm(manifest, "a")).toBe(3);
    expect(getShardForTerm(manifest, "zebra")).toBe(0);
  });

  it("never finds Object.prototype members", () => {
    const empty: SearchManifest = { v: 2, leaves: {}, nodes: {} };
    expect(getShardForTerm(empty, "constructor")).toBeNull();
    expect(getShardForTerm(empty, "__proto__")).toBeNull();
  });

  test.prop([fc.array(word, { maxLength: 8 })])(
    "loads at most one shard per query term, always one the manifest names",
    (terms) => {
      const named = new Set([
        ...Object.values(manifest.leaves),
        ...Object.values(manifest.nodes),
      ]);
      const shards = terms.map((term) => getShardForTerm(manifest, term));
      expect(new Set(shards).size).toBeLessThanOrEqual(terms.length);
      for (const shardNumber of shards)
        expect(named.has(shardNumber ?? -1)).toBe(true);
    },
  );
});

describe("getListPosition", () => {
  test.prop([fc.nat(1_000_000), fc.integer({ min: 1, max: 100 })])(
    "finds the list page and index that hold an article",
    (article, pageSize) => {
      const { page, index } = getListPosition(article, pageSize);
      expect((page - 1) * pageSize + index).toBe(article);
      expect(index).toBeLessThan(pageSize);
    },
  );
});

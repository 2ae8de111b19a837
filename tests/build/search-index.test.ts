import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type {
  SearchManifest,
  SearchShard,
} from "../../src/content/search-index";
import {
  getSearchShardPath,
  getShardForTerm,
  SEARCH_MANIFEST_PATH,
} from "../../src/content/search-index";
import { SEARCH_LIMITS } from "../../tooling/search-index";
import { listFiles } from "./site-files";

const outDir = inject("outDir");

const readJson = async <T>(path: string): Promise<T> =>
  JSON.parse(await readFile(join(outDir, path), "utf8")) as T;

describe("the search index in dist/", () => {
  let files: string[];
  let manifest: SearchManifest;
  beforeAll(async () => {
    files = await listFiles(outDir);
    manifest = await readJson<SearchManifest>(SEARCH_MANIFEST_PATH);
  });

  it("emits the manifest and exactly the shards it names", () => {
    const named = [
      ...Object.values(manifest.leaves),
      ...Object.values(manifest.nodes),
    ].map(getSearchShardPath);
    expect(named.length).toBeGreaterThan(0);
    expect(
      files.filter(
        (file) =>
          file.startsWith("data/search/") && file !== SEARCH_MANIFEST_PATH,
      ),
    ).toEqual([...named].sort());
  });

  it("keeps every shard under the size limit", async () => {
    const shards = [
      ...Object.values(manifest.leaves),
      ...Object.values(manifest.nodes),
    ].map(getSearchShardPath);
    for (const path of shards) {
      const json = await readFile(join(outDir, path), "utf8");
      expect(json.length).toBeLessThanOrEqual(SEARCH_LIMITS.maxShardBytes);
    }
  });

  it("routes every term of a leaf shard back to that shard", async () => {
    for (const shard of Object.values(manifest.leaves)) {
      const { terms } = await readJson<SearchShard>(getSearchShardPath(shard));
      for (const term of Object.keys(terms))
        expect(getShardForTerm(manifest, term)).toBe(shard);
    }
  });

  it("indexes the story's words, its title and who is quoted", async () => {
    for (const term of ["artillery", "aleppo", "hamdaniyeh", "karam"]) {
      const shard = getShardForTerm(manifest, term);
      expect(shard).not.toBeNull();
      const { terms } = await readJson<SearchShard>(
        getSearchShardPath(shard ?? -1),
      );
      expect(Object.keys(terms)).toContain(term);
    }
  });
});

describe("search/index.html", () => {
  it("is prerendered with the search form and a no-JS way to the article list", async () => {
    const html = await readFile(join(outDir, "search/index.html"), "utf8");
    expect(html).toMatch(/<h1[^>]*>Search<\/h1>/);
    const form = /<form role="search"[^>]*>/.exec(html)?.[0] ?? "";
    expect(form).toContain('action="/search/"');
    expect(form).toContain('method="get"');
    expect(/<input id="search"[^>]*>/.exec(html)?.[0]).toContain('name="q"');
    expect(html).toMatch(
      /<noscript>.*<a href="\/"[^>]*>front page<\/a>.*<\/noscript>/s,
    );
  });
});

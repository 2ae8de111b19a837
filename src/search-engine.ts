import type { ArticleData, ArticleListPage } from "./content/article";
import type { ContentSource } from "./content/content-source";
import { getArticlePath, LIST_PAGE_SIZE } from "./content/data-paths";
import { clipAroundMatch, markMatches } from "./content/mark-matches";
import type { SearchManifest, SearchShard } from "./content/search-index";
import {
  getListPosition,
  getSearchShardPath,
  getShardForTerm,
  SEARCH_MANIFEST_PATH,
} from "./content/search-index";
import { searchShards } from "./content/search-query";
import { getQueryTerms } from "./content/search-text";
import type { SearchResult } from "./content/search-result";
import { getSegmentsText } from "./content/segment-paragraph";

/** Runs queries against the static index. */
export interface SearchEngine {
  search(query: string): Promise<SearchResult[]>;
}

/** Where the index lives and how to read articles. */
export interface SearchEngineOptions {
  /** The site's base URL with its trailing slash. */
  baseUrl: string;
  /** Content hash of the build (`?v=`), like the other data files. */
  version: string;
  /** Reads list pages (slug and title of a hit) and articles (its paragraph). */
  source: ContentSource;
  fetch?: typeof fetch;
  /** Results per query. */
  limit?: number;
}

// A failed load is forgotten, so the next query tries again instead of failing forever.
function memo<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key) => {
    const cached = cache.get(key);
    if (cached) return cached;
    const promise = load(key);
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
    return promise;
  };
}

/**
 * A search engine over the build's `data/search/` files: per query it reads the manifest once, at most one shard
 * per query term, and the list pages and articles of the hits it shows.
 */
export function createSearchEngine({
  baseUrl,
  version,
  source,
  fetch: fetchImpl = fetch,
  limit = 10,
}: SearchEngineOptions): SearchEngine {
  async function loadJson<T>(path: string): Promise<T> {
    const response = await fetchImpl(
      `${baseUrl}${path}?v=${encodeURIComponent(version)}`,
    );
    if (!response.ok)
      throw new Error(
        `Could not load ${path}: HTTP ${String(response.status)}`,
      );
    return (await response.json()) as T;
  }
  const loadManifest = memo(() =>
    loadJson<SearchManifest>(SEARCH_MANIFEST_PATH),
  );
  const loadShard = memo((shard: number) =>
    loadJson<SearchShard>(getSearchShardPath(shard)),
  );
  const loadListPage = memo((page: number) => source.loadListPage(page));
  const loadArticle = memo((slug: string) => source.loadArticle(slug));

  async function toResult(
    article: number,
    paragraphIndex: number,
    terms: string[],
  ): Promise<SearchResult | null> {
    const { page, index } = getListPosition(article, LIST_PAGE_SIZE);
    const listPage: ArticleListPage | null = await loadListPage(page);
    const summary = listPage?.articles[index];
    if (!summary) return null;
    const data: ArticleData | null =
      paragraphIndex === 0 ? null : await loadArticle(summary.slug);
    const paragraph = data?.paragraphs.find((p) => p.index === paragraphIndex);
    const text = paragraph
      ? getSegmentsText(paragraph.segments)
      : summary.excerpt;
    return {
      key: `${summary.slug}#${paragraph?.id ?? ""}`,
      title: markMatches(summary.title, terms),
      snippet: clipAroundMatch(markMatches(text, terms)),
      lang: summary.lang,
      path: `${getArticlePath(summary.slug)}${paragraph ? `#${paragraph.id}` : ""}`,
    };
  }

  return {
    async search(query) {
      const terms = getQueryTerms(query);
      if (terms.length === 0) return [];
      const manifest = await loadManifest(undefined);
      const shards = await Promise.all(
        terms.map((term) => {
          const shard = getShardForTerm(manifest, term);
          return shard === null ? Promise.resolve(null) : loadShard(shard);
        }),
      );
      const hits = searchShards(terms, shards, limit);
      const results = await Promise.all(
        hits.map((hit) => toResult(hit.article, hit.paragraph, hit.terms)),
      );
      return results.filter((result) => result !== null);
    },
  };
}

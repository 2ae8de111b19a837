import type { Article } from "../src/content/article.ts";
import type {
  SearchManifest,
  SearchShard,
} from "../src/content/search-index.ts";
import {
  getSearchShardPath,
  SEARCH_MANIFEST_PATH,
} from "../src/content/search-index.ts";
import { tokenize } from "../src/content/search-text.ts";

/** Limits that keep every shard small whatever the size of the archive (see ADR 0012). */
export interface SearchIndexLimits {
  /** Postings kept per term, best first: a word in every article still costs a bounded amount. */
  maxPostings: number;
  /** A shard above this many bytes of JSON is split by the next character of its terms. */
  maxShardBytes: number;
  /** Completions a split prefix keeps in its own shard, for queries as short as the prefix. */
  maxCompletions: number;
}

/** The limits the site is built with. */
export const SEARCH_LIMITS: SearchIndexLimits = {
  maxPostings: 48,
  maxShardBytes: 32_000,
  maxCompletions: 16,
};

// Field weights: a word in the title says more than one in the text; a speaker's name is what readers look for.
const TITLE_BOOST = 3;
const SPEAKER_BOOST = 2;

interface Doc {
  /** Position of the article in the list. */
  article: number;
  /** 1-based paragraph index; 0 for the title. */
  paragraph: number;
  /** Term → boosted frequency. */
  terms: Map<string, number>;
  length: number;
}

interface TermEntry {
  term: string;
  /** [doc index into the global doc list, weight] best first. */
  postings: [number, number][];
  /** How many documents contain the term (before the postings were cut): ranks completions. */
  df: number;
}

function addTerms(
  into: Map<string, number>,
  text: string,
  boost: number,
): number {
  const tokens = tokenize(text);
  for (const { term } of tokens) into.set(term, (into.get(term) ?? 0) + boost);
  return tokens.length;
}

function collectDocs(articles: readonly Article[]): Doc[] {
  const docs: Doc[] = [];
  articles.forEach((article, position) => {
    const title = new Map<string, number>();
    docs.push({
      article: position,
      paragraph: 0,
      terms: title,
      length: addTerms(title, article.title, TITLE_BOOST),
    });
    for (const paragraph of article.paragraphs) {
      const terms = new Map<string, number>();
      let length = addTerms(terms, paragraph.text, 1);
      for (const speaker of paragraph.speakers)
        length += addTerms(terms, speaker, SPEAKER_BOOST);
      docs.push({
        article: position,
        paragraph: paragraph.index,
        terms,
        length,
      });
    }
  });
  return docs;
}

// BM25 (k1 = 1.2, b = 0.75), scaled to small integers so the JSON stays short.
function weighTerms(docs: readonly Doc[], maxPostings: number): TermEntry[] {
  const averageLength =
    docs.reduce((sum, doc) => sum + doc.length, 0) / Math.max(1, docs.length);
  const byTerm = new Map<string, [number, number][]>();
  docs.forEach((doc, index) => {
    const norm =
      1.2 * (0.25 + (0.75 * doc.length) / Math.max(1, averageLength));
    for (const [term, tf] of doc.terms) {
      const list = byTerm.get(term) ?? [];
      list.push([index, tf / (tf + norm)]);
      byTerm.set(term, list);
    }
  });
  const entries: TermEntry[] = [];
  for (const [term, list] of byTerm) {
    const df = list.length;
    const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
    const postings = list
      .map(([doc, saturation]): [number, number] => [
        doc,
        Math.max(1, Math.round(100 * saturation * idf)),
      ])
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, maxPostings);
    entries.push({ term, postings, df });
  }
  return entries.sort((a, b) =>
    a.term < b.term ? -1 : a.term > b.term ? 1 : 0,
  );
}

function toShard(
  entries: readonly TermEntry[],
  docs: readonly Doc[],
): SearchShard {
  const shard: SearchShard = { terms: {} };
  for (const { term, postings } of entries) {
    const flat: number[] = [];
    for (const [docIndex, weight] of postings) {
      const doc = docs[docIndex];
      if (doc) flat.push(doc.article, doc.paragraph, weight);
    }
    shard.terms[term] = flat;
  }
  return shard;
}

const firstChars = (term: string, count: number): string =>
  Array.from(term).slice(0, count).join("");

/**
 * Builds the search index files of a site, `articles` in the order of the article list (postings name an
 * article by its list position): `data/search/index.json` (the manifest) and `data/search/<n>.json`
 * (shards), as path → JSON text. Every shard stays under `limits.maxShardBytes`, except a shard of a single term
 * (bounded by `limits.maxPostings`) or a split prefix's own shard (bounded by `limits.maxCompletions`).
 * @example createSearchIndex(articles).get("data/search/index.json")
 */
export function createSearchIndex(
  articles: readonly Article[],
  limits: SearchIndexLimits = SEARCH_LIMITS,
): Map<string, string> {
  const docs = collectDocs(articles);
  const entries = weighTerms(docs, limits.maxPostings);
  const manifest: SearchManifest = { v: 2, leaves: {}, nodes: {} };
  const files = new Map<string, string>();
  const emit = (entriesOfShard: readonly TermEntry[]): number => {
    const number = files.size;
    files.set(
      getSearchShardPath(number),
      JSON.stringify(toShard(entriesOfShard, docs)),
    );
    return number;
  };

  const split = (
    prefix: string,
    depth: number,
    group: readonly TermEntry[],
  ): void => {
    const json = JSON.stringify(toShard(group, docs));
    if (group.length <= 1 || json.length <= limits.maxShardBytes) {
      manifest.leaves[prefix] = emit(group);
      return;
    }
    const own = group.filter(({ term }) => term === prefix);
    const completions = group
      .filter(({ term }) => term !== prefix)
      .sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1))
      .slice(0, limits.maxCompletions);
    manifest.nodes[prefix] = emit([...own, ...completions]);
    const children = new Map<string, TermEntry[]>();
    for (const entry of group) {
      if (entry.term === prefix) continue;
      const key = firstChars(entry.term, depth + 1);
      const child = children.get(key) ?? [];
      child.push(entry);
      children.set(key, child);
    }
    for (const [key, child] of children) split(key, depth + 1, child);
  };
  split("", 0, entries);
  files.set(SEARCH_MANIFEST_PATH, JSON.stringify(manifest));
  return files;
}

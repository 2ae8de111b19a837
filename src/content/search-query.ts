import type { SearchShard } from "./search-index";

/** One paragraph (or title) that matches a query, best first. */
export interface SearchHit {
  /** 0-based position of the article in the article list. */
  article: number;
  /** 1-based paragraph index, or 0 when the title matched. */
  paragraph: number;
  score: number;
  /** Index terms that matched (exactly, as a prefix or with a typo): the words to mark. */
  terms: string[];
}

const EXACT = 1;
const PREFIX = 0.6;
const FUZZY = 0.4;

/** Typos tolerated: none for short words (too many false friends), 1 from 4 letters, 2 from 8. */
export function getMaxTypos(term: string): number {
  const length = Array.from(term).length;
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * Levenshtein distance between a and b, or `max + 1` as soon as it must exceed `max` (cheap rejection).
 * @example getEditDistance("asad", "assad", 2) // 1
 */
export function getEditDistance(a: string, b: string, max: number): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[y.length] ?? max + 1, max + 1);
}

/** How well index term `candidate` matches query term `term`: 1 exact, less for a prefix or a typo, 0 not at all. */
export function getMatchQuality(term: string, candidate: string): number {
  if (candidate === term) return EXACT;
  if (candidate.startsWith(term)) return PREFIX;
  const max = getMaxTypos(term);
  if (max === 0) return 0;
  const distance = getEditDistance(term, candidate, max);
  return distance <= max ? FUZZY * (1 - distance / (max + 1)) : 0;
}

interface Tally {
  article: number;
  paragraph: number;
  score: number;
  matchedTerms: number;
  terms: Set<string>;
}

/**
 * Ranks documents for the query terms, each looked up in its own shard (`shards[i]` for `terms[i]`, null when the
 * index has none). A document matching more of the query terms ranks first; then by summed weight.
 * @example searchShards(["asad"], [shard]).at(0)?.terms // ["assad"]
 */
export function searchShards(
  terms: readonly string[],
  shards: readonly (SearchShard | null)[],
  limit = 20,
): SearchHit[] {
  const tallies = new Map<string, Tally>();
  terms.forEach((term, index) => {
    const shard = shards[index];
    if (!shard) return;
    const best = new Map<string, { score: number; terms: string[] }>();
    for (const [candidate, postings] of Object.entries(shard.terms)) {
      const quality = getMatchQuality(term, candidate);
      if (quality === 0) continue;
      for (let i = 0; i + 2 < postings.length; i += 3) {
        const key = `${String(postings[i])}:${String(postings[i + 1])}`;
        const score = quality * (postings[i + 2] ?? 0);
        const entry = best.get(key);
        if (!entry) best.set(key, { score, terms: [candidate] });
        else {
          entry.score = Math.max(entry.score, score);
          entry.terms.push(candidate);
        }
      }
    }
    for (const [key, { score, terms: matched }] of best) {
      const [article = 0, paragraph = 0] = key.split(":").map(Number);
      const tally = tallies.get(key) ?? {
        article,
        paragraph,
        score: 0,
        matchedTerms: 0,
        terms: new Set<string>(),
      };
      tally.score += score;
      tally.matchedTerms += 1;
      for (const matchedTerm of matched) tally.terms.add(matchedTerm);
      tallies.set(key, tally);
    }
  });
  return [...tallies.values()]
    .sort(
      (a, b) =>
        b.matchedTerms - a.matchedTerms ||
        b.score - a.score ||
        a.article - b.article ||
        a.paragraph - b.paragraph,
    )
    .slice(0, limit)
    .map(({ article, paragraph, score, terms: matched }) => ({
      article,
      paragraph,
      score,
      terms: [...matched],
    }));
}

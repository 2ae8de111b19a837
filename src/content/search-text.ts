/** Splitting text into search terms, the same way at build time and in the browser. Pure. */

/** One word of a text: its normalised search term and where it stands (UTF-16 offsets). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Words longer than this are not indexed (hashes, URLs run together): they only bloat the index. */
export const MAX_TERM_LENGTH = 32;

// Letters (any script), combining marks and digits; apostrophes inside a word keep it whole ("don't").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const MARKS = /[\p{M}'’]/gu;

/**
 * The search form of a word: lower case, diacritics and apostrophes removed, so "Élysée" finds "elysee".
 * @example normalizeTerm("Assad’s") // "assads"
 */
export function normalizeTerm(word: string): string {
  return word.normalize("NFKD").replace(MARKS, "").toLowerCase();
}

/**
 * Every word of `text` with its normalised term and offsets; `text.slice(start, end)` is the word as written.
 * @example tokenize("Hello, world")[1] // { term: "world", start: 7, end: 12 }
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = normalizeTerm(match[0]);
    if (term.length === 0 || term.length > MAX_TERM_LENGTH) continue;
    tokens.push({
      term,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/**
 * The distinct terms of a query, in order, at most `limit` of them (so a query loads a bounded number of shards).
 * @example getQueryTerms("Assad  assad rebels") // ["assad", "rebels"]
 */
export function getQueryTerms(query: string, limit = 8): string[] {
  return [...new Set(tokenize(query).map(({ term }) => term))].slice(0, limit);
}

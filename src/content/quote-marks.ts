/**
 * The quotation marks the engine knows, and how one occurrence in running text behaves: as an apostrophe or a
 * prime (never a quote), or as a mark that can open and/or close a quote. Pairing is left to `pair-quotes.ts`.
 */

/** How a mark can act, whatever its neighbours: only open (`„`), only close (`」`), or either (`"`, `»`). */
type MarkNature = "open" | "close" | "either";

interface MarkInfo {
  nature: MarkNature;
  /** Marks that close a quote this mark opened: mixed and wrong-direction pairs of real copy included. */
  closers: string;
  /** Single marks double as apostrophes, so an unclosed one is not trusted to run to the paragraph end. */
  single: boolean;
}

const mark = (
  nature: MarkNature,
  closers: string,
  single = false,
): MarkInfo => ({ nature, closers, single });

const MARKS: Readonly<Record<string, MarkInfo>> = {
  '"': mark("either", '"”“'),
  "＂": mark("either", '＂"”'),
  "“": mark("either", '”“"'),
  "”": mark("either", '”"'),
  "„": mark("open", '“”"'),
  "‟": mark("open", '”"'),
  "'": mark("either", "'’", true),
  "‘": mark("either", "’‘'", true),
  "’": mark("either", "’'", true),
  "‚": mark("open", "‘’'", true),
  "‛": mark("open", "’'", true),
  "«": mark("either", "»"),
  "»": mark("either", "«»"),
  "‹": mark("either", "›", true),
  "›": mark("either", "‹›", true),
  "「": mark("open", "」"),
  "」": mark("close", ""),
  "『": mark("open", "』"),
  "』": mark("close", ""),
  "〝": mark("open", "〞〟"),
  "〞": mark("close", ""),
  "〟": mark("close", ""),
};

/** Every character {@link getMarkInfo} knows, for a fast pre-scan. */
export const QUOTE_MARK = /["＂“”„‟'‘’‚‛«»‹›「」『』〝〞〟]/gu;

/** The behaviour of a quotation mark character, or undefined for any other character. */
export function getMarkInfo(char: string): MarkInfo | undefined {
  return MARKS[char];
}

/**
 * True when `closer` can end a quote opened with `opener`.
 * @example canCloseWith("„", "“") // true (German)
 */
export function canCloseWith(opener: string, closer: string): boolean {
  return MARKS[opener]?.closers.includes(closer) ?? false;
}

/** What sits next to a mark: nothing or whitespace, punctuation, or a letter/digit. */
type Side = "space" | "punct" | "word";

/** Whether a mark, by its neighbours, can open and/or close a quote (CommonMark's "flanking", simplified). */
export interface Flanking {
  canOpen: boolean;
  canClose: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

function sideOf(char: string): Side {
  if (char === "" || SPACE.test(char)) return "space";
  return WORD.test(char) ? "word" : "punct";
}

/**
 * Flanking of the mark at `index`: it can open when a non-space follows and no letter precedes, and close when a
 * non-space precedes and no letter follows. Guillemets look past one space on their inner side (`« mot »`).
 */
export function getFlanking(text: string, index: number): Flanking {
  const before = text.charAt(index - 1);
  const after = text.charAt(index + 1);
  const prev = sideOf(before);
  const next = sideOf(after);
  // French guillemets keep a space inside the marks (`« mot »`): look past it on the inner side.
  const guillemet = "«»‹›".includes(text.charAt(index));
  const innerNext =
    guillemet && SPACE.test(after) ? sideOf(text.charAt(index + 2)) : next;
  const innerPrev =
    guillemet && SPACE.test(before) ? sideOf(text.charAt(index - 2)) : prev;
  return {
    canOpen: innerNext !== "space" && prev !== "word",
    canClose: innerPrev !== "space" && next !== "word",
  };
}

// Elisions that start with an apostrophe: '90s, ’08, 'em, 'tis, 'twas, 'til, rock 'n' roll, 'cause.
const LEADING_ELISION =
  /^(?:\d\d(?!\d)|(?:em|tis|twas|til|n|cause|bout)(?![\p{L}\p{N}]))/u;
// Feet and inches: 6'1", 5’ 11”, 6' 2.5".
const FEET_BEFORE_INCHES = /\d['’′] ?\d+(?:\.\d+)?$/u;

/** What a quotation-mark character is doing at one place in the text. */
export type MarkUse = "apostrophe" | "prime" | "mark";

/**
 * Tells apostrophes (`it's`, `l'armée`, `'90s`, `‘90s`) and primes (`6'1"`, `37.5”` after a number) from marks
 * that may be quotation marks. A mark after a digit that could still close a quote is left to pairing.
 * @example getMarkUse("it's", 2) // "apostrophe"
 */
export function getMarkUse(text: string, index: number): MarkUse {
  const char = text.charAt(index);
  const before = text.charAt(index - 1);
  const after = text.charAt(index + 1);
  const wordBefore = WORD.test(before);
  const wordAfter = WORD.test(after);
  if ("'’‘‛".includes(char)) {
    if (/\d/u.test(before) && /\d/u.test(after)) return "prime";
    if (wordBefore && wordAfter) return "apostrophe";
    if (!wordBefore && LEADING_ELISION.test(text.slice(index + 1, index + 6)))
      return "apostrophe";
    return "mark";
  }
  if ('"”＂'.includes(char) && /\d/u.test(before)) {
    if (FEET_BEFORE_INCHES.test(text.slice(Math.max(0, index - 12), index)))
      return "prime";
    if (/\d/u.test(after)) return "prime";
  }
  return "mark";
}

/**
 * True when the mark sits between two letters or digits: Hebrew gershayim (`צה"ל`), a seconds mark in
 * coordinates (`46"N`). Such a mark may close an open quote but never opens one.
 * @example isInsideWord('צה"ל', 2) // true
 */
export function isInsideWord(text: string, index: number): boolean {
  return WORD.test(text.charAt(index - 1)) && WORD.test(text.charAt(index + 1));
}

import type { Flanking } from "./quote-marks";
import {
  canCloseWith,
  getFlanking,
  getMarkInfo,
  getMarkUse,
  isInsideWord,
  QUOTE_MARK,
} from "./quote-marks";
import { isAttributionWord } from "./reporting-words";

/** An opening mark matched with its closing mark (or with the paragraph end). Indices are into the text. */
export interface PairedQuote {
  /** Index of the opening mark; 0 for a quote carried over from the previous paragraph. */
  openIndex: number;
  /** The opening mark, or "" when the quote was opened in an earlier paragraph. */
  openMark: string;
  /** Index of the closing mark, or the text length when unclosed. */
  closeIndex: number;
  /** The closing mark, or "" when unclosed. */
  closeMark: string;
  /** Set when a quote with no closing mark is still complete (dash dialogue ends at an aside). */
  closed?: boolean;
}

interface Opener {
  index: number;
  mark: string;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Pairs the quotation marks of one paragraph with a stack, so nested quotes come out properly nested.
 * `carried` is the opening mark of a quote still open from the previous paragraph: it counts as open at
 * index 0 (use {@link pairQuotes} result's `carriedClosed` to know whether this paragraph closed it).
 * An unclosed double mark, guillemet or corner bracket runs to the end of the paragraph; an unclosed single
 * mark is taken for an apostrophe unless it opens the paragraph. Quotes holding no letter or digit are dropped.
 * @example pairQuotes('He said "hi".', null).quotes // [{ openIndex: 8, openMark: '"', closeIndex: 11, closeMark: '"' }]
 */
export function pairQuotes(
  text: string,
  carried: string | null,
): { quotes: PairedQuote[]; carriedClosed: boolean } {
  const stack: Opener[] =
    carried === null ? [] : [{ index: -1, mark: carried }];
  const quotes: PairedQuote[] = [];
  let carriedClosed = false;
  const positions = Array.from(
    text.matchAll(QUOTE_MARK),
    (match) => match.index,
  );
  // The last mark that could close a single quote: the possessive check only needs to know one is left.
  const lastSingleCloser =
    positions.findLast(
      (index) =>
        "'’".includes(text.charAt(index)) && getFlanking(text, index).canClose,
    ) ?? -1;
  for (const index of positions) {
    const char = text.charAt(index);
    const info = getMarkInfo(char);
    if (info === undefined || getMarkUse(text, index) !== "mark") continue;
    const flank = getFlanking(text, index);
    const target = findOpener(stack, char);
    const opener = target >= 0 ? stack[target] : undefined;
    if (
      opener !== undefined &&
      (flank.canClose || !flank.canOpen || info.nature === "close")
    ) {
      if (info.single && lastSingleCloser > index && isPossessive(text, index))
        continue;
      stack.length = target;
      if (opener.index < 0) carriedClosed = true;
      quotes.push({
        openIndex: Math.max(0, opener.index),
        openMark: opener.index < 0 ? "" : opener.mark,
        closeIndex: index,
        closeMark: char,
      });
    } else if (
      info.nature === "open" ||
      (info.nature === "either" && canOpen(text, index, flank))
    ) {
      // A mark that only opens („ 「) opens even between letters: CJK puts no space before it.
      stack.push({ index, mark: char });
    }
  }
  const unclosed = pickUnclosed(text, stack);
  if (unclosed !== undefined) quotes.push(unclosed);
  return {
    quotes: quotes
      .filter((quote) =>
        HAS_WORD.test(text.slice(quote.openIndex, quote.closeIndex)),
      )
      .sort(byPosition),
    carriedClosed,
  };
}

/** An ambiguous mark opens when it flanks a word on its right, or sits alone between spaces. */
function canOpen(text: string, index: number, flank: Flanking): boolean {
  return flank.canOpen || (!flank.canClose && !isInsideWord(text, index));
}

function findOpener(stack: readonly Opener[], closer: string): number {
  for (let level = stack.length - 1; level >= 0; level -= 1) {
    const opener = stack[level];
    if (opener !== undefined && canCloseWith(opener.mark, closer)) return level;
  }
  return -1;
}

/**
 * `the rebels' position`: a mark after a final s, followed by a lower-case word that is not an attribution
 * ("he said"), is a plural possessive when a later mark could still close the quote (the caller checks that).
 */
function isPossessive(text: string, index: number): boolean {
  if (!/s/iu.test(text.charAt(index - 1))) return false;
  const next = /^ (\p{Ll}+)/u.exec(text.slice(index + 1, index + 30));
  return next?.[1] !== undefined && !isAttributionWord(next[1]);
}

/** The outermost opener left on the stack that may run to the paragraph end, as an unclosed quote. */
function pickUnclosed(
  text: string,
  stack: readonly Opener[],
): PairedQuote | undefined {
  const start = text.length - text.trimStart().length;
  const opener = stack.find(
    (item) =>
      item.index >= 0 &&
      (!getMarkInfo(item.mark)?.single || item.index === start),
  );
  if (opener === undefined || stack.some((item) => item.index < 0))
    return undefined;
  return {
    openIndex: opener.index,
    openMark: opener.mark,
    closeIndex: text.length,
    closeMark: "",
  };
}

function byPosition(a: PairedQuote, b: PairedQuote): number {
  return a.openIndex - b.openIndex || b.closeIndex - a.closeIndex;
}

/**
 * Tokens of the text around quotes, for attribution: words, single punctuation characters, and one token
 * per quote (standing for the whole quote, marks included).
 */

/** One token of a scope of text (a paragraph, or the inside of a quote). */
export interface Token {
  kind: "word" | "punct" | "quote";
  /** The token as written; for a quote token, the quoted words without their marks. */
  text: string;
  /** Lower case, with ’ folded to ' so that word lists match. */
  lower: string;
  start: number;
  end: number;
  /** Index of the quote this token stands for in the scope's quote list, or -1. */
  quote: number;
}

/** The extent of a quote as tokenising needs it. */
export interface QuoteExtent {
  outerStart: number;
  outerEnd: number;
  start: number;
  end: number;
}

const TOKEN = /([\p{L}\p{N}\p{M}]+(?:[-‐'’.·][\p{L}\p{N}\p{M}]+)*)|(\S)/gu;

/**
 * Tokenises `text.slice(from, to)`, turning each of `quotes` (sorted, disjoint, inside the range) into one token.
 * @example tokenize('He said "hi".', 0, 13, [{ outerStart: 8, outerEnd: 12, start: 9, end: 11 }]).length // 4
 */
export function tokenize(
  text: string,
  from: number,
  to: number,
  quotes: readonly QuoteExtent[],
): Token[] {
  const tokens: Token[] = [];
  let position = from;
  quotes.forEach((quote, index) => {
    pushWords(tokens, text, position, quote.outerStart);
    const inner = text.slice(quote.start, quote.end);
    tokens.push({
      kind: "quote",
      text: inner,
      lower: fold(inner),
      start: quote.outerStart,
      end: quote.outerEnd,
      quote: index,
    });
    position = quote.outerEnd;
  });
  pushWords(tokens, text, position, to);
  return tokens;
}

function pushWords(
  tokens: Token[],
  text: string,
  from: number,
  to: number,
): void {
  if (to <= from) return;
  for (const match of text.slice(from, to).matchAll(TOKEN)) {
    const word = match[0];
    const start = from + match.index;
    const kind = match[1] === undefined ? "punct" : "word";
    tokens.push({
      kind,
      text: word,
      lower: fold(word),
      start,
      end: start + word.length,
      quote: -1,
    });
  }
}

function fold(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("’") ? lower.replaceAll("’", "'") : lower;
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st gen lt col sgt capt cmdr adm sen rep gov jr sr inc ltd co corp no vs etc jan feb mar apr
  jun jul aug sep sept oct nov dec mt ft approx dept est fig vol al op p pp`.split(
    /\s+/u,
  ),
);
const TERMINAL = new Set([".", "!", "?", "…", "。", "！", "？"]);

/**
 * True when the token at `index` ends a sentence: terminal punctuation not after an abbreviation or initial,
 * followed by the end of the scope or by something that can start a sentence (a capital, digit, quote).
 */
export function endsSentence(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.kind !== "punct" || !TERMINAL.has(token.text)) return false;
  const previous = tokens[index - 1];
  if (
    token.text === "." &&
    previous?.kind === "word" &&
    previous.end === token.start
  ) {
    if (
      ABBREVIATIONS.has(previous.lower) ||
      previous.text.includes(".") ||
      /^\p{Lu}$/u.test(previous.text)
    ) {
      return false;
    }
  }
  const next = tokens[index + 1];
  if (next === undefined) return true;
  if (next.kind === "punct") return !TERMINAL.has(next.text);
  return next.kind === "quote" || !/^\p{Ll}/u.test(next.text);
}

/** True for a word that starts with a capital letter or a letter of a script without case (Arabic, CJK…). */
export function isCapitalised(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.kind !== "punct" &&
    /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(token.text)
  );
}

/**
 * Text clean-up shared by the seed parser. Decision on spacing: tabs, no-break spaces (U+00A0, U+202F) and the
 * other Unicode space separators become one ordinary space, and runs of spaces collapse, so `Paragraph.text`
 * holds plain single spaces and every offset into it (quotes, segments) refers to that normalised text.
 * The ideographic space U+3000 is kept inside a line because CJK typography gives it meaning.
 */

// Horizontal spaces folded into " ": tab, VT, FF, NBSP, ogham, U+2000–U+200A, NNBSP, medium math space.
const SPACE_RUN = /[ \t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f]+/gu;
// CRLF, CR, LF, and the Unicode line and paragraph separators (NEL, U+2028, U+2029) that word processors leave.
const LINE_BREAK = /\r\n?|[\n\u0085\u2028\u2029]/u;
// Zero-width characters are listed one by one: in a character class ESLint reads ZWJ as joining its neighbours.
const BLANK = /^(?:\s|\u200b|\u200c|\u200d|\u2060)*$/u;

/**
 * Splits text into lines on CRLF, CR, LF (or NEL, U+2028, U+2029), after dropping one leading byte-order mark.
 * @example splitLines("\uFEFFa\r\nb\rc") // ["a", "b", "c"]
 */
export function splitLines(text: string): string[] {
  const body = text.startsWith("\ufeff") ? text.slice(1) : text;
  return body.split(LINE_BREAK);
}

/**
 * True when a line holds nothing but whitespace (including no-break and zero-width spaces).
 * @example isBlankLine("\u00a0\t ") // true
 */
export function isBlankLine(line: string): boolean {
  return BLANK.test(line);
}

/**
 * Folds every run of horizontal space into one ordinary space and trims both ends.
 * @example normalizeSpaces("\tA\u00a0 b ") // "A b"
 */
export function normalizeSpaces(line: string): string {
  return line.replace(SPACE_RUN, " ").trim();
}

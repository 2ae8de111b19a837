/** Reading speed used for reading time: a common figure for adult silent reading of news prose. */
export const WORDS_PER_MINUTE = 230;
/** Target length of an excerpt, in UTF-16 code units, before the ellipsis. */
export const EXCERPT_LENGTH = 160;

// A word is a whitespace-separated token holding a letter or digit; each CJK ideograph or kana counts as one,
// since those scripts do not put spaces between words (the usual convention of word processors).
const TOKEN = /\S+/gu;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CJK_TEST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Counts the words of a text as a reader would: whitespace-separated tokens with a letter or digit in them,
 * plus one per CJK character.
 * @example countWords("It's a big slap — in the face") // 7
 */
export function countWords(text: string): number {
  let count = 0;
  // Fast path: without CJK characters a word is simply a token with a letter or digit.
  if (!CJK_TEST.test(text)) return countSpacedWords(text);
  for (const [token] of text.matchAll(TOKEN)) {
    const cjk = token.match(CJK_CHAR)?.length ?? 0;
    if (cjk > 0) {
      const rest = token.replace(CJK_CHAR, " ").trim();
      count += cjk + (rest === "" ? 0 : countWords(rest));
    } else if (HAS_WORD_CHAR.test(token)) {
      count += 1;
    }
  }
  return count;
}

/** Whitespace as JavaScript's `\s` knows it, by UTF-16 code unit. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Whitespace-separated tokens holding a letter or digit, in one pass over the code units (the hot path of
 * the build: every paragraph and every quote is counted). ASCII is tested by code; anything else by regex.
 */
function countSpacedWords(text: string): number {
  let count = 0;
  let hasWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      if (hasWord) count += 1;
      hasWord = false;
    } else if (!hasWord) {
      const lower = code | 32;
      hasWord =
        (code >= 48 && code <= 57) ||
        (lower >= 97 && lower <= 122) ||
        (code >= 0xaa &&
          HAS_WORD_CHAR.test(
            String.fromCodePoint(text.codePointAt(index) ?? code),
          ));
    }
  }
  return hasWord ? count + 1 : count;
}

/**
 * Whole minutes needed to read a number of words at {@link WORDS_PER_MINUTE}, never less than one.
 * @example getReadingMinutes(490) // 2
 */
export function getReadingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/**
 * A plain-text summary of about {@link EXCERPT_LENGTH} characters: the text itself when short enough, else cut
 * at the last word boundary before the limit (never inside a surrogate pair) and ended with "…".
 * @example getExcerpt("Short text.") // "Short text."
 */
export function getExcerpt(
  text: string,
  length: number = EXCERPT_LENGTH,
): string {
  if (text.length <= length) return text;
  const head = text.slice(0, length + 1);
  const space = head.lastIndexOf(" ");
  let cut = space > length / 2 ? space : length;
  // Never leave half of a surrogate pair at the cut.
  const before = text.charCodeAt(cut - 1);
  if (before >= 0xd800 && before <= 0xdbff) cut -= 1;
  const kept = text.slice(0, cut).replace(/[\s,;:.\-–—]+$/u, "");
  return `${kept}…`;
}

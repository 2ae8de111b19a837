import { isBlankLine, normalizeSpaces, splitLines } from "./normalize-text";

/** A run of consecutive non-blank lines of a seed. */
export interface TextBlock {
  /** The block's lines, space-normalised. */
  lines: string[];
  /** 1-based line number of the block's first line in the seed. */
  line: number;
  /** Number of blank lines between this block and the previous one (or the start of the file). */
  gap: number;
}

/**
 * Cuts seed text into blocks separated by one or more blank lines, keeping line numbers for error messages.
 * @example splitBlocks("Title\n\nOne\ntwo") // [{ lines: ["Title"], line: 1, gap: 0 }, { lines: ["One", "two"], line: 3, gap: 1 }]
 */
export function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lines = splitLines(text);
  let current: TextBlock | null = null;
  let gap = 0;
  for (const [index, raw] of lines.entries()) {
    if (isBlankLine(raw)) {
      current = null;
      gap += 1;
    } else if (current === null) {
      current = { lines: [normalizeSpaces(raw)], line: index + 1, gap };
      blocks.push(current);
      gap = 0;
    } else {
      current.lines.push(normalizeSpaces(raw));
    }
  }
  return blocks;
}

// Han, kana and Hangul are written without spaces between words: a line wrapped inside them joins with none.
const CJK_EDGE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Joins the lines of a wrapped paragraph: with a space, or with nothing after a word broken at a hyphen
 * (`well-` + `known`) and between two CJK characters.
 * @example joinWrappedLines(["a well-", "known fact"]) // "a well-known fact"
 */
export function joinWrappedLines(lines: readonly string[]): string {
  let text = "";
  for (const line of lines) {
    if (text === "") {
      text = line;
      continue;
    }
    const last = text.slice(-2);
    const brokenWord = /\p{L}-$/u.test(last) && /^\p{Ll}/u.test(line);
    const cjk =
      CJK_EDGE.test(text.slice(-1)) && CJK_EDGE.test(line.slice(0, 1));
    text += brokenWord || cjk ? line : ` ${line}`;
  }
  return text;
}

import type { Article, Paragraph, ParseError } from "./article";
import { detectArticleQuotes } from "./detect-article-quotes";
import { detectScript } from "./detect-script";
import { findInvalidUtf8, getLineOfOffset } from "./find-invalid-utf8";
import { createParagraphIds } from "./paragraph-ids";
import { segmentParagraph } from "./segment-paragraph";
import { slugify } from "./slugify";
import type { TextBlock } from "./split-blocks";
import { joinWrappedLines, splitBlocks } from "./split-blocks";
import { countWords, getExcerpt, getReadingMinutes } from "./text-stats";
import { getTypicalGap, isTrailingBoilerplate } from "./trailing-boilerplate";

/** Largest seed accepted, in bytes: far above any news story, low enough to keep a build fast. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;

/** The text of a seed file, or why its bytes cannot be one. */
export type DecodeSeedResult =
  { ok: true; text: string } | { ok: false; errors: ParseError[] };

/** An article, or every reason the text cannot be one. */
export type ParseArticleResult =
  { ok: true; article: Article } | { ok: false; errors: ParseError[] };

/**
 * Turns a seed file's bytes into text: rejects files over {@link MAX_SEED_BYTES}, NUL bytes (binary files) and
 * invalid UTF-8, each with the line where the problem starts; drops a UTF-8 byte-order mark.
 * @example decodeSeed(new TextEncoder().encode("Title\n\nBody."), "seeds/a.txt") // { ok: true, text: "Title\n\nBody." }
 */
export function decodeSeed(bytes: Uint8Array, file: string): DecodeSeedResult {
  const tooLarge = checkSeedSize(bytes.length, file);
  if (tooLarge !== null) return { ok: false, errors: [tooLarge] };
  const errors: ParseError[] = [];
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    errors.push({
      file,
      line: getLineOfOffset(bytes, nul),
      message: "contains a NUL byte (is this a binary file?)",
    });
  }
  let text = "";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = Math.max(0, findInvalidUtf8(bytes));
    errors.push({
      file,
      line: getLineOfOffset(bytes, offset),
      message: `is not valid UTF-8 (byte ${String(offset)}); save the file as UTF-8`,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, text };
}

/**
 * The error for a seed of `size` bytes over {@link MAX_SEED_BYTES}, or null: lets a reader refuse a huge file
 * before loading it.
 * @example checkSeedSize(6 * 1024 * 1024, "seeds/big.txt")?.message // "file is 6.0 MB, over the 5 MB limit for a seed"
 */
export function checkSeedSize(size: number, file: string): ParseError | null {
  if (size <= MAX_SEED_BYTES) return null;
  const megabytes = (size / (1024 * 1024)).toFixed(1);
  return {
    file,
    line: null,
    message: `file is ${megabytes} MB, over the 5 MB limit for a seed`,
  };
}

/**
 * Parses seed text into an article. The first non-blank line is the title; paragraphs follow, separated by
 * blank lines, with wrapped lines joined by a space. CRLF/CR line ends, a BOM, tabs and no-break spaces are
 * normalised; a short trailing non-sentence line after a larger gap ("Other news") is dropped as site
 * boilerplate. Never throws: a text that cannot be an article gives errors with line numbers.
 * @example parseArticle("Title\n\nFirst paragraph.", { file: "seeds/a.txt" }) // { ok: true, article: { title: "Title", … } }
 */
export function parseArticle(
  text: string,
  options: { file: string },
): ParseArticleResult {
  const { file } = options;
  const blocks = splitBlocks(text);
  const [titleBlock, ...rest] = blocks;
  const title = titleBlock?.lines[0];
  if (titleBlock === undefined || title === undefined) {
    const message =
      text.replace(/^\ufeff/u, "") === ""
        ? "file is empty"
        : "file contains only whitespace";
    return failure(
      file,
      null,
      `${message}: a seed needs a title line, a blank line and paragraphs`,
    );
  }
  const body = getBody(titleBlock, rest);
  if (body.length === 0) {
    return failure(
      file,
      titleBlock.line,
      `title "${shorten(title)}" has no body: add paragraphs after a blank line`,
    );
  }
  const texts = body.map((block) => joinWrappedLines(block.lines));
  const ids = createParagraphIds(texts);
  const quotes = detectArticleQuotes(texts, ids);
  const paragraphs = texts.map((paragraphText, index): Paragraph => {
    const paragraphQuotes = quotes[index] ?? [];
    return {
      id: ids[index] ?? "",
      index: index + 1,
      text: paragraphText,
      quotes: paragraphQuotes,
      segments: segmentParagraph(paragraphText, paragraphQuotes),
      speakers: getSpeakers(paragraphQuotes),
    };
  });
  const wordCount = texts.reduce(
    (sum, paragraphText) => sum + countWords(paragraphText),
    0,
  );
  const { lang, dir } = detectScript(`${title} ${texts.join(" ")}`);
  return {
    ok: true,
    article: {
      file,
      slug: slugify(title),
      title,
      lang,
      dir,
      paragraphs,
      wordCount,
      readingMinutes: getReadingMinutes(wordCount),
      excerpt: getExcerpt(texts[0] ?? ""),
    },
  };
}

/** The story blocks: lines under the title in its own block, then the other blocks, minus trailing boilerplate. */
function getBody(
  titleBlock: TextBlock,
  rest: readonly TextBlock[],
): TextBlock[] {
  const underTitle = titleBlock.lines.slice(1);
  const body =
    underTitle.length > 0
      ? [{ lines: underTitle, line: titleBlock.line + 1, gap: 0 }, ...rest]
      : [...rest];
  const last = body.at(-1);
  if (last !== undefined && isTrailingBoilerplate(last, getTypicalGap(body)))
    body.pop();
  return body;
}

function getSpeakers(quotes: Paragraph["quotes"]): string[] {
  const speakers: string[] = [];
  for (const quote of quotes) {
    // The display name: "Ruth Allen" rather than the "she" of `"…," she said`.
    const speaker = quote.resolvedSpeaker ?? quote.speaker;
    if (
      quote.kind === "speech" &&
      speaker !== null &&
      !speakers.includes(speaker)
    ) {
      speakers.push(speaker);
    }
  }
  return speakers;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function failure(
  file: string,
  line: number | null,
  message: string,
): ParseArticleResult {
  return { ok: false, errors: [{ file, line, message }] };
}

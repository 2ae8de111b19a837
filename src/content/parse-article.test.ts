import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Article } from "./article";
import {
  checkSeedSize,
  decodeSeed,
  MAX_SEED_BYTES,
  parseArticle,
} from "./parse-article";
import { getSegmentsText } from "./segment-paragraph";
import { anyText, newsText } from "./test-arbitraries";

const file = "seeds/test.txt";
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function parse(text: string): Article {
  const result = parseArticle(text, { file });
  if (!result.ok)
    throw new Error(result.errors.map((error) => error.message).join("; "));
  return result.article;
}

function errorsOf(text: string): { line: number | null; message: string }[] {
  const result = parseArticle(text, { file });
  return result.ok
    ? []
    : result.errors.map(({ line, message }) => ({ line, message }));
}

describe("decodeSeed", () => {
  it("decodes UTF-8 and drops the byte-order mark", () => {
    expect(decodeSeed(encode("\ufeffTitle\n\nBody é."), file)).toEqual({
      ok: true,
      text: "Title\n\nBody é.",
    });
  });

  it("rejects invalid UTF-8 with the line of the first bad byte", () => {
    const bytes = new Uint8Array([
      ...encode("Title\n\nGood line\nBad "),
      0xc3,
      0x28,
    ]);
    const result = decodeSeed(bytes, file);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        file,
        line: 4,
        message: expect.stringContaining("not valid UTF-8") as string,
      },
    ]);
  });

  it("rejects a NUL byte with its line", () => {
    const result = decodeSeed(encode("Title\r\n\r\nA\u0000B"), file);
    expect(result.ok ? [] : result.errors).toEqual([
      { file, line: 3, message: expect.stringContaining("NUL byte") as string },
    ]);
  });

  it("rejects a file over 5 MB before decoding it", () => {
    const result = decodeSeed(new Uint8Array(MAX_SEED_BYTES + 1), file);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        file,
        line: null,
        message: expect.stringContaining("over the 5 MB limit") as string,
      },
    ]);
    expect(checkSeedSize(MAX_SEED_BYTES, file)).toBeNull();
  });
});

describe("parseArticle", () => {
  it("takes the first non-blank line as the title and blank-line-separated blocks as paragraphs", () => {
    const article = parse(
      "\n\nTitle here\n\nFirst paragraph.\n\nSecond paragraph.",
    );
    expect(article.title).toBe("Title here");
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "First paragraph.",
      "Second paragraph.",
    ]);
    expect(article.paragraphs.map((paragraph) => paragraph.index)).toEqual([
      1, 2,
    ]);
    expect(article.file).toBe(file);
    expect(article.slug).toBe("title-here");
  });

  it("normalises CRLF, lone CR, BOM, tabs and no-break spaces, and joins wrapped lines", () => {
    const article = parse(
      "\ufeffA\u00a0title\r\n\r\nOne\tline\r\nwrapped\u202fhere.\r\rTwo   spaces  .",
    );
    expect(article.title).toBe("A title");
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "One line wrapped here.",
      "Two spaces .",
    ]);
  });

  it("treats runs of blank and whitespace-only lines as one break", () => {
    const article = parse("T\n\n\n \t \n\u00a0\nOne.\n\n\n\n\nTwo.");
    expect(article.paragraphs).toHaveLength(2);
  });

  it("keeps lines under the title in the same block as a first paragraph", () => {
    expect(parse("Title\nStraight into the story.").paragraphs[0]?.text).toBe(
      "Straight into the story.",
    );
  });

  it("drops a short trailing non-sentence line set off by a larger gap", () => {
    const article = parse("T\n\nOne.\n\nTwo.\n\n\n\nOther news");
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "One.",
      "Two.",
    ]);
    expect(
      parse("T\n\nOne.\n\nTwo.\n\n\nSee the gallery").paragraphs,
    ).toHaveLength(2);
  });

  it("keeps a short trailing line after an ordinary gap, and a trailing sentence after any gap", () => {
    expect(parse("T\n\nOne.\n\nTwo.\n\nThe end").paragraphs).toHaveLength(3);
    expect(parse("T\n\nOne.\n\nTwo.\n\n\n\nIt ended.").paragraphs).toHaveLength(
      3,
    );
  });

  it("reports an empty file, a whitespace-only file and a title with no body", () => {
    expect(errorsOf("")).toEqual([
      {
        line: null,
        message: expect.stringContaining("file is empty") as string,
      },
    ]);
    expect(errorsOf("\ufeff")).toEqual([
      {
        line: null,
        message: expect.stringContaining("file is empty") as string,
      },
    ]);
    expect(errorsOf(" \r\n\t\n\u00a0")).toEqual([
      {
        line: null,
        message: expect.stringContaining("only whitespace") as string,
      },
    ]);
    expect(errorsOf("\n\nJust a title\n\n\n")).toEqual([
      { line: 3, message: expect.stringContaining("has no body") as string },
    ]);
    expect(errorsOf("Title\n\n\n\nOther news")).toEqual([
      { line: 1, message: expect.stringContaining("has no body") as string },
    ]);
  });

  it("computes word count, reading time and excerpt", () => {
    const article = parse(`T\n\n${"word ".repeat(460).trim()}.`);
    expect(article.wordCount).toBe(460);
    expect(article.readingMinutes).toBe(2);
    expect(article.excerpt.endsWith("…")).toBe(true);
    expect(article.excerpt.length).toBeLessThanOrEqual(161);
  });

  it("gives identical paragraphs distinct ids", () => {
    const ids = parse("T\n\nSame.\n\nSame.\n\nOther.").paragraphs.map(
      (paragraph) => paragraph.id,
    );
    expect(new Set(ids).size).toBe(3);
    expect(ids[1]).toBe(`${ids[0] ?? ""}-2`);
  });

  it("keeps a paragraph's id when another paragraph is edited", () => {
    const before = parse("T\n\nAlpha.\n\nBeta.").paragraphs[1]?.id;
    const after = parse("T\n\nAlpha, edited.\n\nBeta.").paragraphs[1]?.id;
    expect(after).toBe(before);
  });

  it("detects quotes and lists each paragraph's speakers", () => {
    const paragraph = parse(
      'T\n\n"We will stay," said Mariam Haddad. "This is home."',
    ).paragraphs[0];
    expect(paragraph?.quotes.map((quote) => [quote.id, quote.speaker])).toEqual(
      [
        [`${paragraph?.id ?? ""}-q1`, "Mariam Haddad"],
        [`${paragraph?.id ?? ""}-q2`, "Mariam Haddad"],
      ],
    );
    expect(paragraph?.speakers).toEqual(["Mariam Haddad"]);
  });

  it("sets lang and dir from the script", () => {
    const article = parse("عنوان الخبر\n\nنص الخبر هنا.");
    expect([article.lang, article.dir]).toEqual(["ar", "rtl"]);
  });

  test.prop([anyText])("never throws on any string", (text) => {
    const result = parseArticle(text, { file });
    expect(typeof result.ok).toBe("boolean");
  });

  test.prop([newsText, newsText])(
    "produces consistent paragraphs from news-like text",
    (title, body) => {
      const result = parseArticle(`${title}x\n\n${body}`, { file });
      if (!result.ok) return;
      const ids = result.article.paragraphs.map((paragraph) => paragraph.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const paragraph of result.article.paragraphs) {
        expect(paragraph.text).toBe(paragraph.text.trim());
        expect(paragraph.text).not.toMatch(/[\r\n\t\u00a0]| {2}/u);
        expect(getSegmentsText(paragraph.segments)).toBe(paragraph.text);
        for (const quote of paragraph.quotes)
          expect(paragraph.text.slice(quote.start, quote.end)).toBe(quote.text);
      }
    },
  );
});

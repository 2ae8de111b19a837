import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Article, Quote, QuoteKind } from "../../src/content/article";
import { decodeSeed, parseArticle } from "../../src/content/parse-article";

/** What a case pins down; every field is optional except that unlisted paragraphs must have no quotes. */
interface Expected {
  description: string;
  title?: string;
  slug?: string;
  lang?: string | null;
  dir?: string | null;
  paragraphCount?: number;
  wordCount?: number;
  readingMinutes?: number;
  /** Exact text of some paragraphs, by 1-based index. */
  paragraphs?: Record<string, string>;
  /** Every quote of each paragraph, by 1-based index; a paragraph not listed has none. */
  quotes?: Record<string, ExpectedQuote[]>;
  /** For a seed that must fail: each error's line and a part of its message. */
  errors?: { line: number | null; message: string }[];
}

interface ExpectedQuote {
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  resolvedSpeaker?: string | null;
  depth?: number;
  closed?: boolean;
  /** True when the piece continues a quote from an earlier paragraph (`of` is set). */
  continues?: boolean;
  start?: number;
  end?: number;
}

const root = path.resolve(import.meta.dirname, "../..");
const casesDir = path.join(root, "tests/fixtures/seeds");
const cases = readdirSync(casesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function readExpected(name: string): Expected {
  return JSON.parse(
    readFileSync(path.join(casesDir, name, "expected.json"), "utf8"),
  ) as Expected;
}

function parseCase(name: string): ReturnType<typeof parseArticle> {
  const file = `tests/fixtures/seeds/${name}/input.txt`;
  const decoded = decodeSeed(
    readFileSync(path.join(casesDir, name, "input.txt")),
    file,
  );
  return decoded.ok ? parseArticle(decoded.text, { file }) : decoded;
}

const articleCases = cases.filter(
  (name) => readExpected(name).errors === undefined,
);
const errorCases = cases.filter(
  (name) => readExpected(name).errors !== undefined,
);

/** The actual quote, reduced to the fields the expectation names. */
function project(quote: Quote, like: ExpectedQuote | undefined): ExpectedQuote {
  const shown: ExpectedQuote = {
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker,
  };
  if (like?.resolvedSpeaker !== undefined)
    shown.resolvedSpeaker = quote.resolvedSpeaker;
  if (like?.depth !== undefined) shown.depth = quote.depth;
  if (like?.closed !== undefined) shown.closed = quote.closed;
  if (like?.continues !== undefined) shown.continues = quote.of !== null;
  if (like?.start !== undefined) shown.start = quote.start;
  if (like?.end !== undefined) shown.end = quote.end;
  return shown;
}

function checkArticle(article: Article, expected: Expected): void {
  const { title, slug, lang, dir, paragraphCount, wordCount, readingMinutes } =
    expected;
  if (title !== undefined) expect(article.title).toBe(title);
  if (slug !== undefined) expect(article.slug).toBe(slug);
  if (lang !== undefined) expect(article.lang).toBe(lang);
  if (dir !== undefined) expect(article.dir).toBe(dir);
  if (paragraphCount !== undefined)
    expect(article.paragraphs).toHaveLength(paragraphCount);
  if (wordCount !== undefined) expect(article.wordCount).toBe(wordCount);
  if (readingMinutes !== undefined)
    expect(article.readingMinutes).toBe(readingMinutes);
  for (const [index, text] of Object.entries(expected.paragraphs ?? {})) {
    expect(
      article.paragraphs[Number(index) - 1]?.text,
      `paragraph ${index}`,
    ).toBe(text);
  }
  for (const paragraph of article.paragraphs) {
    const wanted = expected.quotes?.[String(paragraph.index)] ?? [];
    const actual = paragraph.quotes.map((quote, index) =>
      project(quote, wanted[index]),
    );
    expect(actual, `quotes of paragraph ${String(paragraph.index)}`).toEqual(
      wanted,
    );
  }
}

describe("golden corpus (tests/fixtures/seeds/<case>/)", () => {
  it("has the real seed as its first case, byte for byte", () => {
    expect(cases[0]).toBe("000-aleppo-seed");
    const copy = readFileSync(path.join(casesDir, "000-aleppo-seed/input.txt"));
    expect(
      copy.equals(
        readFileSync(path.join(root, "seeds/000_31c48370f16a883d.txt")),
      ),
    ).toBe(true);
  });

  it.each(articleCases)("parses %s as expected.json says", (name) => {
    const result = parseCase(name);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) checkArticle(result.article, readExpected(name));
  });

  it.each(errorCases)(
    "rejects %s with the errors expected.json lists",
    (name) => {
      const result = parseCase(name);
      const errors = result.ok ? [] : result.errors;
      const expected = readExpected(name).errors ?? [];
      expect(errors.map((error) => error.line)).toEqual(
        expected.map((error) => error.line),
      );
      expect(errors.map((error) => error.message)).toEqual(
        expected.map(
          (error) => expect.stringContaining(error.message) as string,
        ),
      );
    },
  );
});

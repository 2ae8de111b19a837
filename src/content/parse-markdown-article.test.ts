import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Article } from "./article";
import {
  getLangDirection,
  parseMarkdownArticle,
} from "./parse-markdown-article";
import { anyText } from "./test-arbitraries";

const file = "seeds/story.md";

function parse(text: string): Article {
  const result = parseMarkdownArticle(text, { file });
  if (!result.ok)
    throw new Error(result.errors.map((error) => error.message).join("; "));
  return result.article;
}

describe("parseMarkdownArticle", () => {
  it("carries the front matter onto the article", () => {
    const article = parse(
      [
        "---",
        "title: Rebels advance",
        "date: 2026-11-26",
        "author: Ana Jones",
        "source: Al Jazeera",
        "summary: A short summary.",
        "---",
        "",
        '"We will win," said **Assaad al-Achi**.',
      ].join("\n"),
    );
    expect(article).toMatchObject({
      title: "Rebels advance",
      date: "2026-11-26",
      author: "Ana Jones",
      source: "Al Jazeera",
      excerpt: "A short summary.",
      lang: null,
      dir: "ltr",
    });
    expect(article.paragraphs.map(({ text }) => text)).toEqual([
      '"We will win," said Assaad al-Achi.',
    ]);
    expect(article.paragraphs[0]?.speakers).toEqual(["Assaad al-Achi"]);
  });

  it("takes the title from a leading heading and leaves missing fields null", () => {
    const article = parse("# Aleppo\n\nBody text.");
    expect(article).toMatchObject({
      title: "Aleppo",
      date: null,
      author: null,
      source: null,
    });
    expect(article.excerpt).toBe("Body text.");
  });

  it("drops a heading that repeats the front matter title", () => {
    const article = parse("---\ntitle: Aleppo\n---\n# Aleppo\n\nBody.");
    expect(article.paragraphs.map(({ text }) => text)).toEqual(["Body."]);
  });

  it("sets right-to-left from a language without a dir, and from Arabic text", () => {
    expect(parse("---\nlang: he\n---\n# Title\n\nBody.")).toMatchObject({
      lang: "he",
      dir: "rtl",
    });
    expect(parse("# سوريا\n\nقال المتحدث إن المعركة بدأت.")).toMatchObject({
      lang: "ar",
      dir: "rtl",
    });
  });

  it("fails with the line of a malformed front matter entry", () => {
    const result = parseMarkdownArticle(
      "---\ntitle: A\ndate: soon\n---\nBody.",
      {
        file,
      },
    );
    expect(result.ok ? [] : result.errors).toEqual([
      {
        file,
        line: 3,
        message: expect.stringMatching(/date "soon"/) as string,
      },
    ]);
  });

  it("fails without a title or without a body", () => {
    const noTitle = parseMarkdownArticle("---\nauthor: A\n---\nBody.", {
      file,
    });
    expect(noTitle.ok ? [] : noTitle.errors).toEqual([
      { file, line: 4, message: expect.stringMatching(/no title/) as string },
    ]);
    const noBody = parseMarkdownArticle("---\ntitle: A\n---\n\n", { file });
    expect(noBody.ok ? [] : noBody.errors).toEqual([
      { file, line: 4, message: expect.stringMatching(/no body/) as string },
    ]);
  });

  test.prop([anyText])("never throws on any text", (text) => {
    expect(() => parseMarkdownArticle(text, { file })).not.toThrow();
    expect(() =>
      parseMarkdownArticle(`---\ntitle: T\n---\n${text}`, { file }),
    ).not.toThrow();
  });
});

describe("getLangDirection", () => {
  it.each([
    ["ar", "rtl"],
    ["fa-IR", "rtl"],
    ["he", "rtl"],
    ["ur", "rtl"],
    ["en-GB", "ltr"],
    ["fr", "ltr"],
  ])("gives %s the direction %s", (lang, dir) => {
    expect(getLangDirection(lang)).toBe(dir);
  });
});

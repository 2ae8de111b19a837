// @vitest-environment jsdom
// jsdom for its DOMParser: the feeds must be well-formed XML as a browser parses it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { ArticleListPage, Segment } from "../../src/content/article";
import {
  escapeHtml,
  getElementHtml,
  listFiles,
  readArticleData,
} from "./site-files";

const outDir = inject("outDir");
const seeds = inject("seeds");
const siteUrl = inject("siteUrl");
const read = (file: string): Promise<string> =>
  readFile(join(outDir, file), "utf8");
const RTL_FILE = "seeds/rtl-front-matter.md";
const MARKDOWN_FILE = "seeds/markdown-front-matter.md";
const seedOf = (file: string) => {
  const seed = seeds.find((candidate) => candidate.file === file);
  if (!seed) throw new Error(`${file} is not in the test site`);
  return seed;
};
// Every prerendered page but the 404 page, as its file and its site path (percent-encoded, as in a URL).
const pageFiles = (await listFiles(outDir)).filter((file) =>
  file.endsWith("index.html"),
);
const pages = () =>
  pageFiles.map((file) => ({
    file,
    path: encodeURI(`/${file.slice(0, -"index.html".length)}`),
  }));

function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

const textsOf = (doc: Document, tag: string): string[] =>
  [...doc.getElementsByTagName(tag)].map((node) => node.textContent);

/** A paragraph's text back from its segments, quotation marks included. */
const joinSegments = (segments: readonly Segment[]): string =>
  segments
    .map((segment) =>
      segment.type === "text"
        ? segment.text
        : `${segment.open}${joinSegments(segment.children)}${segment.close}`,
    )
    .join("");

/** Paragraph texts of an article as the build serves it. */
async function paragraphTexts(slug: string): Promise<string[]> {
  const article = await readArticleData(outDir, slug);
  return article.paragraphs.map((paragraph) =>
    joinSegments(paragraph.segments),
  );
}

describe("site-wide files", () => {
  let files: string[];
  beforeAll(async () => {
    files = await listFiles(outDir);
  });

  it("writes the three feeds, sitemap.xml and robots.txt", () => {
    for (const name of [
      "feed.xml",
      "atom.xml",
      "feed.json",
      "sitemap.xml",
      "robots.txt",
    ])
      expect(files).toContain(name);
  });

  it("lists every page in the sitemap, and robots.txt points to it", async () => {
    const locs = textsOf(parseXml(await read("sitemap.xml")), "loc");
    expect(pages().length).toBeGreaterThan(seeds.length);
    expect(locs.sort()).toEqual(
      pages()
        .map(({ path }) => `${siteUrl}${path}`)
        .sort(),
    );
    expect(await read("robots.txt")).toContain(
      `Sitemap: ${siteUrl}/sitemap.xml`,
    );
  });

  it("gives RSS and Atom every article's full text, in the list's order", async () => {
    const list = JSON.parse(await read("data/list/1.json")) as ArticleListPage;
    const order = list.articles.map(({ slug }) => slug);
    const rss = parseXml(await read("feed.xml"));
    const atom = parseXml(await read("atom.xml"));
    expect(textsOf(rss, "link").slice(1)).toEqual(
      order.map((slug) => `${siteUrl}/article/${encodeURIComponent(slug)}/`),
    );
    const rssBodies = textsOf(rss, "content:encoded");
    const atomBodies = textsOf(atom, "content");
    for (const [index, slug] of order.entries()) {
      const expected = (await paragraphTexts(slug)).map(
        (text) => `<p>${escapeHtml(text).replaceAll("&#x27;", "&apos;")}</p>`,
      );
      expect(rssBodies[index]).toBe(expected.join(""));
      expect(atomBodies[index]).toBe(expected.join(""));
    }
  });

  it("has a JSON Feed with the same items and full text", async () => {
    const feed = JSON.parse(await read("feed.json")) as {
      items: { url: string; content_html: string }[];
    };
    const rss = parseXml(await read("feed.xml"));
    expect(feed.items.map(({ url }) => url)).toEqual(
      textsOf(rss, "link").slice(1),
    );
    expect(feed.items.map(({ content_html }) => content_html)).toEqual(
      textsOf(rss, "content:encoded"),
    );
  });
});

describe("the list's order", () => {
  it("puts dated stories newest first, before undated ones", async () => {
    const list = JSON.parse(await read("data/list/1.json")) as ArticleListPage;
    expect(list.articles.slice(0, 2).map(({ slug }) => slug)).toEqual([
      seedOf(MARKDOWN_FILE).slug,
      seedOf(RTL_FILE).slug,
    ]);
    expect(list.articles[0]).toMatchObject({
      author: "Ana Jones",
      source: "The Example Gazette",
      date: "2026-11-26T09:30:00Z",
    });
  });
});

describe.each(pages())("the head of $file", ({ file, path }) => {
  let head: string;
  beforeAll(async () => {
    head = getElementHtml(await read(file), "head") ?? "";
  });

  it("names its canonical URL and repeats it as og:url", () => {
    const url = `${siteUrl}${path}`;
    expect(head).toContain(`<link rel="canonical" href="${url}"/>`);
    expect(head).toContain(`<meta property="og:url" content="${url}"/>`);
  });

  it("has OpenGraph and Twitter card tags", () => {
    for (const tag of [
      /<meta property="og:title" content="[^"]+"\/>/,
      /<meta property="og:description" content="[^"]+"\/>/,
      /<meta property="og:type" content="(?:website|article)"\/>/,
      /<meta name="twitter:card" content="summary"\/>/,
    ])
      expect(head).toMatch(tag);
  });

  it("links the three feeds", () => {
    for (const [type, name] of [
      ["application/rss+xml", "feed.xml"],
      ["application/atom+xml", "atom.xml"],
      ["application/feed+json", "feed.json"],
    ] as const)
      expect(head).toMatch(
        new RegExp(
          `<link rel="alternate" type="${type.replace("+", "\\+")}" title="[^"]+" href="${siteUrl}/${name}"/>`,
        ),
      );
  });
});

describe("the 404 page", () => {
  it("links the feeds but has no canonical address and asks not to be indexed", async () => {
    const head = getElementHtml(await read("404.html"), "head") ?? "";
    expect(head).not.toContain('rel="canonical"');
    expect(head).toContain('<meta name="robots" content="noindex"/>');
    expect(head).toContain(`href="${siteUrl}/feed.xml"`);
  });
});

describe("a right-to-left Markdown story", () => {
  it("declares Arabic on <html> and right-to-left on its article", async () => {
    const html = await read(`article/${seedOf(RTL_FILE).slug}/index.html`);
    expect(html).toMatch(/<html lang="ar">/);
    expect(html).toMatch(/<article [^>]*lang="ar" dir="rtl"/);
    expect(html).toContain("By <bdi>ليلى حسن</bdi>");
    expect(html).toContain(
      '<time dateTime="2026-11-24">24 November 2026</time>',
    );
  });
});

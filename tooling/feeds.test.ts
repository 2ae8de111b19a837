// @vitest-environment jsdom
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/content/article";
import { FEED_LIMIT } from "../src/content/site-info";
import type { FeedSite } from "./feeds";
import {
  createAtomFeed,
  createJsonFeed,
  createRobotsTxt,
  createRssFeed,
  createSitemap,
} from "./feeds";

const site: FeedSite = {
  title: "Broadsheet",
  description: "News & quotes",
  siteUrl: "https://news.example.org",
  basePath: "/news/",
  lang: "en",
  generatedAt: new Date("2026-11-26T12:00:00Z"),
};
const noUrl: FeedSite = { ...site, siteUrl: null };

function makeArticle(
  slug: string,
  texts: readonly string[],
  extra: Partial<Article> = {},
): Article {
  return {
    file: `seeds/${slug}.md`,
    slug,
    title: `Title of ${slug}`,
    lang: null,
    dir: null,
    paragraphs: texts.map((text, index) => ({
      id: `p-${String(index)}`,
      index: index + 1,
      text,
      quotes: [],
      segments: [{ type: "text", text }],
      speakers: [],
    })),
    wordCount: 3,
    readingMinutes: 1,
    excerpt: texts[0] ?? "",
    ...extra,
  };
}

const tricky = makeArticle(
  "tricky",
  ['He said "a < b && c > d" ]]> <script>alert(1)</script>', "Second one."],
  { date: "2026-11-20", author: "Ana & Bo", lang: "en" },
);
const arabic = makeArticle("halab", ["قال المرصد إن القتال مستمر."], {
  date: "2026-11-25",
  lang: "ar",
  dir: "rtl",
});
const undated = makeArticle("undated", ["No date here."]);

/** Parses XML with the browser's parser; throws with the parser's message when it is not well-formed. */
function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

/** The text of each `<p>` of an escaped-HTML payload, as a reader would see it. */
function paragraphsOf(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, "text/html");
  return [...doc.querySelectorAll("p")].map((p) => p.textContent);
}

const texts = (doc: Document, tag: string): string[] =>
  [...doc.getElementsByTagName(tag)].map((node) => node.textContent);

describe("createRssFeed", () => {
  it("is well-formed RSS 2.0 with every article's full text, newest first", () => {
    const doc = parseXml(createRssFeed([undated, tricky, arabic], site));
    expect(doc.documentElement.nodeName).toBe("rss");
    expect(texts(doc, "title").slice(1)).toEqual([
      "Title of halab",
      "Title of tricky",
      "Title of undated",
    ]);
    const bodies = texts(doc, "content:encoded").map(paragraphsOf);
    expect(bodies[1]).toEqual(tricky.paragraphs.map(({ text }) => text));
    expect(texts(doc, "link")[1]).toBe(
      "https://news.example.org/news/article/halab/",
    );
    expect(texts(doc, "pubDate")[0]).toBe("Wed, 25 Nov 2026 00:00:00 GMT");
    expect(texts(doc, "dc:creator")).toEqual(["Ana & Bo"]);
  });

  it("uses root-relative links and no self link without a site URL", () => {
    const xml = createRssFeed([tricky], noUrl);
    const doc = parseXml(xml);
    expect(texts(doc, "link")).toEqual(["/news/", "/news/article/tricky/"]);
    expect(xml).not.toContain("atom:link");
  });

  it(`carries only the newest ${String(FEED_LIMIT)} articles`, () => {
    const many = Array.from({ length: FEED_LIMIT + 10 }, (_, index) =>
      makeArticle(`a${String(index)}`, ["Text."], {
        date: new Date(Date.UTC(2026, 0, index + 1)).toISOString(),
      }),
    );
    const doc = parseXml(createRssFeed(many, site));
    const titles = texts(doc, "title").slice(1);
    expect(titles).toHaveLength(FEED_LIMIT);
    expect(titles[0]).toBe(`Title of a${String(FEED_LIMIT + 9)}`);
  });
});

describe("createAtomFeed", () => {
  it("is well-formed Atom with ids, dates and the full text as HTML", () => {
    const doc = parseXml(createAtomFeed([tricky, undated, arabic], site));
    expect(doc.documentElement.namespaceURI).toBe(
      "http://www.w3.org/2005/Atom",
    );
    const entries = [...doc.getElementsByTagName("entry")];
    expect(
      entries.map((entry) => entry.getElementsByTagName("id")[0]?.textContent),
    ).toEqual([
      "https://news.example.org/news/article/halab/",
      "https://news.example.org/news/article/tricky/",
      "https://news.example.org/news/article/undated/",
    ]);
    expect(texts(doc, "updated")[0]).toBe("2026-11-25T00:00:00.000Z");
    // An undated entry still needs <updated>: the build time.
    expect(texts(doc, "updated")[3]).toBe("2026-11-26T12:00:00.000Z");
    const content = entries[0]?.getElementsByTagName("content")[0];
    expect(content?.getAttribute("xml:lang")).toBe("ar");
    expect(paragraphsOf(content?.textContent ?? "")).toEqual([
      "قال المرصد إن القتال مستمر.",
    ]);
  });

  it("names entries by URN without a site URL", () => {
    const doc = parseXml(createAtomFeed([tricky], noUrl));
    expect(texts(doc, "id")).toEqual([
      "urn:broadsheet:site",
      "urn:broadsheet:article:tricky",
    ]);
  });
});

describe("createJsonFeed", () => {
  it("is JSON Feed 1.1 with full text as HTML", () => {
    const feed = JSON.parse(createJsonFeed([undated, tricky], site)) as {
      version: string;
      feed_url: string;
      items: { id: string; content_html: string; date_published?: string }[];
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.feed_url).toBe("https://news.example.org/news/feed.json");
    expect(feed.items.map(({ id }) => id)).toEqual([
      "https://news.example.org/news/article/tricky/",
      "https://news.example.org/news/article/undated/",
    ]);
    expect(paragraphsOf(feed.items[0]?.content_html ?? "")).toEqual(
      tricky.paragraphs.map(({ text }) => text),
    );
    expect(feed.items[1]?.date_published).toBeUndefined();
  });
});

describe("createSitemap and createRobotsTxt", () => {
  it("lists absolute page URLs and points robots.txt at the sitemap", () => {
    const doc = parseXml(
      createSitemap(["/", "/article/halab/", "/article/حلب/"], site) ?? "",
    );
    expect(texts(doc, "loc")).toEqual([
      "https://news.example.org/news/",
      "https://news.example.org/news/article/halab/",
      "https://news.example.org/news/article/%D8%AD%D9%84%D8%A8/",
    ]);
    expect(createRobotsTxt(site)).toContain(
      "Sitemap: https://news.example.org/news/sitemap.xml",
    );
  });

  it("writes no sitemap and no Sitemap line without a site URL", () => {
    expect(createSitemap(["/"], noUrl)).toBeNull();
    expect(createRobotsTxt(noUrl)).not.toContain("Sitemap");
  });
});

// Any UTF-16 text, lone surrogates and control characters included, plus what breaks naive XML.
const hostileText = fc.oneof(
  fc.string({
    unit: fc
      .integer({ min: 0, max: 0xffff })
      .map((code) => String.fromCharCode(code)),
    maxLength: 60,
  }),
  fc
    .array(
      fc.constantFrom("<", "&", "]]>", "</p>", '"', "'", "a", " ", "&amp;"),
      {
        maxLength: 20,
      },
    )
    .map((parts) => parts.join("")),
);

describe("every feed", () => {
  test.prop([hostileText, hostileText])(
    "stays well-formed and keeps the text, whatever the article says",
    (title, text) => {
      const article = makeArticle("x", [text], { title, author: title });
      const rss = parseXml(createRssFeed([article], site));
      const atom = parseXml(createAtomFeed([article], site));
      // What XML can carry (no controls, no lone surrogates), with line ends as an HTML parser reads them.
      // Code points, not graphemes: XML legality is decided per code point.
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points are what XML legality is about
      const expected = [...text]
        .filter((char) => {
          const code = char.codePointAt(0) ?? 0;
          return (
            code === 0x9 ||
            code === 0xa ||
            code === 0xd ||
            (code >= 0x20 && code <= 0xd7ff) ||
            (code >= 0xe000 && code <= 0xfffd) ||
            code >= 0x10000
          );
        })
        .join("")
        .replace(/\r\n?/g, "\n");
      for (const html of [
        texts(rss, "content:encoded")[0] ?? "",
        texts(atom, "content")[0] ?? "",
      ]) {
        expect(paragraphsOf(html)).toEqual([expected]);
      }
      expect(texts(rss, "title")[1]).toBe(texts(atom, "title")[1]);
      const json: unknown = JSON.parse(createJsonFeed([article], site));
      expect(json).toBeTypeOf("object");
    },
  );
});

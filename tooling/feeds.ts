import type { Article } from "../src/content/article.ts";
import { getArticlePath } from "../src/content/data-paths.ts";
import { FEED_LIMIT, FEEDS } from "../src/content/site-info.ts";
import { getPageUrl } from "../src/content/site-url.ts";
import { getDateTime, sortArticles } from "../src/content/sort-articles.ts";

/** What every site-wide file needs to know about the site. */
export interface FeedSite {
  title: string;
  description: string;
  /** The site's origin (`https://news.example.org`), or null when SITE_URL is not set. */
  siteUrl: string | null;
  /** `/` or `/news/`. */
  basePath: string;
  /** Language of the site (its chrome), for the feeds' own `language`. */
  lang: string;
  /** When the build ran: the `updated` of undated Atom entries and of a feed without any date. */
  generatedAt: Date;
}

// Characters XML 1.0 cannot carry at all (controls, lone surrogates, U+FFFE/U+FFFF): dropped, never escaped.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * Text made safe for an XML text node or attribute: drops characters XML cannot hold and escapes
 * `& < > " '` (so `]]>` can never end a section early).
 * @example escapeXml("a < b & ]]>") // "a &lt; b &amp; ]]&gt;"
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/**
 * The articles a feed carries: the newest {@link FEED_LIMIT}, newest first (the list's order).
 * @example getFeedArticles(articles).length <= 50 // true
 */
export function getFeedArticles(articles: readonly Article[]): Article[] {
  return sortArticles(articles).slice(0, FEED_LIMIT);
}

/**
 * The full text of an article as HTML: one `<p>` per paragraph, its text escaped (never markup from a seed).
 * @example getArticleHtml(article) // "<p>Rebels launched…</p><p>…</p>"
 */
export function getArticleHtml(article: Article): string {
  return article.paragraphs
    .map((paragraph) => `<p>${escapeXml(paragraph.text)}</p>`)
    .join("");
}

const url = (site: FeedSite, path: string): string =>
  getPageUrl(site.siteUrl, site.basePath, path);

const feedUrl = (site: FeedSite, type: string): string =>
  url(site, FEEDS.find((feed) => feed.type === type)?.path ?? "");

/** The newest date among the articles, or the build time when none has one. */
function getFeedUpdated(articles: readonly Article[], site: FeedSite): Date {
  const times = articles
    .map((article) => getDateTime(article.date))
    .filter((time) => time !== null);
  return times.length > 0 ? new Date(Math.max(...times)) : site.generatedAt;
}

const element = (name: string, text: string): string =>
  `<${name}>${escapeXml(text)}</${name}>`;

/**
 * RSS 2.0 with the full text of each article in `content:encoded` (escaped HTML), newest
 * {@link FEED_LIMIT} first. Links are absolute with a SITE_URL, root-relative without one.
 */
export function createRssFeed(
  articles: readonly Article[],
  site: FeedSite,
): string {
  const items = getFeedArticles(articles).map((article) => {
    const link = url(site, getArticlePath(article.slug));
    const time = getDateTime(article.date);
    return [
      "<item>",
      element("title", article.title),
      element("link", link),
      `<guid isPermaLink="${site.siteUrl === null ? "false" : "true"}">${escapeXml(link)}</guid>`,
      element("description", article.excerpt),
      element("content:encoded", getArticleHtml(article)),
      ...(time === null
        ? []
        : [element("pubDate", new Date(time).toUTCString())]),
      ...(article.author == null
        ? []
        : [element("dc:creator", article.author)]),
      "</item>",
    ].join("");
  });
  const self = feedUrl(site, "application/rss+xml");
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    element("title", site.title),
    element("link", url(site, "/")),
    element("description", site.description),
    element("language", site.lang),
    element("lastBuildDate", getFeedUpdated(articles, site).toUTCString()),
    ...(site.siteUrl === null
      ? []
      : [
          `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
        ]),
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

/**
 * Atom 1.0 with the full text of each article in `content type="html"`, newest {@link FEED_LIMIT} first.
 * Entry ids are the article URLs with a SITE_URL, else stable `urn:broadsheet:` names.
 */
export function createAtomFeed(
  articles: readonly Article[],
  site: FeedSite,
): string {
  const id = (path: string, slug: string): string =>
    site.siteUrl === null ? `urn:broadsheet:${slug}` : url(site, path);
  const entries = getFeedArticles(articles).map((article) => {
    const path = getArticlePath(article.slug);
    const time = getDateTime(article.date);
    const updated = (
      time === null ? site.generatedAt : new Date(time)
    ).toISOString();
    return [
      "<entry>",
      element("id", id(path, `article:${encodeURIComponent(article.slug)}`)),
      `<title type="text">${escapeXml(article.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(url(site, path))}"/>`,
      element("updated", updated),
      ...(time === null ? [] : [element("published", updated)]),
      ...(article.author == null
        ? []
        : [`<author>${element("name", article.author)}</author>`]),
      `<summary type="text">${escapeXml(article.excerpt)}</summary>`,
      `<content type="html"${article.lang === null ? "" : ` xml:lang="${escapeXml(article.lang)}"`}>${escapeXml(getArticleHtml(article))}</content>`,
      "</entry>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(site.lang)}">`,
    element("id", id("/", "site")),
    `<title type="text">${escapeXml(site.title)}</title>`,
    `<subtitle type="text">${escapeXml(site.description)}</subtitle>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(url(site, "/"))}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl(site, "application/atom+xml"))}"/>`,
    element("updated", getFeedUpdated(articles, site).toISOString()),
    `<author>${element("name", site.title)}</author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/**
 * JSON Feed 1.1 with the full text of each article in `content_html`, newest {@link FEED_LIMIT} first.
 * @example JSON.parse(createJsonFeed(articles, site)).items[0].content_html // "<p>…</p>"
 */
export function createJsonFeed(
  articles: readonly Article[],
  site: FeedSite,
): string {
  const items = getFeedArticles(articles).map((article) => {
    const link = url(site, getArticlePath(article.slug));
    const time = getDateTime(article.date);
    return {
      id:
        site.siteUrl === null ? `urn:broadsheet:article:${article.slug}` : link,
      url: link,
      title: article.title,
      summary: article.excerpt,
      content_html: getArticleHtml(article),
      ...(time === null
        ? {}
        : { date_published: new Date(time).toISOString() }),
      ...(article.author == null
        ? {}
        : { authors: [{ name: article.author }] }),
      ...(article.lang === null ? {} : { language: article.lang }),
    };
  });
  return `${JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: site.title,
      description: site.description,
      language: site.lang,
      ...(site.siteUrl === null
        ? {}
        : {
            home_page_url: url(site, "/"),
            feed_url: feedUrl(site, "application/feed+json"),
          }),
      items,
    },
    null,
    2,
  )}\n`;
}

/**
 * `sitemap.xml` for the given site paths (`/`, `/article/x/`), or null without a SITE_URL: the sitemap
 * protocol requires absolute URLs.
 */
export function createSitemap(
  paths: readonly string[],
  site: FeedSite,
): string | null {
  if (site.siteUrl === null) return null;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((path) => `<url>${element("loc", url(site, path))}</url>`),
    "</urlset>",
    "",
  ].join("\n");
}

/**
 * `robots.txt`: everything may be crawled; names the sitemap when the site's URL is known.
 * @example createRobotsTxt(site) // "User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/sitemap.xml\n"
 */
export function createRobotsTxt(site: FeedSite): string {
  const lines = ["User-agent: *", "Allow: /"];
  if (site.siteUrl !== null)
    lines.push("", `Sitemap: ${url(site, "/sitemap.xml")}`);
  return `${lines.join("\n")}\n`;
}

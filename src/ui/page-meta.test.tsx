import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { getPageLinks } from "../content/site-url";
import { PageMeta } from "./page-meta";

// React hoists these elements into <head>, which Testing Library queries do not reach: read the head itself.
const inHead = (selector: string): Element[] =>
  // eslint-disable-next-line testing-library/no-node-access -- <head> holds no accessible roles to query by
  [...document.head.querySelectorAll(selector)];
const metaContent = (selector: string) =>
  inHead(selector)[0]?.getAttribute("content");

describe("PageMeta", () => {
  it("sets the document title and description", () => {
    render(<PageMeta title="Aleppo" description="A story about Aleppo." />);
    expect(document.title).toBe("Aleppo — Broadsheet");
    expect(document.head).toContainHTML(
      '<meta name="description" content="A story about Aleppo.">',
    );
  });

  it("gives an article its canonical URL, OpenGraph and Twitter card tags and feed links", () => {
    const links = getPageLinks(
      "https://news.example.org",
      "/news/",
      "/article/aleppo/",
    );
    render(
      <PageMeta
        title="Aleppo"
        description="Rebels advance."
        canonical={links.canonical}
        feeds={links.feeds}
        type="article"
        published="2026-11-26"
        author="Ana Jones"
      />,
    );
    const url = "https://news.example.org/news/article/aleppo/";
    expect(inHead('link[rel="canonical"]')[0]).toHaveAttribute("href", url);
    expect(metaContent('meta[property="og:url"]')).toBe(url);
    expect(metaContent('meta[property="og:type"]')).toBe("article");
    expect(metaContent('meta[property="og:title"]')).toBe("Aleppo");
    expect(metaContent('meta[property="article:published_time"]')).toBe(
      "2026-11-26",
    );
    // Twitter cards read the title and description from OpenGraph: once is enough.
    expect(metaContent('meta[name="twitter:card"]')).toBe("summary");
    expect(metaContent('meta[property="og:description"]')).toBe(
      "Rebels advance.",
    );
    expect(inHead('meta[name^="twitter:"]')).toHaveLength(1);
    const alternates = inHead('link[rel="alternate"]').map((link) => [
      link.getAttribute("type"),
      link.getAttribute("href"),
    ]);
    expect(alternates).toEqual([
      ["application/rss+xml", "https://news.example.org/news/feed.xml"],
      ["application/atom+xml", "https://news.example.org/news/atom.xml"],
      ["application/feed+json", "https://news.example.org/news/feed.json"],
    ]);
  });

  it("leaves out what needs an absolute URL when the site's URL is unknown", () => {
    const links = getPageLinks(null, "/", "/");
    render(
      <PageMeta
        title="Latest"
        description="All stories."
        canonical={links.canonical}
        feeds={links.feeds}
      />,
    );
    expect(inHead('link[rel="canonical"]')[0]).toBeUndefined();
    expect(inHead('meta[property="og:url"]')[0]).toBeUndefined();
    expect(
      inHead('link[rel="alternate"][type="application/rss+xml"]')[0],
    ).toHaveAttribute("href", "/feed.xml");
  });

  it("asks search engines not to index a page that says so", () => {
    render(<PageMeta title="Not found" description="Nothing here." noindex />);
    expect(metaContent('meta[name="robots"]')).toBe("noindex");
  });
});

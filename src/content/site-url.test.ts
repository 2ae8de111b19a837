import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { getPageLinks, getPageUrl, parseSiteUrl } from "./site-url";

describe("parseSiteUrl", () => {
  it.each([
    [undefined, null],
    ["", null],
    ["https://news.example.org", "https://news.example.org"],
    ["https://news.example.org/", "https://news.example.org"],
    ["http://127.0.0.1:4173", "http://127.0.0.1:4173"],
  ])("reads %j as %j", (raw, siteUrl) => {
    expect(parseSiteUrl(raw)).toEqual({ ok: true, siteUrl });
  });

  it.each([
    ["news.example.org", /not a URL/],
    ["ftp://news.example.org", /https/],
    ["https://user.github.io/repo/", /BASE_PATH/],
    ["https://news.example.org/?a=1", /origin/],
  ])("rejects %j with a reason", (raw, message) => {
    const result = parseSiteUrl(raw);
    expect(result.ok ? "" : result.message).toMatch(message);
  });
});

describe("getPageUrl", () => {
  it("joins origin, base path and page path, percent-encoding the path", () => {
    expect(getPageUrl("https://a.org", "/news/", "/article/حلب/")).toBe(
      "https://a.org/news/article/%D8%AD%D9%84%D8%A8/",
    );
    expect(getPageUrl(null, "/news", "feed.xml")).toBe("/news/feed.xml");
  });

  test.prop([fc.webPath()])(
    "gives a URL that parses and keeps the base",
    (path) => {
      const url = new URL(getPageUrl("https://a.org", "/news/", path));
      expect(url.origin).toBe("https://a.org");
      expect(url.pathname.startsWith("/news/")).toBe(true);
    },
  );
});

describe("getPageLinks", () => {
  it("has no canonical URL for a page without an address", () => {
    expect(getPageLinks("https://a.org", "/", null).canonical).toBeNull();
    expect(getPageLinks("https://a.org", "/", null).feeds).toHaveLength(3);
  });
});

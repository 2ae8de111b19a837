import { FEEDS } from "./site-info";

/** A `SITE_URL` setting, checked: the site's origin, or why the value cannot be one. */
export type SiteUrlResult =
  { ok: true; siteUrl: string | null } | { ok: false; message: string };

/**
 * Checks a `SITE_URL` value: empty or absent means "unknown" (null); otherwise an http(s) origin without a
 * path, query or fragment (the sub-path belongs in BASE_PATH), returned without a trailing slash.
 * @example parseSiteUrl("https://news.example.org/") // { ok: true, siteUrl: "https://news.example.org" }
 */
export function parseSiteUrl(raw: string | undefined): SiteUrlResult {
  const value = raw?.trim() ?? "";
  if (value === "") return { ok: true, siteUrl: null };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: `SITE_URL "${value}" is not a URL` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return {
      ok: false,
      message: `SITE_URL "${value}" must start with https://`,
    };
  if (
    url.pathname !== "/" ||
    url.search !== "" ||
    url.hash !== "" ||
    url.username !== ""
  ) {
    return {
      ok: false,
      message: `SITE_URL "${value}" must be an origin like https://news.example.org: put a sub-path in BASE_PATH`,
    };
  }
  return { ok: true, siteUrl: url.origin };
}

/**
 * The URL of a site path (`/article/x/`) under the base path: absolute when the site's origin is known,
 * else root-relative. Non-ASCII characters are percent-encoded.
 * @example getPageUrl("https://news.example.org", "/news/", "/article/aleppo/") // "https://news.example.org/news/article/aleppo/"
 * @example getPageUrl(null, "/", "/feed.xml") // "/feed.xml"
 */
export function getPageUrl(
  siteUrl: string | null,
  basePath: string,
  path: string,
): string {
  const base = basePath.endsWith("/") ? basePath : `${basePath}/`;
  const relative = encodeURI(`${base}${path.replace(/^\/+/u, "")}`);
  return siteUrl === null ? relative : `${siteUrl}${relative}`;
}

/** A `<link rel="alternate">` to one of the site's feeds. */
export interface FeedHref {
  href: string;
  type: string;
  title: string;
}

/** The URLs a page's head needs: its canonical URL (null when unknown) and its links to the feeds. */
export interface PageLinks {
  canonical: string | null;
  feeds: FeedHref[];
}

/**
 * The head links of the page at site path `path` (null for a page that has no canonical address, such as
 * the 404 page). Feeds are linked from every page: absolute with a site URL, root-relative without.
 * @example getPageLinks(null, "/", "/").canonical // null
 */
export function getPageLinks(
  siteUrl: string | null,
  basePath: string,
  path: string | null,
): PageLinks {
  return {
    canonical:
      siteUrl === null || path === null
        ? null
        : getPageUrl(siteUrl, basePath, path),
    feeds: FEEDS.map(({ path: feedPath, type, title }) => ({
      href: getPageUrl(siteUrl, basePath, feedPath),
      type,
      title,
    })),
  };
}

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  createSiteHeaderRules,
  getHeadersFor,
  IMMUTABLE,
  parseHeadersFile,
  renderHeadersFile,
  REVALIDATE,
} from "./headers";

const CSP = "default-src 'self'";
const entries = [
  "assets",
  "article",
  "data",
  "index.html",
  "404.html",
  "sw.js",
];

describe("createSiteHeaderRules", () => {
  const rules = createSiteHeaderRules({
    basePath: "/",
    topLevelEntries: entries,
    contentSecurityPolicy: CSP,
  });

  it("makes hashed assets immutable and everything else revalidate", () => {
    expect(
      getHeadersFor(rules, "/assets/index-Ab12.js").get("cache-control"),
    ).toBe(IMMUTABLE);
    for (const path of [
      "/",
      "/article/x/",
      "/data/article/x.json",
      "/sw.js",
      "/404.html",
    ])
      expect(getHeadersFor(rules, path).get("cache-control")).toBe(REVALIDATE);
  });

  it("sends the security headers on every path", () => {
    const headers = getHeadersFor(rules, "/article/x/");
    expect(headers.get("content-security-policy")).toBe(CSP);
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe(
      "strict-origin-when-cross-origin",
    );
    expect(headers.get("permissions-policy")).toContain("camera=()");
  });

  it("prefixes every rule with the base path", () => {
    const prefixed = createSiteHeaderRules({
      basePath: "/news/",
      topLevelEntries: entries,
      contentSecurityPolicy: CSP,
    });
    expect(prefixed.every((rule) => rule.path.startsWith("/news/"))).toBe(true);
    expect(
      getHeadersFor(prefixed, "/news/assets/a.js").get("cache-control"),
    ).toBe(IMMUTABLE);
  });

  test.prop([
    fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,10}$/), {
      maxLength: 8,
    }),
    fc.stringMatching(/^[a-z0-9./-]{0,20}$/),
  ])("never gives a path two Cache-Control values", (names, rest) => {
    const site = createSiteHeaderRules({
      basePath: "/",
      topLevelEntries: ["assets", ...names],
      contentSecurityPolicy: CSP,
    });
    const value = getHeadersFor(site, `/${rest}`).get("cache-control");
    expect(
      value === undefined || value === IMMUTABLE || value === REVALIDATE,
    ).toBe(true);
  });
});

describe("renderHeadersFile and parseHeadersFile", () => {
  it("writes the _headers format Netlify and Cloudflare Pages read", () => {
    expect(
      renderHeadersFile([
        { path: "/assets/*", headers: [["Cache-Control", IMMUTABLE]] },
      ]),
    ).toBe(`/assets/*\n  Cache-Control: ${IMMUTABLE}\n`);
  });

  test.prop([
    fc.array(
      fc.record({
        path: fc.stringMatching(/^\/[a-z0-9*/.-]{0,15}$/),
        headers: fc.array(
          fc.tuple(
            fc.stringMatching(/^[A-Za-z][A-Za-z-]{0,15}$/),
            fc.stringMatching(/^[!-~]([ -~]{0,30}[!-~])?$/),
          ),
          { minLength: 1, maxLength: 4 },
        ),
      }),
      { maxLength: 5 },
    ),
  ])("parses back what it renders", (rules) => {
    expect(parseHeadersFile(renderHeadersFile(rules))).toEqual(rules);
  });

  it("names the line of a header that has no path above it", () => {
    expect(() => parseHeadersFile("# site\n  X-A: 1\n")).toThrow(
      /^_headers:2: /,
    );
  });
});

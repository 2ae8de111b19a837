import { createHash } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  buildContentSecurityPolicy,
  findInlineSources,
  hashInlineSources,
  mergeCspHashes,
  hashSource,
  injectCspMeta,
} from "./csp";

const page = (head: string, body = ""): string =>
  `<!doctype html><html><head><meta charset="utf-8" />${head}</head><body>${body}</body></html>`;

describe("findInlineSources", () => {
  it("finds classic and module inline scripts, but not scripts with src or data blocks", () => {
    const html = page(
      `<script>document.documentElement.dataset.theme = "dark";</script>
       <script type="module">import("/a.js")</script>
       <script type="module" crossorigin src="/assets/index.js"></script>
       <script type="application/json" id="data">{"a":"<\\/script>"}</script>
       <script type="application/ld+json">{"@type":"NewsArticle"}</script>`,
    );
    expect(findInlineSources(html).scripts).toEqual([
      'document.documentElement.dataset.theme = "dark";',
      'import("/a.js")',
    ]);
  });

  it("treats importmap and a JS MIME type as executable", () => {
    const html = page(
      `<script type="importmap">{}</script><script type="TEXT/JavaScript">go()</script>`,
    );
    expect(findInlineSources(html).scripts).toEqual(["{}", "go()"]);
  });

  it("finds style elements and decoded style attributes", () => {
    const html = page(
      "<style>:root{color:red}</style>",
      `<p style="width: 50%; font-family: &quot;Serif&quot;">x</p>`,
    );
    const found = findInlineSources(html);
    expect(found.styles).toEqual([":root{color:red}"]);
    expect(found.styleAttributes).toEqual(['width: 50%; font-family: "Serif"']);
  });

  it("reports inline event handlers, which no hash can allow", () => {
    const html = page(
      `<link rel="stylesheet" href="/a.css" media="print" onload="this.media='all'">`,
    );
    expect(findInlineSources(html).eventHandlers).toEqual([
      `onload="this.media='all'"`,
    ]);
  });

  it("ignores scripts inside comments and article text escaped as text", () => {
    const html = page(
      "<!-- <script>old()</script> -->",
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    );
    expect(findInlineSources(html).scripts).toEqual([]);
  });

  test.prop([fc.string().filter((text) => !/<\/script/i.test(text))])(
    "returns the exact text of any inline script",
    (text) => {
      expect(
        findInlineSources(page(`<script>${text}</script>`)).scripts,
      ).toEqual([text]);
    },
  );
});

describe("hashSource", () => {
  it("is the base64 SHA-256 of the UTF-8 text, as CSP expects", () => {
    expect(hashSource("")).toBe(
      "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
    );
    expect(hashSource("é")).toBe(
      `'sha256-${createHash("sha256")
        .update(Buffer.from([0xc3, 0xa9]))
        .digest("base64")}'`,
    );
  });
});

describe("buildContentSecurityPolicy", () => {
  const hashes = hashInlineSources([
    findInlineSources(page("<script>a()</script><script>a()</script>")),
    findInlineSources(
      page("<script>b()</script>", '<p style="color:red">x</p>'),
    ),
  ]);

  it("allows each distinct inline script once, by hash, and never 'unsafe-inline'", () => {
    const policy = buildContentSecurityPolicy(hashes, "header");
    const scriptSrc = policy
      .split("; ")
      .find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(
      `script-src 'self' ${[hashSource("a()"), hashSource("b()")].sort().join(" ")}`,
    );
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).toContain("object-src 'none'");
  });

  it("allows style attributes only by hash under 'unsafe-hashes'", () => {
    expect(buildContentSecurityPolicy(hashes, "header")).toContain(
      `style-src 'self' 'unsafe-hashes' ${hashSource("color:red")}`,
    );
  });

  it("keeps frame-ancestors out of the meta policy, where browsers ignore it", () => {
    expect(buildContentSecurityPolicy(hashes, "header")).toContain(
      "frame-ancestors 'none'",
    );
    expect(buildContentSecurityPolicy(hashes, "meta")).not.toContain(
      "frame-ancestors",
    );
  });
});

describe("injectCspMeta", () => {
  it("puts the policy right after <meta charset>, before any script", () => {
    const html = injectCspMeta(
      page('<script src="/a.js"></script>'),
      "script-src 'self' 'sha256-x'",
    );
    expect(html).toMatch(
      /<meta charset="utf-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-x'" \/><script/,
    );
  });

  it("refuses a page without a head", () => {
    expect(() => injectCspMeta("<p>x</p>", "default-src 'self'")).toThrow(
      /no <head>/,
    );
  });
});

describe("mergeCspHashes", () => {
  it("keeps every hash of every page once, sorted like hashInlineSources", () => {
    const a = hashInlineSources([
      findInlineSources("<script>a()</script><style>p{}</style>"),
    ]);
    const b = hashInlineSources([
      findInlineSources("<script>a()</script><script>b()</script>"),
    ]);
    expect(mergeCspHashes([a, b])).toEqual(
      hashInlineSources([
        findInlineSources("<script>a()</script><style>p{}</style>"),
        findInlineSources("<script>a()</script><script>b()</script>"),
      ]),
    );
    expect(mergeCspHashes([a, b]).scripts).toHaveLength(2);
  });
});

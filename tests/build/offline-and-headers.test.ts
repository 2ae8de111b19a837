import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { HeaderRule } from "../../tooling/headers";
import { getHeadersFor, parseHeadersFile } from "../../tooling/headers";
import { listFiles } from "./site-files";

const outDir = inject("outDir");

const read = (file: string): Promise<string> =>
  readFile(join(outDir, file), "utf8");
const pagePath = (file: string): string =>
  `/${file.replace(/(^|\/)index\.html$/, "$1")}`;

// Written independently of tooling/csp.ts: any <script> without src whose type is not a JSON data block.
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attributes = ""]) =>
        !/\bsrc=/.test(attributes) &&
        !/\btype="application\/(?:ld\+)?json"/.test(attributes),
    )
    .map(([, , text = ""]) => text);
}

const sha256 = (text: string): string =>
  `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

function directive(policy: string, name: string): string {
  return (
    policy
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `)) ?? ""
  );
}

interface WorkerConfig {
  version: string;
  precache: { url: string; revision: string }[];
}

describe("the built site's headers and service worker", () => {
  let files: string[];
  let htmlFiles: string[];
  let rules: HeaderRule[];
  beforeAll(async () => {
    files = await listFiles(outDir);
    htmlFiles = files.filter((file) => file.endsWith(".html"));
    rules = parseHeadersFile(await read("_headers"));
  });

  it("covers every page's inline scripts by hash, in the _headers policy and in the page's <meta>", async () => {
    for (const file of htmlFiles) {
      const html = await read(file);
      const header =
        getHeadersFor(rules, pagePath(file)).get("content-security-policy") ??
        "";
      const meta =
        /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
          html,
        )?.[1] ?? "";
      for (const policy of [header, meta]) {
        const scriptSrc = directive(policy, "script-src");
        expect(scriptSrc).toMatch(/^script-src 'self'/);
        expect(scriptSrc).not.toContain("unsafe-inline");
        for (const script of inlineScripts(html))
          expect(scriptSrc).toContain(sha256(script));
      }
      expect(directive(header, "frame-ancestors")).toBe(
        "frame-ancestors 'none'",
      );
      // The meta policy only governs what follows it: it must come before the first script.
      expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
        html.indexOf("<script"),
      );
    }
  });

  it("allows no style attribute on an article: the reading-progress bar starts at 0 from its stylesheet", async () => {
    const articles = htmlFiles.filter((file) => file.startsWith("article/"));
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles) {
      const html = await read(file);
      expect(html).not.toMatch(/<[a-z][^>]*\sstyle="/i);
      const header =
        getHeadersFor(rules, pagePath(file)).get("content-security-policy") ??
        "";
      const meta =
        /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
          html,
        )?.[1] ?? "";
      for (const policy of [header, meta])
        expect(directive(policy, "style-src")).not.toContain("unsafe-hashes");
    }
  });

  it("sends security headers everywhere and caches only hashed assets for good", () => {
    for (const file of files.filter((name) => name !== "_headers")) {
      const headers = getHeadersFor(rules, pagePath(file));
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBeTruthy();
      expect(headers.get("permissions-policy")).toBeTruthy();
      expect(headers.get("cache-control")).toBe(
        file.startsWith("assets/")
          ? "public, max-age=31536000, immutable"
          : "public, max-age=0, must-revalidate",
      );
    }
  });

  it("emits a service worker that precaches every page and data file with its content hash", async () => {
    const source = await read("sw.js");
    const config = JSON.parse(
      /^const CONFIG = (.*);$/m.exec(source)?.[1] ?? "null",
    ) as WorkerConfig;
    const precached = new Map(
      config.precache.map(({ url, revision }) => [url, revision]),
    );
    const expected = files.filter(
      (file) =>
        file.endsWith(".html") ||
        file.startsWith("data/") ||
        file.startsWith("assets/"),
    );
    expect(expected.length).toBeGreaterThan(5);
    for (const file of expected) {
      const url = encodeURI(pagePath(file));
      const content = await readFile(join(outDir, file));
      expect([url, precached.get(url)]).toEqual([
        url,
        createHash("sha256").update(content).digest("hex").slice(0, 16),
      ]);
    }
    expect(precached.has("/sw.js")).toBe(false);
    expect(config.version).toMatch(/^[0-9a-f]{16}$/);
  });
});

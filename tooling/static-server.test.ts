import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaticServer } from "./static-server";
import { normalizeBasePath, startStaticServer } from "./static-server";

let root: string;

async function writeSite(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "broadsheet-static-"));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

async function get(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { redirect: "manual", ...init });
}

beforeAll(async () => {
  root = await writeSite({
    "index.html": "<h1>Home</h1>",
    "404.html": "<h1>Not found</h1>",
    "article/aleppo/index.html": "<h1>Aleppo</h1>",
    "article/حلب/index.html": "<h1>Halab</h1>",
    "assets/app-abc123.js": "console.log(1)",
    "data/list/1.json": "{}",
  });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("startStaticServer", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root });
  });
  afterAll(async () => {
    await server.close();
  });

  it("serves index.html for a folder URL with its trailing slash", async () => {
    const response = await get(`${server.url}article/aleppo/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "text/html; charset=utf-8",
    );
    expect(await response.text()).toBe("<h1>Aleppo</h1>");
  });

  it("redirects a folder URL without its trailing slash, keeping the query", async () => {
    const response = await get(`${server.url}article/aleppo?x=1`);
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/article/aleppo/?x=1");
  });

  it("answers unknown paths with 404.html and status 404, never index.html", async () => {
    const response = await get(`${server.url}article/nope/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("<h1>Not found</h1>");
  });

  it("serves percent-encoded non-ASCII paths", async () => {
    const response = await get(
      `${server.url}article/${encodeURIComponent("حلب")}/`,
    );
    expect(await response.text()).toBe("<h1>Halab</h1>");
  });

  it("sets content types and caches hashed assets forever", async () => {
    const script = await get(`${server.url}assets/app-abc123.js`);
    expect(script.headers.get("content-type")).toBe(
      "text/javascript; charset=utf-8",
    );
    expect(script.headers.get("cache-control")).toContain("immutable");
    const data = await get(`${server.url}data/list/1.json`);
    expect(data.headers.get("content-type")).toBe(
      "application/json; charset=utf-8",
    );
    expect(data.headers.get("cache-control")).toBe("no-cache");
  });

  it("does not escape the root", async () => {
    const response = await get(`${server.url}..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(404);
  });

  it("treats a path starting with // as a path: no error, and no redirect to another host", async () => {
    const root = await get(`${server.url}/`);
    expect(root.status).toBe(200);
    const elsewhere = await get(`${server.url}/evil.example/x`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.headers.get("location")).toBeNull();
    expect(await elsewhere.text()).toContain("Not found");
  });

  it("rejects methods a static host does not support", async () => {
    const response = await get(server.url, { method: "POST" });
    expect(response.status).toBe(405);
  });
});

describe("startStaticServer under a base path", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, basePath: "news" });
  });
  afterAll(async () => {
    await server.close();
  });

  it("mounts the site under the prefix", async () => {
    expect(server.url).toMatch(/\/news\/$/);
    expect(await (await get(server.url)).text()).toBe("<h1>Home</h1>");
    expect((await get(server.url.replace(/\/news\/$/, "/"))).status).toBe(404);
  });

  it("redirects the bare prefix to its trailing slash", async () => {
    const response = await get(server.url.replace(/\/$/, ""));
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/news/");
  });
});

describe("startStaticServer port", () => {
  it("falls back to a free port when the preferred one is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) =>
      blocker.listen(0, "127.0.0.1", resolve),
    );
    const address = blocker.address();
    const taken = typeof address === "object" && address ? address.port : 0;
    const server = await startStaticServer({ root, port: taken });
    try {
      expect(server.port).not.toBe(taken);
      expect((await get(server.url)).status).toBe(200);
    } finally {
      await server.close();
      blocker.close();
    }
  });
});

describe("normalizeBasePath", () => {
  it("always gives a leading and trailing slash", () => {
    expect(
      [undefined, "/", "", "news", "/news", "news/", "/a/b/"].map((base) =>
        normalizeBasePath(base),
      ),
    ).toEqual(["/", "/", "/", "/news/", "/news/", "/news/", "/a/b/"]);
  });
});

describe("startStaticServer with the site's _headers", () => {
  let site: string;
  let server: StaticServer;
  beforeAll(async () => {
    site = await writeSite({
      "index.html": "<h1>Home</h1>",
      "404.html": "<h1>Not found</h1>",
      "assets/app-abc123.js": "console.log(1)",
      _headers: [
        "/*",
        "  Content-Security-Policy: default-src 'self'",
        "  Referrer-Policy: no-referrer",
        "/assets/*",
        "  Cache-Control: public, max-age=31536000, immutable",
        "/",
        "  Cache-Control: public, max-age=0, must-revalidate",
        "",
      ].join("\n"),
    });
    server = await startStaticServer({ root: site });
  });
  afterAll(async () => {
    await server.close();
    await rm(site, { recursive: true, force: true });
  });

  it("sends the headers each rule gives the requested path", async () => {
    const page = await get(server.url);
    expect(page.headers.get("content-security-policy")).toBe(
      "default-src 'self'",
    );
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(page.headers.get("cache-control")).toBe(
      "public, max-age=0, must-revalidate",
    );
    const asset = await get(`${server.url}assets/app-abc123.js`);
    expect(asset.headers.get("cache-control")).toBe(
      "public, max-age=31536000, immutable",
    );
    expect(asset.headers.get("content-security-policy")).toBe(
      "default-src 'self'",
    );
  });

  it("sends the security headers with the 404 page too", async () => {
    const missing = await get(`${server.url}nowhere/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-security-policy")).toBe(
      "default-src 'self'",
    );
  });

  it("never serves _headers itself, as hosts do not", async () => {
    expect((await get(`${server.url}_headers`)).status).toBe(404);
  });
});

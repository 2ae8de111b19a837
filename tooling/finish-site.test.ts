import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashSource } from "./csp";
import { finishSite } from "./finish-site";
import { getHeadersFor, parseHeadersFile } from "./headers";

const BOOT = "document.documentElement.dataset.theme=localStorage.theme";
const CRITICAL_CSS = "body{margin:0}";

const page = (title: string, extra = ""): string =>
  `<!doctype html><html><head><meta charset="utf-8" /><title>${title}</title><script>${BOOT}</script><style>${CRITICAL_CSS}</style>${extra}<script type="module" src="/assets/app-1.js"></script></head><body><h1>${title}</h1><script type="application/json" id="data">{"t":"${title}"}</script></body></html>`;

let site: string;

beforeEach(async () => {
  site = await mkdtemp(join(tmpdir(), "broadsheet-finish-"));
  const files: Record<string, string> = {
    "index.html": page("Home"),
    "404.html": page("Not found"),
    "article/a/index.html": page("A", "<script>window.onlyOnA=1</script>"),
    "assets/app-1.js": "console.log(1)",
    "data/article/a.json": "{}",
    "data/list/1.json": "{}",
  };
  for (const [file, content] of Object.entries(files)) {
    await mkdir(join(site, file, ".."), { recursive: true });
    await writeFile(join(site, file), content);
  }
});

afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

describe("finishSite", () => {
  it("hashes the inline scripts and styles each page has into its meta CSP, and all of them into _headers", async () => {
    await finishSite({ outDir: site, basePath: "/", slugs: ["a"] });
    const home = await readFile(join(site, "index.html"), "utf8");
    const article = await readFile(join(site, "article/a/index.html"), "utf8");
    expect(home).toContain(hashSource(BOOT));
    expect(home).toContain(hashSource(CRITICAL_CSS));
    expect(home).not.toContain(hashSource("window.onlyOnA=1"));
    expect(article).toContain(hashSource("window.onlyOnA=1"));
    expect(home).not.toContain(hashSource('{"t":"Home"}'));

    const rules = parseHeadersFile(
      await readFile(join(site, "_headers"), "utf8"),
    );
    const policy = getHeadersFor(rules, "/").get("content-security-policy");
    for (const text of [BOOT, "window.onlyOnA=1", CRITICAL_CSS])
      expect(policy).toContain(hashSource(text));
  });

  it("writes a worker whose version changes when any precached file does", async () => {
    const first = await finishSite({
      outDir: site,
      basePath: "/",
      slugs: ["a"],
    });
    expect(first.serviceWorker.precache.map(({ url }) => url).sort()).toEqual([
      "/",
      "/404.html",
      "/article/a/",
      "/assets/app-1.js",
      "/data/article/a.json",
      "/data/list/1.json",
    ]);
    await writeFile(join(site, "data/article/a.json"), '{"edited":true}');
    await rm(join(site, "_headers"));
    const second = await finishSite({
      outDir: site,
      basePath: "/",
      slugs: ["a"],
    });
    expect(second.serviceWorker.version).not.toBe(first.serviceWorker.version);
    expect(await readFile(join(site, "sw.js"), "utf8")).toContain(
      second.serviceWorker.version,
    );
  });

  it("fails the build on an inline event handler, which the CSP would silently block", async () => {
    await writeFile(
      join(site, "404.html"),
      page("Not found", `<link rel="stylesheet" href="/a.css" onload="go()">`),
    );
    await expect(
      finishSite({ outDir: site, basePath: "/", slugs: ["a"] }),
    ).rejects.toThrow(
      /404\.html has inline event handlers \(onload="go\(\)"\)/,
    );
  });
});

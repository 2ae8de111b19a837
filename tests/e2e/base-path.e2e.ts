import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaticServer } from "../../tooling/static-server";
import { startStaticServer } from "../../tooling/static-server";
import { runBuild } from "../support/run-build";
import { launchBrowser, settle, withPage } from "./browser";

// A GitHub Pages project site: the whole site lives under /news/.
const BASE_PATH = "/news/";
const SEED_TITLE =
  "Syria: Rebel alliance launches battle to retake all of Aleppo";

let workDir: string;
let outDir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "broadsheet-base-path-"));
  outDir = join(workDir, "dist");
  const build = await runBuild({
    SEEDS_DIR: "seeds",
    OUT_DIR: outDir,
    BASE_PATH,
  });
  if (build.code !== 0) throw new Error(`build failed:\n${build.stderr}`);
  server = await startStaticServer({ root: outDir, basePath: BASE_PATH });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await rm(workDir, { recursive: true, force: true });
});

describe("BASE_PATH=/news/ npm run build", () => {
  it("prefixes every asset and link with the base path", async () => {
    const html = await readFile(join(outDir, "index.html"), "utf8");
    // Attributes, and the entry script the inline bootstrap imports (the stylesheet is inlined).
    const urls = [
      ...html.matchAll(/(?:src|href)="([^"#]+)"|\bimport\("([^"]+)"\)/g),
    ].map(([, attribute, imported]) => attribute ?? imported ?? "");
    expect(urls.some((url) => url.endsWith(".js"))).toBe(true);
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url).toMatch(/^\/news\//);
  });

  it("serves a site that works under the prefix, by deep link and by client navigation", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(server.url);
      await settle(page);
      await page
        .getByRole("link", { name: SEED_TITLE, exact: true })
        .first()
        .click();
      await page.waitForURL(/\/news\/article\/[^/]+\/$/);
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toBe(SEED_TITLE);
      const articleUrl = page.url();
      expect((await page.reload())?.status()).toBe(200);
      await settle(page);
      await page.getByRole("link", { name: "Broadsheet" }).click();
      await page.waitForURL(server.url);
      expect(articleUrl.startsWith(server.url)).toBe(true);
      expect(problems).toEqual([]);
    });
  });

  it("answers unknown paths under the prefix with its 404 page", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        const response = await page.goto(`${server.url}article/no-such-story/`);
        expect(response?.status()).toBe(404);
        await settle(page);
        await page.getByRole("link", { name: /front page/i }).click();
        await page.waitForURL(server.url);
        expect(problems).toEqual([]);
      },
      {},
      { allowStatus: [404] },
    );
  });
});

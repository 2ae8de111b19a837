import { AxeBuilder } from "@axe-core/playwright";
import { access, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIST_PAGE_SIZE } from "../../src/content/data-paths";
import { writeSyntheticCorpus } from "../../tooling/bench/synthetic-corpus";
import type { StaticServer } from "../../tooling/static-server";
import { startStaticServer } from "../../tooling/static-server";
import { runBuild } from "../support/run-build";
import { launchBrowser, settle, withPage } from "./browser";

// Its own build: the shared test site fits on one page. Two full pages and one story on the third.
const ARTICLE_COUNT = 2 * LIST_PAGE_SIZE + 1;

let workDir: string;
let outDir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "broadsheet-paged-"));
  outDir = join(workDir, "dist");
  await writeSyntheticCorpus(join(workDir, "seeds"), ARTICLE_COUNT);
  const build = await runBuild({
    SEEDS_DIR: join(workDir, "seeds"),
    OUT_DIR: outDir,
  });
  if (build.code !== 0) throw new Error(`build failed:\n${build.stderr}`);
  server = await startStaticServer({ root: outDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await rm(workDir, { recursive: true, force: true });
});

const readPage = (file: string): Promise<string> =>
  readFile(join(outDir, file), "utf8");
const exists = (file: string): Promise<boolean> =>
  access(join(outDir, file)).then(
    () => true,
    () => false,
  );
const relLink = (html: string, rel: string): string | undefined =>
  new RegExp(`<link rel="${rel}" href="([^"]*)"`).exec(html)?.[1];
const storyCount = (html: string): number => html.match(/<h2\b/g)?.length ?? 0;

describe("the paginated build", () => {
  it("prerenders every later list page, and no /page/1/ (page 1 is /)", async () => {
    expect(await exists("page/2/index.html")).toBe(true);
    expect(await exists("page/3/index.html")).toBe(true);
    expect(await exists("page/1/index.html")).toBe(false);
    expect(await exists("page/4/index.html")).toBe(false);
  });

  it("links the pages with rel=prev/next in the head, none past either end", async () => {
    const home = await readPage("index.html");
    const middle = await readPage("page/2/index.html");
    const last = await readPage("page/3/index.html");
    expect([relLink(home, "prev"), relLink(home, "next")]).toEqual([
      undefined,
      "/page/2/",
    ]);
    expect([relLink(middle, "prev"), relLink(middle, "next")]).toEqual([
      "/",
      "/page/3/",
    ]);
    expect([relLink(last, "prev"), relLink(last, "next")]).toEqual([
      "/page/2/",
      undefined,
    ]);
    for (const html of [home, middle, last])
      expect(
        html.indexOf('rel="prev"') + html.indexOf('rel="next"'),
      ).toBeLessThan(2 * html.indexOf("</head>"));
  });

  it("puts a page's share of stories on each page, the remainder on the last", async () => {
    expect(storyCount(await readPage("index.html"))).toBe(LIST_PAGE_SIZE);
    expect(storyCount(await readPage("page/2/index.html"))).toBe(
      LIST_PAGE_SIZE,
    );
    expect(storyCount(await readPage("page/3/index.html"))).toBe(1);
  });

  it("embeds one page of the list in the home page's hydration data, not the archive", async () => {
    const home = await readPage("index.html");
    const data = /id="broadsheet-data">([^<]*)</.exec(home)?.[1] ?? "";
    const parsed = JSON.parse(data) as {
      loaderData: { home: { page: { articles: unknown[]; total: number } } };
    };
    expect(parsed.loaderData.home.page.articles).toHaveLength(LIST_PAGE_SIZE);
    expect(parsed.loaderData.home.page.total).toBe(ARTICLE_COUNT);
  });
});

describe("paging through the list in the browser", () => {
  it("goes to the oldest page and back with the pagination links, without errors", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(server.url);
      await settle(page);
      const nav = page.getByRole("navigation", { name: "Pages of stories" });
      await nav.getByRole("link", { name: "Older stories" }).click();
      await page
        .getByRole("heading", { level: 1, name: "Latest stories, page 2" })
        .waitFor();
      expect(new URL(page.url()).pathname).toBe("/page/2/");
      await nav.getByRole("link", { name: "Older stories" }).click();
      await page
        .getByRole("heading", { level: 1, name: "Latest stories, page 3" })
        .waitFor();
      expect(
        await nav.getByRole("link", { name: "Older stories" }).count(),
      ).toBe(0);
      expect(await page.getByRole("heading", { level: 2 }).count()).toBe(1);

      await nav.getByRole("link", { name: "Newer stories" }).click();
      await page
        .getByRole("heading", { level: 1, name: "Latest stories, page 2" })
        .waitFor();
      await nav.getByRole("link", { name: "Newer stories" }).click();
      await page
        .getByRole("heading", { level: 1, name: "Latest stories", exact: true })
        .waitFor();
      expect(new URL(page.url()).pathname).toBe("/");
      expect(problems).toEqual([]);
    });
  });

  it("serves a later page as a deep link, readable and accessible", async () => {
    await withPage(browser, async ({ page, problems }) => {
      const response = await page.goto(`${server.url}page/2/`);
      expect(response?.status()).toBe(200);
      await settle(page);
      expect(await page.title()).toBe(
        "Latest stories, page 2 of 3 — Broadsheet",
      );
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(violations.map(({ id }) => id)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });

  it("answers /page/1/ with the site's 404, like any unknown address", async () => {
    await withPage(
      browser,
      async ({ page }) => {
        const response = await page.goto(`${server.url}page/1/`);
        expect(response?.status()).toBe(404);
      },
      {},
      { allowStatus: [404] },
    );
  });
});

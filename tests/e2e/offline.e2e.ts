import {
  cp,
  mkdir,
  mkdtemp,
  readFile,
  rename,
  rm,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ArticleListPage } from "../../src/content/article";
import { getListDataPath } from "../../src/content/data-paths";
import { writeServiceWorker } from "../../tooling/service-worker";
import { startStaticServer } from "../../tooling/static-server";
import { listFiles } from "../build/site-files";
import { runBuild } from "../support/run-build";
import { launchBrowser, openPage, settle, withPage } from "./browser";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const seeds = inject("seeds");
// As in src/ui/not-found.tsx (a .tsx module that the node-side tests cannot import).
const NOT_FOUND_HEADING = "Page not found";
const articleUrl = (root: string, slug: string): string =>
  `${root}article/${encodeURIComponent(slug)}/`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

// Records every CSP violation from the first byte of each document on.
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(event.effectiveDirective + " blocked " + (event.blockedURI || "inline") + " in " + event.documentURI);
  });
`;

function readViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
}

async function scanAccessibility(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations.map(({ id, nodes }) => `${id}: ${String(nodes.length)}`);
}

async function waitForOffline(page: Page): Promise<void> {
  await page
    .getByRole("status")
    .filter({ hasText: "Available offline" })
    .waitFor();
}

describe("the Content-Security-Policy", () => {
  const routes = [
    "",
    ...seeds.map((seed) => articleUrl("", seed.slug)),
    "404.html",
    "no/such/page/",
  ];

  it.each(routes)("reports no violation on /%s", async (route) => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        await page.addInitScript(RECORD_VIOLATIONS);
        const response = await page.goto(`${baseUrl}${route}`);
        expect(response?.headers()["content-security-policy"]).toContain(
          "script-src 'self'",
        );
        await settle(page);
        await waitForOffline(page);
        expect(await readViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      },
      {},
      { allowStatus: [404] },
    );
  });

  it("is enforced: an inline script nobody hashed is blocked and reported", async () => {
    await withPage(browser, async ({ page }) => {
      await page.addInitScript(RECORD_VIOLATIONS);
      await page.goto(baseUrl);
      await settle(page);
      const ran = await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__injected = true;";
        document.body.append(script);
        return "__injected" in window;
      });
      expect(ran).toBe(false);
      // One report per policy in force: the header's and the <meta> fallback's.
      const blocked = `script-src-elem blocked inline in ${baseUrl}`;
      await expect.poll(() => readViolations(page)).toEqual([blocked, blocked]);
    });
  });
});

describe("offline reading", () => {
  it("reads every article after one visit, with the host gone and the network off", async () => {
    const server = await startStaticServer({ root: outDir });
    const { page, problems, close } = await openPage(
      browser,
      {},
      { allowStatus: [404] },
    );
    try {
      await page.goto(server.url);
      await settle(page);
      await waitForOffline(page);
      await server.close();
      await page.context().setOffline(true);

      for (const seed of seeds) {
        await page.goto(articleUrl(server.url, seed.slug));
        expect(
          await page.getByRole("heading", { level: 1 }).textContent(),
        ).toBe(seed.title);
        await page.reload();
        await settle(page);
        expect(
          await page.getByRole("heading", { level: 1 }).textContent(),
        ).toBe(seed.title);
      }
      // An unknown page gets the site's own 404 page, as the host would answer.
      const missing = await page.goto(`${server.url}no/such/page/`);
      expect(missing?.status()).toBe(404);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        NOT_FOUND_HEADING,
      );
      // In-app navigation reads the article's data file, precached too.
      const last = seeds.at(-1);
      if (!last) throw new Error("the test corpus is empty");
      await page.goto(server.url);
      await settle(page);
      await page
        .getByRole("link", { name: last.title, exact: true })
        .first()
        .click();
      await page.getByRole("heading", { level: 1, name: last.title }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
      await server.close().catch(() => undefined);
    }
  });
});

describe("a new deploy", () => {
  let workDir: string;
  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "broadsheet-deploy-"));
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it("is offered with a Refresh to update button, and the old version stays whole until then", async () => {
    const seedsDir = join(workDir, "seeds");
    const site = join(workDir, "site");
    await mkdir(seedsDir);
    await cp("seeds", seedsDir, { recursive: true });
    const first = await runBuild({ SEEDS_DIR: seedsDir, OUT_DIR: site });
    expect({ code: first.code, stderr: first.stderr }).toMatchObject({
      code: 0,
    });
    const server = await startStaticServer({ root: site });
    const { page, problems, close } = await openPage(browser);
    try {
      const story = seeds[0];
      if (!story) throw new Error("the test corpus is empty");
      const seedFile = join(workDir, story.file);
      const url = articleUrl(server.url, story.slug);
      await page.goto(url);
      await settle(page);
      await waitForOffline(page);
      const oldParagraphs = await page.locator("article p").count();

      const added = "A paragraph added by the second deploy.";
      await writeFile(
        seedFile,
        `${await readFile(seedFile, "utf8")}\n\n${added}\n`,
      );
      const next = join(workDir, "next");
      const second = await runBuild({ SEEDS_DIR: seedsDir, OUT_DIR: next });
      expect({ code: second.code, stderr: second.stderr }).toMatchObject({
        code: 0,
      });
      await rm(site, { recursive: true });
      await rename(next, site);

      await page.reload();
      await settle(page);
      const refresh = page.getByRole("button", { name: "Refresh to update" });
      await refresh.waitFor();
      // Until the reader asks, the page is the old deploy's, whole: its HTML with its own assets.
      expect(await page.getByText(added).count()).toBe(0);
      expect(await page.locator("article p").count()).toBe(oldParagraphs);
      expect(await scanAccessibility(page)).toEqual([]);
      await refresh.focus();
      expect(
        await page.evaluate(() => document.activeElement?.textContent),
      ).toBe("Refresh to update");

      await Promise.all([page.waitForEvent("load"), refresh.click()]);
      await settle(page);
      await page.getByText(added).waitFor();
      await waitForOffline(page);
      expect(await refresh.count()).toBe(0);
      expect(await scanAccessibility(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
      await server.close();
    }
  });
});

describe("a large archive", () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), "broadsheet-archive-"));
    await cp(outDir, copy, { recursive: true });
  });
  afterAll(async () => {
    await rm(copy, { recursive: true, force: true });
  });

  it("precaches the newest article only, and keeps each one a reader opens for offline reading", async () => {
    const list = JSON.parse(
      await readFile(join(copy, getListDataPath(1)), "utf8"),
    ) as ArticleListPage;
    // The third story repeats the first one's title: skip it, links are found by name.
    const [newest, opened, , neverOpened] = list.articles;
    if (!newest || !opened || !neverOpened)
      throw new Error("the test corpus needs four articles");
    // The same site, as if it held more than OFFLINE_ARTICLES=1 articles.
    await writeServiceWorker({
      outDir: copy,
      basePath: "/",
      files: await listFiles(copy),
      slugs: list.articles.map(({ slug }) => slug),
      maxArticles: 1,
    });
    const server = await startStaticServer({ root: copy });
    const { page, close } = await openPage(browser);
    try {
      await page.goto(server.url);
      await settle(page);
      await waitForOffline(page);
      await page
        .getByRole("link", { name: opened.title, exact: true })
        .first()
        .click();
      await page
        .getByRole("heading", { level: 1, name: opened.title })
        .waitFor();
      // Opened in the app, the article's page is fetched and kept beside its data file.
      const openedUrl = articleUrl(server.url, opened.slug);
      await expect
        .poll(() =>
          page.evaluate(
            async (url) => Boolean(await caches.match(url)),
            openedUrl,
          ),
        )
        .toBe(true);
      await server.close();
      await page.context().setOffline(true);

      for (const { slug, title } of [opened, newest]) {
        await page.goto(articleUrl(server.url, slug));
        expect(
          await page.getByRole("heading", { level: 1 }).textContent(),
        ).toBe(title);
      }
      await expect(
        page.goto(articleUrl(server.url, neverOpened.slug)),
      ).rejects.toThrow(/net::ERR_/);
    } finally {
      await close();
      await server.close().catch(() => undefined);
    }
  });
});

describe("under a base path", () => {
  let workDir: string;
  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "broadsheet-offline-base-"));
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it("scopes the worker to the base path and reads offline there", async () => {
    const site = join(workDir, "dist");
    const build = await runBuild({
      SEEDS_DIR: "seeds",
      OUT_DIR: site,
      BASE_PATH: "/news/",
    });
    expect({ code: build.code, stderr: build.stderr }).toMatchObject({
      code: 0,
    });
    const server = await startStaticServer({ root: site, basePath: "/news/" });
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(server.url);
      await settle(page);
      await waitForOffline(page);
      expect(
        await page.evaluate(
          async () => (await navigator.serviceWorker.getRegistration())?.scope,
        ),
      ).toBe(server.url);
      const link = page.getByRole("article").getByRole("link").first();
      const href = await link.getAttribute("href");
      expect(href).toMatch(/^\/news\/article\//);
      await server.close();
      await page.context().setOffline(true);
      await page.goto(new URL(href ?? "", server.url).href);
      await page.reload();
      expect(
        await page.getByRole("heading", { level: 1 }).textContent(),
      ).toBeTruthy();
      expect(problems).toEqual([]);
    } finally {
      await close();
      await server.close().catch(() => undefined);
    }
  });
});

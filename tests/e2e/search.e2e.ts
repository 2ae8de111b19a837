import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage, settle, withPage } from "./browser";

const baseUrl = inject("baseUrl");
const seeds = inject("seeds");
const story = seeds.find(
  ({ file }) => file === "seeds/000_31c48370f16a883d.txt",
);
if (!story) throw new Error("the Aleppo seed is not in the test corpus");
const articleUrl = `${baseUrl}article/${encodeURIComponent(story.slug)}/`;

// What only searching may download: the engine's chunk and the index files.
const isSearchRequest = (url: string): boolean =>
  /\/assets\/search-engine-[^/]*\.js$/.test(new URL(url).pathname) ||
  new URL(url).pathname.includes("/data/search/");

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe("search", () => {
  it("finds a misspelt word and opens the story at the matching paragraph", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(articleUrl);
      await settle(page);
      const box = page.getByRole("searchbox", { name: "Search stories" });
      await box.fill("artilery");
      await box.press("Enter");
      await page.waitForURL(/\/search\/\?q=artilery$/);
      await expect
        .poll(() =>
          page
            .getByRole("status", { name: "Search", exact: true })
            .textContent(),
        )
        .toMatch(/^\d+ results? for “artilery”\.$/);
      // The corpus holds this story twice (a duplicate title): open the one under test.
      const result = page
        .getByRole("list", { name: "Search" })
        .locator(`a[href*="/article/${encodeURIComponent(story.slug)}/#p-"]`)
        .first();
      expect(await result.textContent()).toBe(story.title);
      const marks = await page.locator("mark").allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(new Set(marks)).toEqual(new Set(["artillery"]));
      await result.click();
      await page.waitForURL(/\/article\/[^/]+\/#p-[\w-]+$/);
      const hash = new URL(page.url()).hash.slice(1);
      const paragraph = page.locator(`[id="${hash}"]`);
      expect(await paragraph.textContent()).toContain("artillery");
      await expect.poll(() => paragraph.isVisible()).toBe(true);
      // Scrolled to the anchor: the paragraph at the top of the viewport, or in view at the end of the page.
      const landed = (): Promise<boolean> =>
        paragraph.evaluate((element) => {
          const { top, bottom } = element.getBoundingClientRect();
          // The paragraph keeps a scroll margin so it does not sit under the page's top edge.
          const margin =
            Number.parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
          const atEnd =
            window.scrollY + window.innerHeight >=
            document.documentElement.scrollHeight - 2;
          return (
            Math.abs(top - margin) < 2 ||
            (atEnd && top < window.innerHeight && bottom > 0)
          );
        });
      await expect.poll(landed).toBe(true);
      expect(problems).toEqual([]);
    });
  });

  it("updates the results as the reader types on the search page, and Escape clears them", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(`${baseUrl}search/?q=aleppo`);
      await settle(page);
      const box = page.getByRole("searchbox", { name: "Search stories" });
      expect(await box.inputValue()).toBe("aleppo");
      await expect
        .poll(() =>
          page
            .getByRole("status", { name: "Search", exact: true })
            .textContent(),
        )
        .toMatch(/results? for “aleppo”/);
      await box.fill("hamdaniyah");
      await expect
        .poll(() =>
          page
            .getByRole("status", { name: "Search", exact: true })
            .textContent(),
        )
        .toMatch(/^\d+ results? for “hamdaniyah”\.$/);
      // One letter from "Hamdaniyeh", two from "Hamdaniya": both are fair matches.
      expect(await page.locator("mark").allTextContents()).toContain(
        "Hamdaniyeh",
      );
      await box.press("Escape");
      expect(await box.inputValue()).toBe("");
      await expect
        .poll(() =>
          page
            .getByRole("status", { name: "Search", exact: true })
            .textContent(),
        )
        .toMatch(/^Type a word/);
      expect(await page.getByRole("list", { name: "Search" }).count()).toBe(0);
      expect(problems).toEqual([]);
    });
  });

  it("downloads neither the search code nor its index on a plain article view, until the box is focused", async () => {
    const { page, problems, close } = await openPage(browser);
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    try {
      await page.goto(articleUrl);
      await settle(page);
      await page.mouse.wheel(0, 2000);
      await settle(page);
      expect(requested.filter(isSearchRequest)).toEqual([]);
      await page.getByRole("searchbox", { name: "Search stories" }).focus();
      await expect
        .poll(() => requested.filter(isSearchRequest).length)
        .toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("falls back to the article list without JavaScript", async () => {
    await withPage(
      browser,
      async ({ page }) => {
        await page.goto(articleUrl);
        const box = page.getByRole("searchbox", { name: "Search stories" });
        await box.fill("aleppo");
        await box.press("Enter");
        await page.waitForURL(/\/search\/\?q=aleppo$/);
        expect(
          await page.getByRole("heading", { level: 1 }).textContent(),
        ).toBe("Search");
        await page.getByRole("link", { name: "front page" }).click();
        await page.waitForURL(baseUrl);
        expect(
          await page.getByRole("link", { name: story.title }).count(),
        ).toBeGreaterThan(0);
      },
      {
        javaScriptEnabled: false,
      },
    );
  });

  it("has no WCAG 2.2 AA violation on the search page with results", async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(`${baseUrl}search/?q=aleppo`);
      await settle(page);
      await expect
        .poll(() =>
          page
            .getByRole("status", { name: "Search", exact: true })
            .textContent(),
        )
        .toMatch(/results? for/);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(violations.map(({ id }) => id)).toEqual([]);
    });
  });
});

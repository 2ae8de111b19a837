import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, settle, tabUntil, withPage } from "./browser";

const baseUrl = inject("baseUrl");
const seeds = inject("seeds");
const story = seeds.find(
  ({ file }) => file === "seeds/000_31c48370f16a883d.txt",
);
const articleUrl = `${baseUrl}article/${encodeURIComponent(story?.slug ?? "")}/`;

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function scan(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .analyze();
  return violations.map(
    ({ id, help, nodes }) =>
      `${id}: ${help} (${nodes.map(({ target }) => target.join(" ")).join(", ")})`,
  );
}

describe("axe-core", () => {
  it.each([
    ["the home page", ""],
    ["an article", articleUrl.slice(baseUrl.length)],
    ["the 404 page", "no-such-page/"],
  ])("finds no WCAG 2.2 AA violation on %s", async (_name, path) => {
    await withPage(
      browser,
      async ({ page }) => {
        await page.goto(`${baseUrl}${path}`);
        await settle(page);
        expect(await scan(page)).toEqual([]);
      },
      {},
      { allowStatus: [404] },
    );
  });

  it("finds no violation with quote highlighting turned off", async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(articleUrl);
      await settle(page);
      await page.getByRole("button", { name: /highlight quotes/i }).click();
      expect(await scan(page)).toEqual([]);
    });
  });
});

describe("the keyboard", () => {
  it("goes from the list to an article and back without a mouse", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(baseUrl);
      await settle(page);
      await page.keyboard.press("Tab");
      expect(
        await page.evaluate(() => document.activeElement?.textContent),
      ).toMatch(/skip to main content/i);

      const firstStory = await page.locator("main ol a").first().textContent();
      await tabUntil(
        page,
        "the first story's link",
        (selector) =>
          document.activeElement === document.querySelector(selector),
        "main ol a",
        10,
      );
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/article\/[^/]+\/$/);
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toBe(firstStory);

      // What Alt+Left does; headless Chromium has no browser UI to take that shortcut.
      await page.goBack();
      await page.waitForURL(baseUrl);
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toMatch(/stories/i);
      expect(problems).toEqual([]);
    });
  });

  it("reaches the main content through the skip link", async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(articleUrl);
      await settle(page);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe("main");
    });
  });
});

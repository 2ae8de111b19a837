import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  anyScriptHolds,
  launchBrowser,
  withPage,
  scriptsLoaded,
  settle,
} from "./browser";

const baseUrl = inject("baseUrl");
const story = inject("seeds").find(
  ({ file }) => file === "seeds/000_31c48370f16a883d.txt",
);
if (!story) throw new Error("the seed story is not in the test corpus");
const articleUrl = `${baseUrl}article/${encodeURIComponent(story.slug)}/`;

// A description from the shortcut table: in the keyboard chunk (and the help dialog's), whatever it is called.
const TABLE_TEXT = "Go to the story list";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe("the keyboard chunk in Chromium", () => {
  it("is not downloaded by a plain article view; the first j downloads it and moves focus to the first paragraph", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(articleUrl);
      await settle(page);
      const plain = await scriptsLoaded(page);
      expect(plain.length).toBeGreaterThan(0);
      expect(await anyScriptHolds(page, plain, TABLE_TEXT)).toBe(false);

      const firstParagraph = await page
        .locator("main article p[id]")
        .first()
        .getAttribute("id");
      await page.keyboard.press("j");
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id ?? ""))
        .toBe(firstParagraph);
      const added = (await scriptsLoaded(page)).filter(
        (url) => !plain.includes(url),
      );
      expect(added.length).toBeGreaterThan(0);
      expect(await anyScriptHolds(page, added, TABLE_TEXT)).toBe(true);
      expect(problems).toEqual([]);
    });
  });

  it("lets a first Space scroll the page and loads no shortcut code for it", async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(articleUrl);
      await settle(page);
      const plain = await scriptsLoaded(page);
      await page.keyboard.press(" ");
      await expect
        .poll(() => page.evaluate(() => window.scrollY))
        .toBeGreaterThan(0);
      await settle(page);
      // Scrolling may load other features (reading progress, decision 0016), never the shortcut matcher.
      const added = (await scriptsLoaded(page)).filter(
        (url) => !plain.includes(url),
      );
      expect(await anyScriptHolds(page, added, TABLE_TEXT)).toBe(false);
    });
  });
});

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, withPage } from "./browser";

const baseUrl = inject("baseUrl");
const seeds = inject("seeds");
const story = seeds.find(
  ({ file }) => file === "seeds/000_31c48370f16a883d.txt",
);
if (!story) throw new Error("The test corpus lacks the seed article");

const PAGES = [
  ["an article", `article/${encodeURIComponent(story.slug)}/`],
  ["the list", ""],
  ["the speaker index", "speakers/"],
  ["a speaker's page", "speakers/assaad-al-achi/"],
  ["the search page", "search/"],
] as const;

const VIEWPORTS = [
  { width: 412, height: 823 },
  { width: 1350, height: 940 },
] as const;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Where every rendered element of the page's body is and how it is painted, in document order. */
function readLayout(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    // What a closed <details> hides is not painted (its boxes are still computed when asked for).
    Array.from(document.body.querySelectorAll("*"))
      .filter((element) => element.checkVisibility())
      .map((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const at = [box.x, box.y, box.width, box.height]
          .map((value) => value.toFixed(1))
          .join(",");
        return `${element.tagName.toLowerCase()}.${element.className} @${at} ${style.color} on ${style.backgroundColor} ${style.fontFamily} ${style.fontSize}`;
      }),
  );
}

/** The page as first painted (the inline CSS only: every stylesheet request fails) or fully styled. */
async function layoutOf(
  path: string,
  viewport: { width: number; height: number },
  firstPaintOnly: boolean,
  colorScheme: "light" | "dark" = "light",
): Promise<string[]> {
  let layout: string[] = [];
  // Without JavaScript, the page is what the first paint shows; <noscript> links the full stylesheets.
  await withPage(
    browser,
    async ({ page }) => {
      if (firstPaintOnly)
        await page.route("**/*.css", (route) => route.abort());
      await page.goto(`${baseUrl}${path}`);
      layout = await readLayout(page);
    },
    { javaScriptEnabled: false, viewport, colorScheme },
  );
  return layout;
}

describe("the first paint", () => {
  it.each(PAGES)(
    "of %s lays out and colours every element as the full stylesheets do",
    async (_name, path) => {
      for (const viewport of VIEWPORTS) {
        const full = await layoutOf(path, viewport, false);
        const firstPaint = await layoutOf(path, viewport, true);
        expect(full.length).toBeGreaterThan(20);
        expect(firstPaint).toEqual(full);
      }
    },
  );

  it("of an article in a system's dark scheme lays out and colours every element as the full stylesheets do", async () => {
    const [, path] = PAGES[0];
    for (const viewport of VIEWPORTS) {
      const full = await layoutOf(path, viewport, false, "dark");
      const firstPaint = await layoutOf(path, viewport, true, "dark");
      expect(full.join("\n")).toContain("rgb(23, 24, 26)");
      expect(firstPaint).toEqual(full);
    }
  });
});

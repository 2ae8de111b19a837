import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, settle, withPage } from "./browser";

// The page's one inline script (tooling/optimize-template.ts `createHeadScript`): the reader's preferences before
// the first paint, then the app after it.

const baseUrl = inject("baseUrl");
const seeds = inject("seeds");
const story = seeds.find(
  ({ file }) => file === "seeds/000_31c48370f16a883d.txt",
);
if (!story) throw new Error("the seed article is not in the test corpus");
const articleUrl = `${baseUrl}article/${encodeURIComponent(story.slug)}/`;

// The dark theme's background from tokens.css, as computed styles report it.
const DARK_BG = "rgb(23, 24, 26)";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Stores a dark theme for the site before the page's own scripts run, as a returning reader would have it. */
async function storeDarkTheme(page: Page): Promise<void> {
  await page.addInitScript(() => {
    localStorage.setItem(
      "broadsheet:prefs",
      JSON.stringify({
        v: 2,
        highlightQuotes: true,
        theme: "dark",
        textSize: 3,
        font: "serif",
        lineWidth: "medium",
        lineSpacing: "normal",
        shortcuts: true,
      }),
    );
  });
}

/** The app has started: hydration renders the reading progress bar, which the prerendered page lacks. */
async function expectAppStarted(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.getByRole("progressbar", { name: "Reading progress" }).count(),
    )
    .toBe(1);
  // The full stylesheets are on.
  expect(
    await page.$$eval("link[rel=stylesheet]", (links) =>
      links.every((link) => !(link as HTMLLinkElement).disabled),
    ),
  ).toBe(true);
}

/** When the first contentful paint came, what the first frame recorded, and when each asset was requested. */
function readTimeline(page: Page) {
  return page.evaluate(() => ({
    firstFrame: (window as unknown as { firstFrame?: unknown }).firstFrame,
    background: getComputedStyle(document.body).backgroundColor,
    paint:
      performance.getEntriesByName("first-contentful-paint")[0]?.startTime ??
      null,
    assets: performance
      .getEntriesByType("resource")
      .filter(({ name }) => new URL(name).pathname.includes("/assets/"))
      .map(({ name, startTime }) => ({
        path: new URL(name).pathname,
        startTime,
      })),
  }));
}

describe("the head script", () => {
  it("paints a returning reader's stored theme first: their page waits for the full stylesheet, and for no script", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        await storeDarkTheme(page);
        // A slow stylesheet: if the page did not wait for it, its first frame would be the light theme.
        await page.route("**/*.css", async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 400));
          await route.continue();
        });
        // Runs before the page's own scripts: the first animation frame callback runs just before the first
        // paint, so what it sees is what is painted first.
        await page.addInitScript(() => {
          const record = window as unknown as { firstFrame?: unknown };
          requestAnimationFrame(() => {
            record.firstFrame = getComputedStyle(document.body).backgroundColor;
          });
        });
        await page.goto(articleUrl);
        await settle(page);
        await expectAppStarted(page);
        const timeline = await readTimeline(page);
        expect(timeline.firstFrame).toBe(DARK_BG);
        expect(timeline.background).toBe(DARK_BG);
        expect(timeline.paint).not.toBeNull();
        const stylesheets = timeline.assets.filter(({ path }) =>
          path.endsWith(".css"),
        );
        const scripts = timeline.assets.filter(({ path }) =>
          path.endsWith(".js"),
        );
        expect(stylesheets.length).toBeGreaterThan(0);
        expect(scripts.length).toBeGreaterThan(0);
        for (const stylesheet of stylesheets)
          expect(stylesheet.startTime).toBeLessThan(timeline.paint ?? 0);
        for (const script of scripts)
          expect(script.startTime).toBeGreaterThanOrEqual(timeline.paint ?? 0);
        expect(problems).toEqual([]);
      },
      { colorScheme: "light" },
    );
  });

  it("fetches no script or stylesheet before the first contentful paint for a reader with no stored preference", async () => {
    for (const colorScheme of ["light", "dark"] as const)
      await withPage(
        browser,
        async ({ page, problems }) => {
          await page.goto(articleUrl);
          await settle(page);
          await expectAppStarted(page);
          const timeline = await readTimeline(page);
          expect(timeline.paint).not.toBeNull();
          expect(timeline.assets.map(({ path }) => path)).toEqual(
            expect.arrayContaining([
              expect.stringMatching(/\.js$/),
              expect.stringMatching(/\.css$/),
            ]),
          );
          for (const asset of timeline.assets)
            expect(asset.startTime).toBeGreaterThanOrEqual(timeline.paint ?? 0);
          expect(problems).toEqual([]);
        },
        { colorScheme },
      );
  });

  it("starts the app in a hidden tab, where no paint comes", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await storeDarkTheme(page);
      // A background tab: hidden, and no Paint Timing entry is ever delivered.
      await page.addInitScript(() => {
        Object.defineProperty(Document.prototype, "hidden", {
          get: () => true,
        });
        PerformanceObserver.prototype.observe = () => undefined;
      });
      await page.goto(articleUrl);
      await expectAppStarted(page);
      expect(
        await page.evaluate(() => document.documentElement.dataset.theme),
      ).toBe("dark");
      expect(problems).toEqual([]);
    });
  });

  it("starts the app once the page is parsed where Paint Timing is not supported", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.addInitScript(() => {
        Object.defineProperty(PerformanceObserver, "supportedEntryTypes", {
          get: () => Object.freeze(["resource"]),
        });
        PerformanceObserver.prototype.observe = () => undefined;
      });
      await page.goto(articleUrl);
      await expectAppStarted(page);
      expect(problems).toEqual([]);
    });
  });
});

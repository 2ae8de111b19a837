import type { Browser, Page } from "playwright-core";
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
const PROGRESS_KEY = "broadsheet:progress";
// The resume notice's sentence: it is in the progress runtime only, whatever its chunk is called.
const RUNTIME_TEXT = "Reopened where you left off";

// Records every CSP violation from the first byte of each document on.
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(event.effectiveDirective + " blocked " + (event.blockedURI || "inline"));
  });
`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const storedProgress = (page: Page) =>
  page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

const violations = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );

describe("the reading-progress runtime in Chromium", () => {
  it("is not downloaded by a plain article view, and is by the first scroll", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        await page.addInitScript(RECORD_VIOLATIONS);
        await page.goto(articleUrl);
        await settle(page);
        const bar = page.getByRole("progressbar", { name: "Reading progress" });
        const atArrival = Number(await bar.getAttribute("aria-valuenow"));
        // The bar is measured on arrival without the runtime (the top of the story is on screen).
        expect(atArrival).toBeGreaterThan(0);
        expect(atArrival).toBeLessThan(50);
        const plain = await scriptsLoaded(page);
        expect(plain.length).toBeGreaterThan(0);
        expect(await anyScriptHolds(page, plain, RUNTIME_TEXT)).toBe(false);
        expect(await storedProgress(page)).toBeNull();

        await page.mouse.move(400, 300);
        await page.mouse.wheel(0, 1200);
        await expect
          .poll(() => storedProgress(page))
          .toMatch(/"paragraphId":"p-/);
        await expect
          .poll(async () => Number(await bar.getAttribute("aria-valuenow")))
          .toBeGreaterThan(atArrival);
        const added = (await scriptsLoaded(page)).filter(
          (url) => !plain.includes(url),
        );
        expect(added.length).toBeGreaterThan(0);
        expect(await anyScriptHolds(page, added, RUNTIME_TEXT)).toBe(true);
        // The bar moves through the CSSOM, which the page's hash-only policy does not govern.
        expect(await violations(page)).toEqual([]);
        expect(problems).toEqual([]);
      },
      {
        viewport: { width: 800, height: 600 },
      },
    );
  });

  it("is downloaded on arrival when the story has stored progress, and reopens it there with its notice styled", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        await page.addInitScript(RECORD_VIOLATIONS);
        await page.goto(articleUrl);
        await settle(page);
        const ids = await page
          .locator("main article p[id]")
          .evaluateAll((paragraphs) => paragraphs.map(({ id }) => id));
        await page.evaluate(
          ([key, value]) => {
            localStorage.setItem(key, value);
          },
          [
            PROGRESS_KEY,
            JSON.stringify({
              v: 1,
              bySlug: {
                [story.slug]: {
                  paragraphId: ids[5],
                  index: 5,
                  count: ids.length,
                  finished: false,
                  at: 1,
                },
              },
            }),
          ] as const,
        );
        await page.goto(articleUrl);
        const notice = page.getByRole("group", { name: "Where you left off" });
        await notice.waitFor();
        expect(await notice.textContent()).toContain("paragraph 6 of");
        // Its stylesheet came with the chunk: the notice is a box fixed to the window, not text in the flow.
        expect(
          await notice.evaluate(
            (element) => getComputedStyle(element).position,
          ),
        ).toBe("fixed");
        const top = await page.evaluate(
          (id) =>
            document.getElementById(id)?.getBoundingClientRect().top ?? -1,
          ids[5] ?? "",
        );
        expect(top).toBeGreaterThanOrEqual(0);
        expect(top).toBeLessThan(100);
        expect(await violations(page)).toEqual([]);
        expect(problems).toEqual([]);
      },
      {
        viewport: { width: 800, height: 600 },
        reducedMotion: "reduce",
      },
    );
  });
});

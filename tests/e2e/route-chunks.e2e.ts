import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, settle, withPage } from "./browser";

const baseUrl = inject("baseUrl");
const seeds = inject("seeds");
const story = seeds.find(
  ({ file }) => file === "seeds/000_31c48370f16a883d.txt",
);
if (!story) throw new Error("the seed article is not in the test corpus");
const articleUrl = `${baseUrl}article/${encodeURIComponent(story.slug)}/`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

function record(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}

const ofType = (requests: readonly Request[], type: string): string[] =>
  requests
    .filter((request) => request.resourceType() === type)
    .map((request) => new URL(request.url()).pathname);

describe("route chunks", () => {
  it("a prerendered list page fetches its route chunk with the entry, and each of its stylesheets once, after painting", async () => {
    await withPage(browser, async ({ page, problems }) => {
      const requests = record(page);
      const response = await page.goto(baseUrl);
      await settle(page);
      const html = (await response?.text()) ?? "";
      const named = [
        ...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g),
      ].map(([, href = ""]) => href);
      // The head script preloads the home page's route chunk, and everything it preloads was fetched.
      expect(named.some((path) => /\/home-[^/]+\.js$/.test(path))).toBe(true);
      const scripts = ofType(requests, "script");
      for (const path of named) expect(scripts).toContain(path);
      // The page paints from its inline CSS: its stylesheets arrive disabled (never fetched before the first
      // paint), the head script turns them on, and each is fetched once: Vite's loader does not fetch the route's again.
      const linked = [
        ...html.matchAll(/<link rel="stylesheet" href="([^"]+)" disabled>/g),
      ].map(([, href = ""]) => href);
      // The app's one stylesheet (decision 0022).
      expect(linked).toHaveLength(1);
      const stylesheets = ofType(requests, "stylesheet");
      expect([...stylesheets].sort()).toEqual([...linked].sort());
      const applied = await page.$$eval('link[rel="stylesheet"]', (links) =>
        links.map((link) => {
          const { href, disabled, sheet } = link as HTMLLinkElement;
          return { path: new URL(href).pathname, on: !disabled && !!sheet };
        }),
      );
      for (const path of linked)
        expect(applied).toContainEqual({ path, on: true });
      // Hydrated: following a story's link renders it in place, without loading a new document.
      const documents = ofType(requests, "document").length;
      await page
        .getByRole("link", { name: story.title, exact: true })
        .first()
        .click();
      await page.waitForURL(articleUrl);
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toBe(story.title);
      expect(ofType(requests, "document")).toHaveLength(documents);
      expect(problems).toEqual([]);
    });
  });

  it("an article downloads no other page's chunk; going to the list loads the list's code, its styles already there", async () => {
    await withPage(browser, async ({ page, problems }) => {
      const requests = record(page);
      await page.goto(articleUrl);
      await settle(page);
      const scripts = ofType(requests, "script");
      expect(
        scripts.filter((path) => /\/(home|list-page)-/.test(path)),
      ).toEqual([]);
      await page.getByRole("link", { name: "Broadsheet", exact: true }).click();
      await page.waitForURL(baseUrl);
      const list = page.getByRole("heading", {
        level: 1,
        name: "Latest stories",
      });
      await expect.poll(() => list.isVisible()).toBe(true);
      await settle(page);
      expect(
        ofType(requests, "script").some((path) =>
          /\/home-[^/]+\.js$/.test(path),
        ),
      ).toBe(true);
      // One stylesheet for the whole app, fetched once with the article, holds the list's rules too.
      expect(ofType(requests, "stylesheet")).toHaveLength(1);
      const unstyled = await page.evaluate(() => {
        const selectors: string[] = [];
        const walk = (rules: CSSRuleList) => {
          for (const rule of Array.from(rules)) {
            if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
            if ("cssRules" in rule) walk((rule as CSSGroupingRule).cssRules);
          }
        };
        for (const sheet of Array.from(document.styleSheets))
          walk(sheet.cssRules);
        const all = selectors.join(" ");
        const classes = new Set(
          Array.from(document.querySelectorAll("main [class]"), (element) =>
            Array.from(element.classList),
          ).flat(),
        );
        return [...classes].filter(
          (name) => !new RegExp(`\\.${name}(?![\\w-])`).test(all),
        );
      });
      expect(unstyled).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
});

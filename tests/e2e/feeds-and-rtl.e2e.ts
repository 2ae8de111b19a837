import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ArticleData, Segment } from "../../src/content/article";
import { launchBrowser, settle, withPage } from "./browser";

const baseUrl = inject("baseUrl");
const siteUrl = inject("siteUrl");
const seeds = inject("seeds");
const rtl = seeds.find(({ file }) => file === "seeds/rtl-front-matter.md");
const rtlUrl = `${baseUrl}article/${encodeURIComponent(rtl?.slug ?? "")}/`;

/** A paragraph's text back from its segments, quotation marks included. */
const joinSegments = (segments: readonly Segment[]): string =>
  segments
    .map((segment) =>
      segment.type === "text"
        ? segment.text
        : `${segment.open}${joinSegments(segment.children)}${segment.close}`,
    )
    .join("");

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

interface FeedCheck {
  href: string;
  status: number;
  contentType: string;
  wellFormed: boolean;
  items: number;
  /** Text of the first paragraph of the first item's full text, as a feed reader would show it. */
  firstParagraphs: string[];
}

describe("the feeds", () => {
  it("are linked from the page, served and well-formed, with the full text of each story", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(baseUrl);
      await settle(page);
      const hrefs = await page
        .locator('head link[rel="alternate"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      expect(hrefs).toHaveLength(3);
      // The pages name the public address (SITE_URL); the test server stands in for it.
      const paths = hrefs.map((href) =>
        (href ?? "").replace(`${siteUrl}/`, ""),
      );
      const checks = await page.evaluate(
        async (feeds): Promise<FeedCheck[]> =>
          Promise.all(
            feeds.map(async (href) => {
              const response = await fetch(href);
              const text = await response.text();
              const contentType = response.headers.get("content-type") ?? "";
              const firstBody = (html: string): string[] =>
                [
                  ...new DOMParser()
                    .parseFromString(html, "text/html")
                    .querySelectorAll("p"),
                ].map((p) => p.textContent);
              if (href.endsWith(".json")) {
                const feed = JSON.parse(text) as {
                  items: { content_html: string }[];
                };
                return {
                  href,
                  status: response.status,
                  contentType,
                  wellFormed: true,
                  items: feed.items.length,
                  firstParagraphs: firstBody(feed.items[0]?.content_html ?? ""),
                };
              }
              const doc = new DOMParser().parseFromString(
                text,
                "application/xml",
              );
              const items = doc.querySelectorAll("item, entry");
              const content = items[0]?.querySelector("content, encoded");
              return {
                href,
                status: response.status,
                contentType,
                wellFormed: doc.querySelector("parsererror") === null,
                items: items.length,
                firstParagraphs: firstBody(content?.textContent ?? ""),
              };
            }),
          ),
        paths,
      );
      // The newest story, as the build serves it to the browser: its paragraphs with their quotation marks.
      const newest = await page
        .locator("main ol h2 a")
        .first()
        .getAttribute("href");
      const slug = decodeURIComponent(newest?.split("/").at(-2) ?? "");
      const data = (await (
        await fetch(`${baseUrl}data/article/${encodeURIComponent(slug)}.json`)
      ).json()) as ArticleData;
      const storyParagraphs = data.paragraphs.map(({ segments }) =>
        joinSegments(segments),
      );
      expect(storyParagraphs.length).toBeGreaterThan(0);
      for (const check of checks) {
        expect(check).toMatchObject({
          status: 200,
          wellFormed: true,
          items: seeds.length,
        });
        expect(check.contentType).toMatch(/xml|json/);
        expect(check.firstParagraphs).toEqual(storyParagraphs);
      }
      expect(problems).toEqual([]);
    });
  });
});

describe("a right-to-left story", () => {
  it("reads right to left in Arabic, with the site's own words left to right, and axe finds nothing", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(rtlUrl);
      await settle(page);
      const directions = await page.evaluate(() => {
        const direction = (selector: string) => {
          const element = document.querySelector(selector);
          return element ? getComputedStyle(element).direction : null;
        };
        return {
          htmlLang: document.documentElement.lang,
          articleLang: document.querySelector("article")?.getAttribute("lang"),
          article: direction("article"),
          title: direction("h1"),
          paragraph: direction("article p[id^='p-']"),
          byline: direction("article header p"),
          header: direction("#root > header"),
        };
      });
      expect(directions).toEqual({
        htmlLang: "ar",
        articleLang: "ar",
        article: "rtl",
        title: "rtl",
        paragraph: "rtl",
        byline: "ltr",
        header: "ltr",
      });
      await expect
        .poll(() => page.getByText("ليلى حسن").evaluate((node) => node.tagName))
        .toBe("BDI");
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(violations.map(({ id }) => id)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });

  it("sets <html lang> when reached from the list and restores it on the way back", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(baseUrl);
      await settle(page);
      await page.getByRole("link", { name: rtl?.title ?? "" }).click();
      await page.waitForURL(rtlUrl);
      await expect
        .poll(() => page.evaluate(() => document.documentElement.lang))
        .toBe("ar");
      await page.goBack();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.lang))
        .toBe("en");
      expect(problems).toEqual([]);
    });
  });
});

import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, settle, tabUntil, withPage } from "./browser";

const baseUrl = inject("baseUrl");
const seeds = inject("seeds");
const story = seeds.find(
  ({ file }) => file === "seeds/000_31c48370f16a883d.txt",
);
if (!story) throw new Error("the seed from the issue is not in the corpus");
const articlePath = `article/${encodeURIComponent(story.slug)}/`;
const QUOTE = /It's a big slap/;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Id of the focused element, and whether it is inside the viewport. */
function getFocus(page: Page): Promise<{ id: string; inView: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    const box = element?.getBoundingClientRect();
    return {
      id: element?.id ?? "",
      inView: box !== undefined && box.top >= 0 && box.top < window.innerHeight,
    };
  });
}

/** How wide an element is on screen: a visually hidden one is 1 px (Playwright calls it visible). */
function shownWidth(locator: Locator): Promise<number> {
  return locator.evaluate((element) => element.getBoundingClientRect().width);
}

/** Opens "Who said what" and waits for its list, which comes with the whole article. */
async function openPanel(page: Page): Promise<Locator> {
  await page.getByText(/^Who said what/).click();
  const list = page.getByRole("list", { name: "Quotes in this article" });
  await list.waitFor();
  return list;
}

/**
 * Opens "Who said what", follows the quote's link and waits until its paragraph has the focus, in view.
 * @returns the paragraph's id
 */
async function followQuoteFromPanel(page: Page): Promise<string> {
  const list = await openPanel(page);
  await list.getByRole("link", { name: QUOTE }).click();
  await page.waitForURL(/#p-[a-z0-9]+$/);
  const hash = new URL(page.url()).hash.slice(1);
  await expect.poll(() => getFocus(page)).toEqual({ id: hash, inView: true });
  return hash;
}

describe("the 'Who said what' panel", () => {
  it("jumps to a quote's paragraph: URL hash, focus, in view, speaker shown", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        await page.goto(`${baseUrl}${articlePath}`);
        await settle(page);
        const hash = await followQuoteFromPanel(page);
        // Focus in the paragraph shows its speaker in the text, for sighted keyboard users too.
        await expect
          .poll(() =>
            shownWidth(
              page
                .locator(`[id="${hash}"]`)
                .getByText(", said by Assaad al-Achi"),
            ),
          )
          .toBeGreaterThan(20);
        expect(problems).toEqual([]);
      },
      {
        viewport: { width: 390, height: 700 },
      },
    );
  });

  it("shows a quote's speaker in the text when Tab reaches its paragraph's buttons", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(`${baseUrl}${articlePath}`);
      await settle(page);
      const said = page.getByText(", said by Assaad al-Achi");
      // Visually hidden (1 px wide) until then: screen readers hear it with the quote.
      expect(await shownWidth(said)).toBeLessThanOrEqual(1);
      // Tab until focus is on a button of the paragraph that quotes him.
      await tabUntil(
        page,
        "a button of the paragraph that quotes him",
        (quote) => {
          const block = document.activeElement?.closest(
            "main article div:has(> p[id])",
          );
          return (
            document.activeElement?.tagName === "BUTTON" &&
            (block?.textContent ?? "").includes(quote)
          );
        },
        "big slap",
        80,
      );
      await expect.poll(() => shownWidth(said)).toBeGreaterThan(20);
      expect(problems).toEqual([]);
    });
  });

  it("lists the quotes when opened as soon as the page shows, fetching the article's data then and once", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        const fetched: string[] = [];
        page.on("request", (request) => {
          if (request.url().includes("/data/article/"))
            fetched.push(request.url());
        });
        // Opened at once, before the page may be interactive: the panel loads its list when it is.
        await page.goto(`${baseUrl}${articlePath}`, {
          waitUntil: "commit",
        });
        const list = await openPanel(page);
        expect(fetched).toHaveLength(1);
        expect(
          await list.getByRole("link", { name: /^“/ }).count(),
        ).toBeGreaterThanOrEqual(3);
        await list.getByRole("link", { name: QUOTE }).click();
        await page.waitForURL(/#p-[a-z0-9]+$/);
        const hash = new URL(page.url()).hash.slice(1);
        await expect
          .poll(() => getFocus(page))
          .toEqual({ id: hash, inView: true });
        expect(fetched).toHaveLength(1);
        expect(problems).toEqual([]);
      },
      { viewport: { width: 390, height: 700 } },
    );
  });

  it("fetches nothing for the panel on a plain read", async () => {
    await withPage(browser, async ({ page }) => {
      const fetched: string[] = [];
      page.on("request", (request) => {
        if (request.url().includes("/data/article/"))
          fetched.push(request.url());
      });
      await page.goto(`${baseUrl}${articlePath}`);
      await settle(page);
      expect(fetched).toEqual([]);
    });
  });

  it("without JavaScript, leads to the quotes by speaker", async () => {
    await withPage(
      browser,
      async ({ page }) => {
        await page.goto(`${baseUrl}${articlePath}`);
        await page.getByText(/^Who said what/).click();
        await page.getByRole("link", { name: "Quotes by speaker" }).click();
        await page.waitForURL(`${baseUrl}speakers/`);
        await expect
          .poll(() =>
            page.getByRole("link", { name: "Assaad al-Achi" }).count(),
          )
          .toBeGreaterThan(0);
      },
      {
        javaScriptEnabled: false,
        viewport: { width: 390, height: 700 },
      },
    );
  });
});

describe("the speaker pages", () => {
  it("lead from the list to a speaker and back into the article at the paragraph", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(`${baseUrl}speakers/`);
      await settle(page);
      await page.getByRole("link", { name: "Assaad al-Achi" }).click();
      await page.waitForURL(`${baseUrl}speakers/assaad-al-achi/`);
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toBe("Assaad al-Achi");
      await page
        .getByRole("list", { name: "Quotes by Assaad al-Achi" })
        .getByRole("link", { name: story.title })
        .first()
        .click();
      await page.waitForURL(new RegExp(`/${articlePath}#p-[a-z0-9]+$`));
      await settle(page);
      const hash = new URL(page.url()).hash.slice(1);
      await expect
        .poll(() => getFocus(page))
        .toEqual({ id: hash, inView: true });
      expect(await page.locator(`[id="${hash}"]`).textContent()).toMatch(QUOTE);
      expect(problems).toEqual([]);
    });
  });

  it("are reached from the article list", async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(baseUrl);
      await settle(page);
      await page.getByRole("link", { name: "Assaad al-Achi" }).first().click();
      await page.waitForURL(`${baseUrl}speakers/assaad-al-achi/`);
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toBe("Assaad al-Achi");
    });
  });
});

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

describe("axe-core", () => {
  it.each([
    ["the speaker index", "speakers/", false],
    ["a speaker's page", "speakers/assaad-al-achi/", false],
    ["an article with its quote panel open", articlePath, true],
  ])("finds no WCAG 2.2 AA violation on %s", async (_name, path, panel) => {
    await withPage(browser, async ({ page }) => {
      await page.goto(`${baseUrl}${path}`);
      await settle(page);
      if (panel) await openPanel(page);
      const { violations } = await new AxeBuilder({ page })
        .withTags(AXE_TAGS)
        .analyze();
      expect(
        violations.map(
          ({ id, nodes }) =>
            `${id}: ${nodes.map(({ target }) => target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
    });
  });
});

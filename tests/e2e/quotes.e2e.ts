import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, settle, withPage } from "./browser";

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

/**
 * Opens "Who said what", follows the quote's link and waits until its paragraph has the focus, in view.
 * @returns the paragraph's id
 */
async function followQuoteFromPanel(page: Page): Promise<string> {
  await page.getByText(/^Who said what/).click();
  await page
    .getByRole("list", { name: "Quotes in this article" })
    .getByRole("link", { name: QUOTE })
    .click();
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
            page
              .locator(`[id="${hash}"]`)
              .getByText(", said by Assaad al-Achi")
              .isVisible(),
          )
          .toBe(true);
        expect(problems).toEqual([]);
      },
      {
        viewport: { width: 390, height: 700 },
      },
    );
  });

  it("works without JavaScript as plain links: the paragraph in view, marked, and where Tab goes on from", async () => {
    await withPage(
      browser,
      async ({ page }) => {
        await page.goto(`${baseUrl}${articlePath}`);
        await page.getByText(/^Who said what/).click();
        await page
          .getByRole("list", { name: "Quotes in this article" })
          .getByRole("link", { name: QUOTE })
          .click();
        await page.waitForURL(/#p-[a-z0-9]+$/);
        const hash = new URL(page.url()).hash.slice(1);
        // Without the page's script the paragraph is not focusable (decision 0025), so focus does not land on
        // it; the browser starts the next Tab from it, which reaches its own ¶ link first.
        await expect
          .poll(() =>
            page.locator(`[id="${hash}"]`).evaluate((element) => {
              const { top } = element.getBoundingClientRect();
              return (
                element.matches(":target") &&
                top >= 0 &&
                top < window.innerHeight
              );
            }),
          )
          .toBe(true);
        await page.keyboard.press("Tab");
        expect(
          await page.evaluate(() =>
            document.activeElement?.getAttribute("href"),
          ),
        ).toBe(`#${hash}`);
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
  ])("finds no WCAG 2.2 AA violation on %s", async (_name, path, openPanel) => {
    await withPage(browser, async ({ page }) => {
      await page.goto(`${baseUrl}${path}`);
      await settle(page);
      if (openPanel) await page.getByText(/^Who said what/).click();
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

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, settle, withPage } from "./browser";

const baseUrl = inject("baseUrl");
const seeds = inject("seeds");

function findSeed(file: string): { slug: string; title: string } {
  const seed = seeds.find((candidate) => candidate.file === file);
  if (!seed) throw new Error(`${file} is not in the test corpus`);
  return seed;
}

const story = findSeed("seeds/000_31c48370f16a883d.txt");
const xss = findSeed("seeds/xss-script-tags.txt");
const articleUrl = (slug: string): string =>
  `${baseUrl}article/${encodeURIComponent(slug)}/`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe("a deep link", () => {
  it("returns 200 and shows the story, after a hard reload too", async () => {
    await withPage(browser, async ({ page, problems }) => {
      const response = await page.goto(articleUrl(story.slug));
      expect(response?.status()).toBe(200);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        story.title,
      );
      const reloaded = await page.reload();
      expect(reloaded?.status()).toBe(200);
      await settle(page);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        story.title,
      );
      expect(problems).toEqual([]);
    });
  });
});

/** Whether the element with `id` is the page's `:target` and its top is in the viewport. */
function isTargetInView(page: Page, id: string): Promise<boolean> {
  return page.locator(`[id="${id}"]`).evaluate((element) => {
    const { top } = element.getBoundingClientRect();
    return element.matches(":target") && top >= 0 && top < window.innerHeight;
  });
}

describe("a link to a paragraph", () => {
  // The sixth paragraph: far enough down that opening the page on it scrolls. Read from the article's data, so
  // that the page is first opened by the link (a second goto differing by its hash only would not load it).
  const paragraphId = async (page: Page): Promise<string> => {
    const response = await page.request.get(
      `${baseUrl}data/article/${encodeURIComponent(story.slug)}.json`,
    );
    const { paragraphs } = (await response.json()) as {
      paragraphs: { id: string }[];
    };
    const id = paragraphs[5]?.id;
    if (!id) throw new Error("the story has fewer than six paragraphs");
    return id;
  };

  it("opens the story on it, marked, and gives it focus once the page runs", async () => {
    await withPage(browser, async ({ page, problems }) => {
      const id = await paragraphId(page);
      await page.goto(`${articleUrl(story.slug)}#${id}`);
      await settle(page);
      await expect.poll(() => isTargetInView(page, id)).toBe(true);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe(id);
      expect(problems).toEqual([]);
    });
  });

  it("without JavaScript, opens the story on it, marked, and the next Tab goes on from it", async () => {
    await withPage(
      browser,
      async ({ page }) => {
        const id = await paragraphId(page);
        await page.goto(`${articleUrl(story.slug)}#${id}`);
        await expect.poll(() => isTargetInView(page, id)).toBe(true);
        // Not focusable without the page's script (decision 0025): the browser starts the next Tab from it,
        // which reaches its own controls first (the buttons after its text, in the paragraph's block).
        await page.keyboard.press("Tab");
        expect(
          await page.evaluate(() => {
            const active = document.activeElement;
            return active?.tagName === "BUTTON"
              ? (active.parentElement?.parentElement?.querySelector("p[id]")
                  ?.id ?? null)
              : null;
          }),
        ).toBe(id);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe("with JavaScript disabled", () => {
  it("still shows the story and its highlighted quotes", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        await page.goto(articleUrl(story.slug));
        expect(
          await page.getByRole("heading", { level: 1 }).textContent(),
        ).toBe(story.title);
        expect(await page.locator("article p").count()).toBeGreaterThanOrEqual(
          15,
        );
        const speakers = await page
          .locator("mark[data-speaker]")
          .evaluateAll((marks) =>
            marks.map((mark) => mark.getAttribute("data-speaker")),
          );
        expect(speakers.length).toBeGreaterThan(0);
        await expect
          .poll(() => page.locator("mark[data-speaker]").first().isVisible())
          .toBe(true);
        // The whole stylesheet, not only the page's first-paint part: <noscript> links it.
        expect(
          await page.evaluate(() =>
            [...document.styleSheets].some(
              (sheet) => sheet.href?.endsWith(".css") && !sheet.disabled,
            ),
          ),
        ).toBe(true);
        expect(problems).toEqual([]);
      },
      {
        javaScriptEnabled: false,
      },
    );
  });
});

describe("hydration", () => {
  it("logs no error or warning on any route, after client navigation too", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        for (const { slug } of seeds) {
          await page.goto(articleUrl(slug));
          await settle(page);
        }
        await page.goto(`${baseUrl}no-such-page/`);
        await settle(page);
        await page.goto(`${baseUrl}article/no-such-story/`);
        await settle(page);
        await page.goto(baseUrl);
        await settle(page);
        // Client-side navigation: the article's data file is fetched, not the page.
        await page
          .getByRole("link", { name: story.title, exact: true })
          .first()
          .click();
        await page.waitForURL(articleUrl(story.slug));
        await expect
          .poll(() => page.getByRole("heading", { level: 1 }).textContent())
          .toBe(story.title);
        await page.goBack();
        await page.waitForURL(baseUrl);
        await settle(page);
        expect(problems).toEqual([]);
      },
      {},
      { allowStatus: [404] },
    );
  });
});

describe("article text", () => {
  it("is shown as text and executes nothing, before and after hydration", async () => {
    await withPage(browser, async ({ page, problems, dialogs }) => {
      await page.goto(articleUrl(xss.slug));
      await settle(page);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        xss.title,
      );
      await expect
        .poll(() => page.locator("article").textContent())
        .toContain("</script><script>alert(2)</script>");
      expect(await page.locator("article img").count()).toBe(0);
      // Reached by client navigation too: rendered from the fetched JSON.
      await page.goto(baseUrl);
      await settle(page);
      await page.getByRole("link", { name: xss.title }).click();
      await page.waitForURL(articleUrl(xss.slug));
      await settle(page);
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
});

describe("the quote highlighting toggle", () => {
  it("is remembered across a reload", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(articleUrl(story.slug));
      await settle(page);
      const toggle = page.getByRole("button", { name: /highlight quotes/i });
      expect(await toggle.getAttribute("aria-pressed")).toBe("true");
      await toggle.click();
      await expect
        .poll(() => toggle.getAttribute("aria-pressed"))
        .toBe("false");
      await page.reload();
      await settle(page);
      await expect
        .poll(() => toggle.getAttribute("aria-pressed"))
        .toBe("false");
      await toggle.click();
      await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
      expect(problems).toEqual([]);
    });
  });
});

describe("an unknown address", () => {
  it.each(["no-such-page/", "article/no-such-story/", "no/such/deep/path"])(
    "%s answers 404 with a page that leads home",
    async (path) => {
      await withPage(
        browser,
        async ({ page, problems }) => {
          const response = await page.goto(`${baseUrl}${path}`);
          expect(response?.status()).toBe(404);
          await settle(page);
          expect(
            await page.getByRole("heading", { level: 1 }).textContent(),
          ).toMatch(/not found/i);
          await page.getByRole("link", { name: /front page/i }).click();
          await page.waitForURL(baseUrl);
          expect(
            await page.getByRole("heading", { level: 1 }).isVisible(),
          ).toBe(true);
          expect(problems).toEqual([]);
        },
        {},
        { allowStatus: [404] },
      );
    },
  );
});

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
const articleUrl = `${baseUrl}article/${encodeURIComponent(story.slug)}/`;

const PREFS_KEY = "broadsheet:prefs";
const PROGRESS_KEY = "broadsheet:progress";
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
// The dark and sepia theme backgrounds from tokens.css, as computed styles report them.
const DARK_BG = "rgb(23, 24, 26)";
const SEPIA_BG = "rgb(244, 236, 216)";
const LIGHT_BG = "rgb(251, 250, 247)";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

function storedPreferences(patch: Record<string, unknown>): string {
  return JSON.stringify({
    v: 2,
    highlightQuotes: true,
    theme: "system",
    textSize: 3,
    font: "serif",
    lineWidth: "medium",
    lineSpacing: "normal",
    shortcuts: true,
    ...patch,
  });
}

/** Stores `value` under `key` for the site's origin, as a returning reader would have it. */
async function seedStorage(page: Page, key: string, value: string) {
  await page.goto(`${baseUrl}404.html`);
  await page.evaluate(
    ([storageKey, storageValue]) => {
      localStorage.setItem(storageKey, storageValue);
    },
    [key, value] as const,
  );
}

async function scan(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .analyze();
  return violations.map(
    ({ id, help, nodes }) =>
      `${id}: ${help} (${nodes.map(({ target }) => target.join(" ")).join(", ")})`,
  );
}

const activeId = (page: Page) =>
  page.evaluate(() => document.activeElement?.id ?? "");

describe("the stored theme", () => {
  it("is applied by the inline boot script, with the stylesheet it loads, before any app code runs", async () => {
    // System colour scheme light: a page showing the dark theme can only have it from storage.
    await withPage(
      browser,
      async ({ page }) => {
        await seedStorage(
          page,
          PREFS_KEY,
          storedPreferences({ theme: "dark" }),
        );
        // No application JavaScript at all: only the inline script in <head> and the stylesheet it links for
        // a reader with stored preferences (their rules are not inline, decision 0026) can paint the theme.
        await page.route("**/assets/*.js", (route) => route.abort());
        await page.goto(articleUrl);
        expect(
          await page.evaluate(() => document.documentElement.dataset.theme),
        ).toBe("dark");
        expect(
          await page.evaluate(
            () => getComputedStyle(document.body).backgroundColor,
          ),
        ).toBe(DARK_BG);
      },
      { colorScheme: "light" },
    );
  });

  it("is already in place in the first painted frame, with JavaScript on", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        await seedStorage(
          page,
          PREFS_KEY,
          storedPreferences({ theme: "dark" }),
        );
        // Runs before the page's own scripts: the first animation frame callback runs just before the first
        // paint, so what it sees is what is painted first.
        await page.addInitScript(() => {
          const record = window as unknown as { firstFrame?: unknown };
          requestAnimationFrame(() => {
            // The body may not be parsed yet at the first frame; then nothing of the page is painted either.
            const body = document.body as HTMLElement | null;
            record.firstFrame = {
              theme: document.documentElement.dataset.theme ?? null,
              background: body
                ? getComputedStyle(body).backgroundColor
                : "no body yet",
            };
          });
        });
        await page.goto(articleUrl);
        await settle(page);
        const firstFrame = await page.evaluate(
          () => (window as unknown as { firstFrame?: unknown }).firstFrame,
        );
        expect(firstFrame).toEqual({ theme: "dark", background: DARK_BG });
        expect(problems).toEqual([]);
      },
      {
        colorScheme: "light",
      },
    );
  });

  it("survives corrupt storage: the page shows with the default theme and no error", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        await seedStorage(page, PREFS_KEY, '{"v":2,"theme":');
        await page.goto(articleUrl);
        await settle(page);
        expect(
          await page.evaluate(
            () => getComputedStyle(document.body).backgroundColor,
          ),
        ).toBe(LIGHT_BG);
        expect(
          await page.getByRole("heading", { level: 1 }).textContent(),
        ).toBe(story.title);
        expect(problems).toEqual([]);
      },
      {
        colorScheme: "light",
      },
    );
  });
});

describe("the preferences panel", () => {
  it("switches to sepia at once, and the choice holds on the next page", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        await page.goto(articleUrl);
        await settle(page);
        await page.getByRole("button", { name: "Preferences" }).click();
        await page.getByRole("radio", { name: "Sepia" }).check();
        await expect
          .poll(() =>
            page.evaluate(
              () => getComputedStyle(document.body).backgroundColor,
            ),
          )
          .toBe(SEPIA_BG);
        await page.goto(baseUrl);
        expect(
          await page.evaluate(
            () => getComputedStyle(document.body).backgroundColor,
          ),
        ).toBe(SEPIA_BG);
        expect(problems).toEqual([]);
      },
      {
        colorScheme: "light",
      },
    );
  });
});

describe("axe-core in every theme", () => {
  it.each(["dark", "sepia"])(
    "finds no violation in the %s theme, on the list, an article and with the panels open",
    async (theme) => {
      await withPage(browser, async ({ page }) => {
        await seedStorage(page, PREFS_KEY, storedPreferences({ theme }));
        await page.goto(baseUrl);
        await settle(page);
        expect(await scan(page)).toEqual([]);
        await page.goto(articleUrl);
        await settle(page);
        expect(await scan(page)).toEqual([]);
        await page.getByRole("button", { name: "Preferences" }).click();
        await page.getByRole("radio", { name: "Dark" }).waitFor();
        expect(await scan(page)).toEqual([]);
        await page.keyboard.press("?");
        await page
          .getByRole("dialog", { name: "Keyboard shortcuts" })
          .waitFor();
        expect(await scan(page)).toEqual([]);
      });
    },
  );
});

describe("keyboard shortcuts", () => {
  it("j/k move focus through paragraphs and n/p through quotes, scrolling to them", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        await page.goto(articleUrl);
        await settle(page);
        const ids = await page
          .locator("main article p[id]")
          .evaluateAll((paragraphs) => paragraphs.map(({ id }) => id));
        // The first key runs once the keyboard chunk has arrived (decision 0017); the next ones at once.
        await page.keyboard.press("j");
        await expect.poll(() => activeId(page)).toBe(ids[0]);
        for (let step = 0; step < 5; step += 1) await page.keyboard.press("j");
        expect(await activeId(page)).toBe(ids[5]);
        await page.keyboard.press("k");
        expect(await activeId(page)).toBe(ids[4]);
        // The focused paragraph is on screen.
        expect(
          await page.evaluate(() => {
            const rect = document.activeElement?.getBoundingClientRect();
            return (
              rect !== undefined && rect.top >= 0 && rect.top < innerHeight
            );
          }),
        ).toBe(true);
        await page.keyboard.press("n");
        const quote = await page.evaluate(() => ({
          tag: document.activeElement?.tagName,
          kind: (document.activeElement as HTMLElement | null)?.dataset.kind,
        }));
        expect(quote).toEqual({ tag: "MARK", kind: "speech" });
        await page.keyboard.press("p");
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(
          "MARK",
        );
        expect(problems).toEqual([]);
      },
      {
        reducedMotion: "reduce",
      },
    );
  });

  it("? opens the help dialog, which keeps focus inside and gives it back on Escape", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(articleUrl);
      await settle(page);
      await page.keyboard.press("j");
      await expect.poll(() => activeId(page)).not.toBe("");
      const before = await activeId(page);
      await page.keyboard.press("?");
      const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(
        "Highlight the focused paragraph",
      );
      // The page behind a modal dialog is inert: Tab cycles through the dialog (and the browser's own UI,
      // which leaves nothing focused in the page) but never reaches the story.
      for (let press = 0; press < 4; press += 1) {
        await page.keyboard.press("Tab");
        expect(
          await page.evaluate(() => {
            const active = document.activeElement;
            return (
              active === document.body || active?.closest("dialog") !== null
            );
          }),
        ).toBe(true);
      }
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      expect(await activeId(page)).toBe(before);
      expect(problems).toEqual([]);
    });
  });

  it("does nothing once single-key shortcuts are turned off in preferences", async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(articleUrl);
      await settle(page);
      await page.getByRole("button", { name: "Preferences" }).click();
      await page
        .getByRole("checkbox", { name: "Single-key shortcuts" })
        .uncheck();
      await page.locator("body").focus();
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
      });
      await page.keyboard.press("j");
      await page.keyboard.press("?");
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(
        "BODY",
      );
      expect(await page.getByRole("dialog").count()).toBe(0);
    });
  });
});

describe("route accessibility", () => {
  it("moves focus to the new page's h1 on client navigation and announces its title", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await page.goto(baseUrl);
      await settle(page);
      // Not on first load: focus stays where the browser put it.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(
        "BODY",
      );
      await page
        .getByRole("link", { name: story.title, exact: true })
        .first()
        .click();
      await page.waitForURL(articleUrl);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.tagName))
        .toBe("H1");
      // One status region announces the new page's title.
      await expect
        .poll(() =>
          page
            .getByRole("status")
            .filter({ hasText: " — Broadsheet" })
            .allTextContents(),
        )
        .toEqual([`${story.title} — Broadsheet`]);
      expect(problems).toEqual([]);
    });
  });

  it("restores the scroll position on back and forward", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        await page.goto(baseUrl);
        await settle(page);
        await page
          .getByRole("link", { name: story.title, exact: true })
          .first()
          .click();
        await page.waitForURL(articleUrl);
        // The URL changes before the story has rendered and the new page is scrolled to its top (the load state
        // is the first page's): wait for the new page's focus on its heading, and scroll until the scroll holds.
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.tagName))
          .toBe("H1");
        await expect
          .poll(() =>
            page.evaluate(() => {
              window.scrollTo(0, 900);
              return window.scrollY;
            }),
          )
          .toBe(900);
        // `g` then `h` goes home without scrolling first (a click on the header link would scroll up to it).
        await page.keyboard.press("g");
        await page.keyboard.press("h");
        await page.waitForURL(baseUrl);
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
        await page.goBack();
        await page.waitForURL(articleUrl);
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(900);
        // The resume notice is for arrivals, not for going back.
        expect(
          await page
            .getByRole("button", { name: "Start from the top" })
            .count(),
        ).toBe(0);
        expect(problems).toEqual([]);
      },
      {
        viewport: { width: 800, height: 500 },
        reducedMotion: "reduce",
      },
    );
  });
});

describe("reading progress", () => {
  it("reopens the story at the paragraph the reader reached, and starts from the top on request", async () => {
    await withPage(
      browser,
      async ({ page, problems }) => {
        await page.goto(articleUrl);
        await settle(page);
        const bar = page.getByRole("progressbar", { name: "Reading progress" });
        expect(Number(await bar.getAttribute("aria-valuenow"))).toBeLessThan(
          50,
        );
        const ids = await page
          .locator("main article p[id]")
          .evaluateAll((paragraphs) => paragraphs.map(({ id }) => id));
        const target = ids[7] ?? "";
        await page.evaluate((id) => {
          document.getElementById(id)?.scrollIntoView({ block: "start" });
        }, target);
        await expect
          .poll(() =>
            page.evaluate(
              (key) => localStorage.getItem(key) ?? "",
              PROGRESS_KEY,
            ),
          )
          .toContain(`"paragraphId":"${target}"`);
        expect(Number(await bar.getAttribute("aria-valuenow"))).toBeGreaterThan(
          0,
        );

        await page.goto(baseUrl);
        await settle(page);
        // The list sorts dated stories first, and the corpus repeats this title: find the entry by its link.
        const entry = page.locator("main ol li").filter({
          has: page.locator(
            `a[href$="/article/${encodeURIComponent(story.slug)}/"]`,
          ),
        });
        expect(await entry.textContent()).toContain("In progress");

        // A fresh visit (not a reload the browser would restore by itself) reopens at the same paragraph.
        await page.goto(articleUrl);
        await settle(page);
        const startOver = page.getByRole("button", {
          name: "Start from the top",
        });
        await startOver.waitFor();
        const top = await page.evaluate(
          (id) =>
            document.getElementById(id)?.getBoundingClientRect().top ?? -1,
          target,
        );
        expect(top).toBeGreaterThanOrEqual(0);
        expect(top).toBeLessThan(100);

        await startOver.click();
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(
          "H1",
        );

        // After a reload the reader is back at the paragraph they reached.
        await page.evaluate((id) => {
          document.getElementById(id)?.scrollIntoView({ block: "start" });
        }, target);
        await page.reload();
        await settle(page);
        await expect
          .poll(() =>
            page.evaluate((id) => {
              const top = document
                .getElementById(id)
                ?.getBoundingClientRect().top;
              return top !== undefined && top >= 0 && top < 100;
            }, target),
          )
          .toBe(true);
        expect(problems).toEqual([]);
      },
      {
        viewport: { width: 800, height: 600 },
        reducedMotion: "reduce",
      },
    );
  });
});

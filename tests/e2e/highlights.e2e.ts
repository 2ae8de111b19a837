import { readFile } from "node:fs/promises";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  anyScriptHolds,
  launchBrowser,
  openPage,
  withPage,
  scriptsLoaded,
  settle,
  tabUntil,
} from "./browser";

const baseUrl = inject("baseUrl");
const story = inject("seeds").find(
  ({ file }) => file === "seeds/000_31c48370f16a883d.txt",
);
if (!story) throw new Error("the seed story is not in the test corpus");
const articleUrl = `${baseUrl}article/${encodeURIComponent(story.slug)}/`;
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function openStory(page: Page): Promise<void> {
  await page.goto(articleUrl);
  await settle(page);
}

/** Presses Tab until the focused element is the button named `name`. */
const tabTo = (page: Page, name: string): Promise<void> =>
  tabUntil(
    page,
    `"${name}"`,
    (wanted) => document.activeElement?.textContent.trim() === wanted,
    name,
  );

/** Selects characters `from`..`to` of the paragraph's first text run by dragging the mouse over them. */
async function dragSelect(
  page: Page,
  paragraph: number,
  from: number,
  to: number,
) {
  const target = page.locator("article p[id^='p-']").nth(paragraph);
  await target.scrollIntoViewIfNeeded();
  const box = await target.evaluate(
    (element, [start, end]) => {
      const range = document.createRange();
      const text = element.firstChild;
      if (!text) throw new Error("empty paragraph");
      range.setStart(text, start ?? 0);
      range.setEnd(text, end ?? 0);
      const rect = range.getBoundingClientRect();
      return { x: rect.left, y: rect.top + rect.height / 2, width: rect.width };
    },
    [from, to],
  );
  await page.mouse.move(box.x + 1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 1, box.y, { steps: 5 });
  await page.mouse.up();
}

const marks = (page: Page) => page.locator("article mark[data-highlight-id]");

// Announced after each highlight: it is in the highlights runtime only, whatever its chunk is called.
const RUNTIME_TEXT = "Highlighted as ";

describe("the highlights runtime in Chromium", () => {
  it("is not downloaded by a plain article view, and is by the first press", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await openStory(page);
      const plain = await scriptsLoaded(page);
      expect(plain.length).toBeGreaterThan(0);
      expect(await anyScriptHolds(page, plain, RUNTIME_TEXT)).toBe(false);

      await page
        .getByRole("button", { name: "Highlight paragraph 1", exact: true })
        .click();
      await expect.poll(() => marks(page).count()).toBe(1);
      const added = (await scriptsLoaded(page)).filter(
        (url) => !plain.includes(url),
      );
      expect(added.length).toBeGreaterThan(0);
      expect(await anyScriptHolds(page, added, RUNTIME_TEXT)).toBe(true);
      expect(
        await page.evaluate(() => document.activeElement?.textContent),
      ).toBe("Highlight paragraph 1");
      expect(problems).toEqual([]);
    });
  });
});

describe("highlights in Chromium", () => {
  it("are made with the keyboard only, announced, and still there after a reload", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await openStory(page);
      await tabTo(page, "Highlight paragraph 2");
      // Shown while focused: a rule of the full stylesheet, which the page loads after its first paint.
      expect(
        await page.evaluate(() => {
          const controls = document.activeElement?.parentElement;
          return controls ? getComputedStyle(controls).opacity : null;
        }),
      ).toBe("1");
      await page.keyboard.press("Enter");
      const button = page.getByRole("button", {
        name: "Highlight paragraph 2",
      });
      // At once while the story is the server's HTML; a frame later had it hydrated already (its own root renders
      // the press in an effect).
      await expect.poll(() => button.getAttribute("aria-pressed")).toBe("true");
      await expect
        .poll(() => page.getByRole("status").allTextContents())
        .toContainEqual(expect.stringMatching(/^Highlighted as Important: “/));
      // The `h` shortcut on the focused paragraph block.
      await tabTo(page, "Highlight paragraph 3");
      await page.keyboard.press("h");
      // The page's first shortcut key acts once the shortcut code has arrived (decision 0017).
      await expect.poll(() => marks(page).count()).toBe(2);
      await page.reload();
      await settle(page);
      await expect.poll(() => marks(page).count()).toBe(2);
      expect(await button.getAttribute("aria-pressed")).toBe("true");
      expect(problems).toEqual([]);
    });
  });

  it("are made from a mouse selection with the floating action, and survive a reload", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await openStory(page);
      await dragSelect(page, 3, 3, 20);
      const selected = await page.evaluate(() =>
        document.getSelection()?.toString(),
      );
      await page.getByRole("button", { name: "Highlight as Agree" }).click();
      await expect
        .poll(() => marks(page).allTextContents())
        .toEqual([`Highlight, Agree: ${selected ?? ""}`]);
      await page.reload();
      await settle(page);
      await expect
        .poll(() => marks(page).allTextContents())
        .toEqual([`Highlight, Agree: ${selected ?? ""}`]);
      expect(problems).toEqual([]);
    });
  });

  it("export as JSON and import into a cleared profile restores every highlight", async () => {
    const first = await openPage(browser, { acceptDownloads: true });
    let file: { name: string; mimeType: string; buffer: Buffer };
    let made: string[];
    try {
      const { page } = first;
      await openStory(page);
      await page
        .getByRole("button", { name: "Highlight paragraph 1", exact: true })
        .click();
      await page
        .getByRole("button", { name: "Highlight quote in paragraph 7" })
        .click();
      await page.getByRole("button", { name: /^Your highlights/ }).click();
      await page
        .getByRole("textbox", { name: "Note on highlight 1" })
        .fill("Who counts?");
      await page.getByRole("textbox", { name: "Note on highlight 1" }).blur();
      made = await marks(page).allTextContents();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Export JSON" }).click(),
      ]);
      const json = await readFile(await download.path(), "utf8");
      file = {
        name: "highlights.json",
        mimeType: "application/json",
        buffer: Buffer.from(json),
      };
      expect(JSON.parse(json)).toMatchObject({
        type: "AnnotationCollection",
        total: 2,
      });
      expect(first.problems).toEqual([]);
    } finally {
      await first.close();
    }

    const second = await openPage(browser);
    try {
      const { page } = second;
      await openStory(page);
      expect(await marks(page).count()).toBe(0);
      await page.getByRole("button", { name: /^Your highlights/ }).click();
      await page.getByLabel("Import highlights (JSON)").setInputFiles(file);
      await expect
        .poll(() =>
          page.getByText(/^Imported 2 new of 2 highlights\.$/).count(),
        )
        .toBe(1);
      await page.getByLabel("Import highlights (JSON)").setInputFiles(file);
      await expect
        .poll(() =>
          page.getByText(/^Imported 0 new of 2 highlights\.$/).count(),
        )
        .toBe(1);
      expect(await marks(page).allTextContents()).toEqual(made);
      expect(
        await page
          .getByRole("textbox", { name: "Note on highlight 1" })
          .inputValue(),
      ).toBe("Who counts?");
      expect(second.problems).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it("corrupt storage still shows the story and, once, a notice", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await openStory(page);
      await page.evaluate(() => {
        localStorage.setItem(
          "broadsheet:highlights",
          '{"v":1,"highlights":[oops',
        );
      });
      await page.reload();
      await settle(page);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        story.title,
      );
      const notice = page.getByRole("heading", {
        name: "Some saved highlights could not be read",
      });
      await expect.poll(() => notice.count()).toBe(1);
      expect(
        await page.evaluate(() =>
          localStorage.getItem("broadsheet:highlights:backup"),
        ),
      ).toBe('{"v":1,"highlights":[oops');
      await page.getByRole("button", { name: "Dismiss" }).click();
      await page.reload();
      await settle(page);
      expect(await notice.count()).toBe(0);
      expect(problems).toEqual([]);
    });
  });

  it("have no axe violations when shown in the text, the panel and /highlights/", async () => {
    await withPage(browser, async ({ page, problems }) => {
      await openStory(page);
      await page.getByRole("button", { name: /^Your highlights/ }).click();
      const colours = ["Important", "Agree", "Question", "Follow up"];
      for (const [index, name] of colours.entries()) {
        await page
          .getByRole("radio", { name: new RegExp(`^${name} `) })
          .check();
        await page
          .getByRole("button", {
            name: `Highlight paragraph ${String(index + 1)}`,
            exact: true,
          })
          .click();
      }
      await page
        .getByRole("textbox", { name: "Note on highlight 1" })
        .waitFor();
      const { violations } = await new AxeBuilder({ page })
        .withTags(AXE_TAGS)
        .analyze();
      expect(
        violations.map(
          ({ id, nodes }) =>
            `${id}: ${nodes.map((n) => n.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
      await page.goto(`${baseUrl}highlights/`);
      await settle(page);
      await expect
        .poll(() => page.getByRole("link", { name: /^Open in/ }).count())
        .toBe(4);
      const onPage = await new AxeBuilder({ page })
        .withTags(AXE_TAGS)
        .analyze();
      expect(onPage.violations.map(({ id }) => id)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
});

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { createServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSiteConfig } from "../../tooling/site-config";
import { launchBrowser } from "./browser";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FIRST =
  "Dev server first story\n\nThe first story is served by the dev server.\n";
const SECOND =
  "Dev server second story\n\nA story added while the server runs.\n";

let workDir: string;
let seedsDir: string;
let server: ViteDevServer;
let browser: Browser;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "broadsheet-dev-"));
  seedsDir = join(workDir, "seeds");
  await mkdir(seedsDir);
  await writeFile(join(seedsDir, "first.txt"), FIRST);
  server = await createServer({
    ...createSiteConfig({ seedsDir }),
    configFile: false,
    root: PROJECT_ROOT,
    // A cache of its own: always cold, never re-optimised halfway because `npm run dev` ran with another config.
    cacheDir: join(workDir, "vite-cache"),
    logLevel: "silent",
    server: { host: "127.0.0.1", port: 5273, strictPort: false },
  });
  await server.listen();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await rm(workDir, { recursive: true, force: true });
});

const storyLinks = (page: Page): Promise<string[]> =>
  page.locator("main ol a").allTextContents();
const hasOverlay = (page: Page): Promise<boolean> =>
  page.locator("vite-error-overlay").isVisible();
// The overlay's text, or "" while there is none (it is re-created when a reloaded page reconnects).
const overlayText = (page: Page): Promise<string> =>
  page.evaluate(
    () =>
      document.querySelector("vite-error-overlay")?.shadowRoot?.textContent ??
      "",
  );

describe("npm run dev", () => {
  it("picks up added, broken and deleted seeds without a restart", async () => {
    const page = await browser.newPage();
    try {
      const url = server.resolvedUrls?.local[0] ?? "";
      await page.goto(url);
      await expect
        .poll(() => storyLinks(page), { timeout: 15_000 })
        .toEqual(["Dev server first story"]);

      await writeFile(join(seedsDir, "second.txt"), SECOND);
      await expect
        .poll(() => storyLinks(page), { timeout: 15_000 })
        .toEqual(["Dev server first story", "Dev server second story"]);

      // A bad seed shows in the overlay, and the good stories are still served.
      await writeFile(join(seedsDir, "broken.txt"), "   \n");
      await expect
        .poll(() => overlayText(page), { timeout: 15_000 })
        .toContain("broken.txt");
      // The change also reloads the page: wait for the list to render again rather than racing the reload.
      await expect
        .poll(() => storyLinks(page), { timeout: 15_000 })
        .toEqual(["Dev server first story", "Dev server second story"]);

      await rm(join(seedsDir, "broken.txt"));
      await rm(join(seedsDir, "second.txt"));
      await expect
        .poll(() => storyLinks(page), { timeout: 15_000 })
        .toEqual(["Dev server first story"]);
      expect(await hasOverlay(page)).toBe(false);
    } finally {
      await page.close();
    }
  });
});

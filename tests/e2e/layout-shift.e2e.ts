import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { contentTypeOf } from "../../tooling/static-server";
import { launchBrowser, withPage } from "./browser";

// A page a browser paints before all of it has arrived must not move when the rest does (CLS < 0.01, issue 5).
// A static server sends each file at once; this one holds an article's HTML back after its first paragraph, as
// a slow network does, so the first paint is of a page shorter than the window.

const outDir = inject("outDir");
const seeds = inject("seeds");
const story = seeds.find(
  ({ file }) => file === "seeds/000_31c48370f16a883d.txt",
);
if (!story) throw new Error("the seed article is not in the test corpus");
const articlePath = `/article/${encodeURIComponent(story.slug)}/`;

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = decodeURIComponent(
      new URL(request.url ?? "/", "http://localhost").pathname,
    );
    const file = join(outDir, path.endsWith("/") ? `${path}index.html` : path);
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          "content-type": contentTypeOf(file),
        });
        if (path !== decodeURIComponent(articlePath)) {
          response.end(body);
          return;
        }
        const cut = body.indexOf("</p>", body.indexOf("<main")) + 4;
        response.write(body.subarray(0, cut));
        setTimeout(() => response.end(body.subarray(cut)), 400);
      },
      () => {
        response.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  browser = await launchBrowser({ scrollbars: true });
});

afterAll(async () => {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
});

describe("a page painted before all of it has arrived", () => {
  it.each([
    { width: 1350, height: 940 },
    { width: 412, height: 823 },
  ])(
    "does not move when the rest arrives and the app starts ($width × $height, scrollbars taking room)",
    async (viewport) => {
      await withPage(
        browser,
        async ({ page }) => {
          await page.addInitScript(() => {
            const record = window as unknown as { shifts: number[] };
            record.shifts = [];
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries())
                record.shifts.push(
                  (entry as unknown as { value: number }).value,
                );
            }).observe({ type: "layout-shift", buffered: true });
          });
          await page.goto(`${origin}${articlePath}`);
          await page.waitForLoadState("networkidle");
          // The app started: its reading-progress bar is there.
          await page
            .getByRole("progressbar", { name: "Reading progress" })
            .waitFor();
          const shifts = await page.evaluate(
            () => (window as unknown as { shifts: number[] }).shifts,
          );
          expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(
            0.001,
          );
        },
        { viewport },
      );
    },
  );
});

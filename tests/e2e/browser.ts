import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { chromium } from "playwright-core";

// Debian's Chromium, never a downloaded browser; these flags are what it needs headless here (STACK.md).
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Launches /usr/bin/chromium headless; each launch gets a fresh temporary profile. Playwright hides scrollbars;
 * `scrollbars` keeps them taking room, as in a desktop browser (and in Lighthouse's).
 */
export function launchBrowser({ scrollbars = false } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    ...(scrollbars && { ignoreDefaultArgs: ["--hide-scrollbars"] }),
  });
}

/** A page in a fresh context (its own storage), plus everything that went wrong on it. */
export interface WatchedPage {
  page: Page;
  /** Console errors and warnings, uncaught exceptions, failed requests: should stay empty. */
  problems: string[];
  /** Messages of alert/confirm/prompt dialogs that opened. */
  dialogs: string[];
  close: () => Promise<void>;
}

/**
 * Opens a page that records console errors and warnings (React reports hydration mismatches there), uncaught
 * errors, failed requests and dialogs. Responses with `expectedStatus` (the 404 page) are not problems.
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
  { allowStatus = [] }: { allowStatus?: number[] } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (message) => {
    const type = message.type();
    const text = message.text();
    // A document answered with the 404 page logs "Failed to load resource: 404" by design.
    if (
      allowStatus.includes(404) &&
      /Failed to load resource: .*404/.test(text)
    )
      return;
    if (type === "error" || type === "warning")
      problems.push(`console.${type}: ${text}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => {
    // A navigation cancels what the previous document was still fetching (its favicon, say): not a fault.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(
      `request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`,
    );
  });
  page.on("response", (response) => {
    const status = response.status();
    if (status >= 400 && !allowStatus.includes(status))
      problems.push(`HTTP ${String(status)}: ${response.url()}`);
  });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, problems, dialogs, close: () => context.close() };
}

/**
 * Opens a watched page in a fresh context (`openPage`), runs `test` with it and closes the context, whether the
 * test passed or threw.
 */
export async function withPage(
  browser: Browser,
  test: (watched: WatchedPage) => Promise<void>,
  options: BrowserContextOptions = {},
  watch: { allowStatus?: number[] } = {},
): Promise<void> {
  const watched = await openPage(browser, options, watch);
  try {
    await test(watched);
  } finally {
    await watched.close();
  }
}

/**
 * Presses Tab until `reached` (run in the page with `arg`) is true of where focus is, at most `limit` times;
 * throws naming `what` when it never is.
 */
export async function tabUntil(
  page: Page,
  what: string,
  reached: (arg: string) => boolean,
  arg: string,
  limit = 60,
): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(reached, arg)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Waits until the page has loaded and its network has settled, so hydration has run. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
}

/** The JavaScript files a page has fetched so far, from its resource timing entries (not the service worker's). */
export function scriptsLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((name) => new URL(name).pathname.endsWith(".js")),
  );
}

/** Whether any of `urls` holds `text` (fetched again from the page, so from its cache): finds a chunk by content. */
export function anyScriptHolds(
  page: Page,
  urls: readonly string[],
  text: string,
): Promise<boolean> {
  return page.evaluate(
    async ([list, needle]) => {
      const bodies = await Promise.all(
        list.map((url) => fetch(url).then((response) => response.text())),
      );
      return bodies.some((body) => body.includes(needle));
    },
    [urls, text] as const,
  );
}

import * as chromeLauncher from "chrome-launcher";
import type { Config, Flags, Result } from "lighthouse";
import lighthouse, { desktopConfig } from "lighthouse";

/** Which Lighthouse preset to run: its default (a throttled phone) or its desktop config. */
export type FormFactor = "mobile" | "desktop";

/** What one Lighthouse run measured on one page. Times in ms, sizes in bytes. */
export interface PageFigures {
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Everything transferred (compressed where the server compressed). */
  transferred: number;
  /** Scripts: decoded size and transferred size (gzip body plus each response's HTTP headers). */
  jsRaw: number;
  jsGzip: number;
}

/** One Lighthouse run: its figures and the URLs of the scripts the page downloaded. */
export interface MeasuredPage {
  figures: PageFigures;
  scriptUrls: string[];
}

// What Debian's Chromium needs headless here (same flags as tests/e2e/browser.ts; STACK.md).
const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface NetworkRequest {
  url?: string;
  resourceType?: string;
  transferSize?: number;
  resourceSize?: number;
}

function numeric(lhr: Result, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined)
    throw new Error(
      `Lighthouse reported no ${id} for ${lhr.finalDisplayedUrl}`,
    );
  return value;
}

function networkRequests(lhr: Result): NetworkRequest[] {
  const details = lhr.audits["network-requests"]?.details;
  return details && "items" in details
    ? (details.items as NetworkRequest[])
    : [];
}

/** The URLs of every script a Lighthouse run saw the page download, in request order. */
export function readScriptUrls(lhr: Result): string[] {
  return networkRequests(lhr)
    .filter((item) => item.resourceType === "Script" && item.url)
    .map((item) => item.url ?? "");
}

function scriptBytes(lhr: Result): { raw: number; gzip: number } {
  const items = networkRequests(lhr);
  let raw = 0;
  let gzip = 0;
  for (const item of items) {
    if (item.resourceType !== "Script") continue;
    raw += item.resourceSize ?? 0;
    gzip += item.transferSize ?? 0;
  }
  return { raw, gzip };
}

/** Reads the figures the benchmark reports out of a Lighthouse result. */
export function readFigures(lhr: Result): PageFigures {
  if (lhr.runtimeError)
    throw new Error(
      `Lighthouse failed on ${lhr.requestedUrl ?? ""}: ${lhr.runtimeError.message}`,
    );
  const js = scriptBytes(lhr);
  return {
    fcp: numeric(lhr, "first-contentful-paint"),
    lcp: numeric(lhr, "largest-contentful-paint"),
    tbt: numeric(lhr, "total-blocking-time"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    transferred: numeric(lhr, "total-byte-weight"),
    jsRaw: js.raw,
    jsGzip: js.gzip,
  };
}

/** A headless Debian Chromium that Lighthouse drives over its debugging port. */
export interface LighthouseBrowser {
  measure(url: string, formFactor: FormFactor): Promise<MeasuredPage>;
  close(): Promise<void>;
}

/** Launches /usr/bin/chromium for Lighthouse 12 (never a downloaded browser). */
export async function launchLighthouseBrowser(): Promise<LighthouseBrowser> {
  const chrome = await chromeLauncher.launch({
    chromePath: "/usr/bin/chromium",
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: "error",
  });
  return {
    async measure(url, formFactor) {
      const flags: Flags = {
        port: chrome.port,
        logLevel: "error",
        output: "json",
        onlyCategories: ["performance"],
        // The full-page screenshot resizes the window to the page's height after the load: no reader does that,
        // and it starts what a reader's first scroll would (the reading-progress runtime).
        disableFullPageScreenshot: true,
      };
      const config: Config | undefined =
        formFactor === "desktop" ? desktopConfig : undefined;
      const result = await lighthouse(url, flags, config);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      return {
        figures: readFigures(result.lhr),
        scriptUrls: readScriptUrls(result.lhr),
      };
    },
    close: async () => {
      chrome.kill();
      await Promise.resolve();
    },
  };
}

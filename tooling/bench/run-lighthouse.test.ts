import type { Result } from "lighthouse";
import { describe, expect, it } from "vitest";
import { readFigures, readScriptUrls } from "./run-lighthouse";

// The parts of a Lighthouse result the bench reads, shaped as Lighthouse 12 writes them.
function lighthouseResult(
  items: {
    url: string;
    resourceType: string;
    transferSize: number;
    resourceSize: number;
  }[],
): Result {
  const value = (numericValue: number) => ({ numericValue });
  return {
    finalDisplayedUrl: "http://127.0.0.1/article/a/",
    audits: {
      "first-contentful-paint": value(600),
      "largest-contentful-paint": value(650),
      "total-blocking-time": value(10),
      "cumulative-layout-shift": value(0),
      "total-byte-weight": value(120_000),
      "network-requests": { details: { type: "table", items } },
    },
  } as unknown as Result;
}

const RESULT = lighthouseResult([
  {
    url: "http://127.0.0.1/article/a/",
    resourceType: "Document",
    transferSize: 9_000,
    resourceSize: 40_000,
  },
  {
    url: "http://127.0.0.1/assets/vendor-v.js",
    resourceType: "Script",
    transferSize: 99_000,
    resourceSize: 310_000,
  },
  {
    url: "http://127.0.0.1/assets/index-a.js",
    resourceType: "Script",
    transferSize: 13_000,
    resourceSize: 40_000,
  },
  {
    url: "http://127.0.0.1/favicon.svg",
    resourceType: "Other",
    transferSize: 500,
    resourceSize: 247,
  },
]);

describe("reading a Lighthouse result", () => {
  it("sums the scripts' decoded and transferred sizes, and nothing else", () => {
    expect(readFigures(RESULT)).toMatchObject({
      lcp: 650,
      transferred: 120_000,
      jsRaw: 350_000,
      jsGzip: 112_000,
    });
  });

  it("lists the scripts the page downloaded, so the bench can weigh their files", () => {
    expect(readScriptUrls(RESULT)).toEqual([
      "http://127.0.0.1/assets/vendor-v.js",
      "http://127.0.0.1/assets/index-a.js",
    ]);
  });

  it("fails with the page's address when a metric is missing", () => {
    const broken = lighthouseResult([]);
    delete (broken.audits as Record<string, unknown>)[
      "largest-contentful-paint"
    ];
    expect(() => readFigures(broken)).toThrow(
      "Lighthouse reported no largest-contentful-paint for http://127.0.0.1/article/a/",
    );
  });
});

import { describe, expect, it } from "vitest";
import {
  createBootstrapScript,
  optimizeTemplate,
  STYLES_MARKER,
} from "./optimize-template";

const TEMPLATE = `<head>
    <script type="module" crossorigin src="/news/assets/index-a1.js"></script>
    <link rel="modulepreload" crossorigin href="/news/assets/vendor-c3.js">
    <link rel="stylesheet" crossorigin href="/news/assets/index-b2.css">
  </head>`;

describe("optimizeTemplate", () => {
  it("leaves the pages a place for their styles instead of a render-blocking stylesheet, and names its file", () => {
    const { html, stylesheets } = optimizeTemplate(TEMPLATE, "/news/");
    expect(stylesheets).toEqual(["assets/index-b2.css"]);
    expect(html).toContain(STYLES_MARKER);
    expect(html).not.toContain('rel="stylesheet"');
  });

  it("starts the entry script from an inline bootstrap, with no early <script src>", () => {
    const { html } = optimizeTemplate(TEMPLATE, "/news/");
    expect(html).toContain(createBootstrapScript("/news/assets/index-a1.js"));
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
  });

  it("drops the entry's early modulepreload links: nothing is fetched before the first paint", () => {
    const { html } = optimizeTemplate(TEMPLATE, "/news/");
    expect(html).not.toMatch(/<link rel="modulepreload"/);
    expect(html).not.toContain("vendor-c3.js");
  });

  it("gives the same template when run twice (idempotent)", () => {
    const once = optimizeTemplate(TEMPLATE, "/news/").html;
    expect(optimizeTemplate(once, "/news/").html).toBe(once);
  });

  it("refuses a stylesheet outside the base path", () => {
    expect(() =>
      optimizeTemplate(
        '<head><link rel="stylesheet" href="/elsewhere/x.css"></head>',
        "/news/",
      ),
    ).toThrow(/not under \/news\//);
  });
});

import { describe, expect, it } from "vitest";
import { createBootstrapScript, optimizeTemplate } from "./optimize-template";

const TEMPLATE = `<head>
    <script type="module" crossorigin src="/news/assets/index-a1.js"></script>
    <link rel="modulepreload" crossorigin href="/news/assets/main-c3.js">
    <link rel="stylesheet" crossorigin href="/news/assets/main-b2.css">
  </head>`;

describe("optimizeTemplate", () => {
  it("keeps the stylesheet a linked file, which every page shares from the cache", () => {
    expect(optimizeTemplate(TEMPLATE)).toContain(
      '<link rel="stylesheet" crossorigin href="/news/assets/main-b2.css">',
    );
  });

  it("starts the entry script from an inline bootstrap, with no early <script src>", () => {
    const html = optimizeTemplate(TEMPLATE);
    expect(html).toContain(createBootstrapScript("/news/assets/index-a1.js"));
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
  });

  it("drops the entry's early modulepreload links: nothing is fetched before the first paint", () => {
    const html = optimizeTemplate(TEMPLATE);
    expect(html).not.toMatch(/<link rel="modulepreload"/);
    expect(html).not.toContain("main-c3.js");
  });

  it("gives the same output when run twice (idempotent)", () => {
    const once = optimizeTemplate(TEMPLATE);
    expect(optimizeTemplate(once)).toBe(once);
  });
});

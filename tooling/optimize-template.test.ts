import { describe, expect, it } from "vitest";
import { createBootstrapScript, optimizeTemplate } from "./optimize-template";

const TEMPLATE = `<head>
    <script type="module" crossorigin src="/news/assets/index-a1.js"></script>
    <link rel="modulepreload" crossorigin href="/news/assets/vendor-c3.js">
    <link rel="stylesheet" crossorigin href="/news/assets/index-b2.css">
  </head>`;

const assets: Record<string, string> = {
  "assets/index-b2.css": "body{margin:0}\n",
};
const readAsset = (path: string): Promise<string> => {
  const css = assets[path];
  return css === undefined
    ? Promise.reject(new Error(`no ${path}`))
    : Promise.resolve(css);
};

describe("optimizeTemplate", () => {
  it("inlines the stylesheet as a <style> element and drops the link", async () => {
    const html = await optimizeTemplate(TEMPLATE, "/news/", readAsset);
    expect(html).toContain("<style>body{margin:0}</style>");
    expect(html).not.toContain('rel="stylesheet"');
  });

  it("starts the entry script from an inline bootstrap, with no early <script src>", async () => {
    const html = await optimizeTemplate(TEMPLATE, "/news/", readAsset);
    expect(html).toContain(createBootstrapScript("/news/assets/index-a1.js"));
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
  });

  it("drops the entry's early modulepreload links: nothing is fetched before the first paint", async () => {
    const html = await optimizeTemplate(TEMPLATE, "/news/", readAsset);
    expect(html).not.toMatch(/<link rel="modulepreload"/);
    expect(html).not.toContain("vendor-c3.js");
  });

  it("gives the same output when run twice (idempotent)", async () => {
    const once = await optimizeTemplate(TEMPLATE, "/news/", readAsset);
    expect(await optimizeTemplate(once, "/news/", readAsset)).toBe(once);
  });

  it("refuses a stylesheet outside the base path or one that could end the element", async () => {
    await expect(
      optimizeTemplate(
        '<link rel="stylesheet" href="/elsewhere/x.css">',
        "/news/",
        readAsset,
      ),
    ).rejects.toThrow(/not under \/news\//);
    await expect(
      optimizeTemplate('<link rel="stylesheet" href="/x.css">', "/", () =>
        Promise.resolve("a{content:'</style>'}"),
      ),
    ).rejects.toThrow(/<\/style/);
  });
});

import { describe, expect, it, vi } from "vitest";
import { createPageStyles } from "./page-styles";

const FILES: Record<string, string> = {
  "assets/main-a.css":
    "body{margin:0}._title{font-size:2rem}._quote{background:#ff0}._dialog{position:fixed}",
  "assets/route-b.css": "._card{padding:1rem}._card:hover{outline:1px solid}",
  "assets/style-c.css":
    "body{margin:0}._title{font-size:2rem}._card{padding:1rem}",
  "assets/tokens-d.css": ":root{--ink:#111;--unused:#f00}",
  "assets/route-e.css": "._card{color:var(--ink)}",
};

function setUp() {
  const readCss = vi.fn((file: string) => {
    const css = FILES[file];
    return css === undefined
      ? Promise.reject(new Error(`no ${file}`))
      : Promise.resolve(css);
  });
  return { readCss, pageStyles: createPageStyles(readCss, "/news/") };
}

describe("createPageStyles", () => {
  it("inlines what the first paint needs from each stylesheet, each before its own disabled link, in order", async () => {
    const { pageStyles } = setUp();
    const key = pageStyles.add(
      ["assets/main-a.css", "assets/route-b.css"],
      '<h1 class="_title">News</h1><a class="_card">Story</a>',
    );
    // Each file's full rules land between its own inline part and the next file's: the cascade keeps its order.
    expect((await pageStyles.render()).get(key)).toBe(
      "<style>body{margin:0}._title{font-size:2rem}</style>" +
        '<link rel="stylesheet" href="/news/assets/main-a.css" disabled>' +
        "<style>._card{padding:1rem}</style>" +
        '<link rel="stylesheet" href="/news/assets/route-b.css" disabled>' +
        '<noscript><link rel="stylesheet" href="/news/assets/main-a.css"><link rel="stylesheet" href="/news/assets/route-b.css"></noscript>',
    );
  });

  it("keeps a custom property one stylesheet declares when another's inline rules read it", async () => {
    const { pageStyles } = setUp();
    const key = pageStyles.add(
      ["assets/tokens-d.css", "assets/route-e.css"],
      '<a class="_card">Story</a>',
    );
    const tags = (await pageStyles.render()).get(key) ?? "";
    expect(tags).toContain("<style>:root{--ink:#111}</style>");
    expect(tags).toContain("<style>._card{color:var(--ink)}</style>");
  });

  it("gives pages that link the same stylesheets one inline style, with the classes any of them uses", async () => {
    const { readCss, pageStyles } = setUp();
    const plain = pageStyles.add(
      ["assets/main-a.css"],
      '<h1 class="_title">A</h1>',
    );
    const quoted = pageStyles.add(
      ["assets/main-a.css"],
      '<h1 class="_title">B</h1><mark class="_quote">“Yes”</mark>',
    );
    const list = pageStyles.add(
      ["assets/main-a.css", "assets/route-b.css"],
      '<a class="_card">C</a>',
    );
    expect(quoted).toBe(plain);
    expect(list).not.toBe(plain);
    const tags = await pageStyles.render();
    expect(tags.get(plain)).toContain(
      "<style>body{margin:0}._title{font-size:2rem}._quote{background:#ff0}</style>",
    );
    expect(tags.get(list)).toContain("<style>body{margin:0}</style>");
    expect(tags.get(list)).toContain("<style>._card{padding:1rem}</style>");
    expect(readCss).toHaveBeenCalledTimes(3);
  });

  it("keeps pages of different kinds apart even when they link the same stylesheet", async () => {
    const { pageStyles } = setUp();
    const article = pageStyles.add(
      ["assets/style-c.css"],
      '<h1 class="_title">A</h1>',
      "",
    );
    const list = pageStyles.add(
      ["assets/style-c.css"],
      '<a class="_card">C</a>',
      "src/routes/home.tsx",
    );
    expect(list).not.toBe(article);
    const tags = await pageStyles.render();
    expect(tags.get(article)).toContain("._title{font-size:2rem}");
    expect(tags.get(article)).not.toContain("._card");
    expect(tags.get(list)).not.toContain("._title");
  });

  it("writes nothing for pages without stylesheets", async () => {
    const { pageStyles } = setUp();
    const key = pageStyles.add([], '<h1 class="_title">A</h1>');
    expect((await pageStyles.render()).get(key)).toBe("");
  });
});

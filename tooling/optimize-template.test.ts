import { describe, expect, it } from "vitest";
import {
  createHeadScript,
  createStartScript,
  fillHeadScript,
  optimizeTemplate,
  STYLES_MARKER,
} from "./optimize-template";

const BOOT = "window.booted=1";

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

  it("starts the entry script from each page's one inline head script, with no early <script src>", () => {
    const { html } = optimizeTemplate(TEMPLATE, "/news/");
    const page = fillHeadScript(html, BOOT, ["/news/assets/vendor-c3.js"]);
    expect(page).toContain(
      createHeadScript(BOOT, "/news/assets/index-a1.js", [
        "/news/assets/vendor-c3.js",
      ]),
    );
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).not.toMatch(/<script[^>]*\bsrc=|type="module"/);
  });

  it("drops the entry's early modulepreload links: nothing is fetched before the first paint", () => {
    const { html } = optimizeTemplate(TEMPLATE, "/news/");
    expect(html).not.toMatch(/<link rel="modulepreload"/);
    expect(html).not.toContain("vendor-c3.js");
  });

  it("drops the line breaks between the head's tags, and only there", () => {
    const { html } = optimizeTemplate(
      `<html>\n  <head>\n    <meta charset="utf-8" />\n    <title>A  b</title>\n  </head>\n  <body>\n    <p>x</p>\n  </body>\n</html>`,
      "/",
    );
    expect(html).toContain(
      `<head><meta charset="utf-8" /><title>A  b</title>${STYLES_MARKER}</head>`,
    );
    expect(html).toContain("<body>\n    <p>x</p>");
  });

  it("gives the same template when run twice (idempotent)", () => {
    const once = optimizeTemplate(TEMPLATE, "/news/").html;
    expect(optimizeTemplate(once, "/news/").html).toBe(once);
    expect(fillHeadScript(once, BOOT, [])).toContain(
      'import("/news/assets/index-a1.js")',
    );
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

describe("createHeadScript", () => {
  const modules = ["/assets/main-m1.js", "/assets/home-h1.js"];

  it("is one classic script: the boot script first, so it runs before anything is painted, then the start", () => {
    const script = createHeadScript(BOOT, "/assets/index-e1.js", modules);
    expect(script).toMatch(/^<script>[^<]/);
    expect(script.startsWith(`<script>${BOOT};`)).toBe(true);
    expect(
      script.endsWith(
        `${createStartScript("/assets/index-e1.js", modules)}</script>`,
      ),
    ).toBe(true);
  });

  it("compiles as a classic script (no module-only syntax)", () => {
    const body = createHeadScript(BOOT, "/assets/index-e1.js", modules).slice(
      "<script>".length,
      -"</script>".length,
    );
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiling (not running) the exact inline script
    expect(() => new Function(body)).not.toThrow();
  });

  it("preloads exactly the modules it is given and imports the entry", () => {
    const start = createStartScript("/assets/index-e1.js", modules);
    expect(
      [...start.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map(
        ([, href]) => href,
      ),
    ).toEqual(modules);
    expect(start).toContain('import("/assets/index-e1.js")');
    expect(createStartScript("/assets/index-e1.js", [])).not.toContain(
      "modulepreload",
    );
  });

  it("is the same bytes for the same modules, so a group of pages shares one CSP hash", () => {
    expect(createStartScript("/e.js", [...modules])).toBe(
      createStartScript("/e.js", modules),
    );
    expect(createStartScript("/e.js", modules)).not.toBe(
      createStartScript("/e.js", modules.slice(0, 1)),
    );
  });

  it("keeps odd characters of a path inside their string and attribute", () => {
    const odd = `/a'b"c<\\/script>\u2028.js`;
    const start = createStartScript(odd, [odd]);
    expect(start).not.toMatch(/<\/script/i);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiling (not running) the exact inline script
    expect(() => new Function(start)).not.toThrow();
  });

  it("links the full stylesheets, render-blocking, exactly when the boot script applied a stored preference", () => {
    const run = (boot: string): string[] => {
      const added: string[] = [];
      const document = {
        head: {
          insertAdjacentHTML: (_where: string, html: string) => {
            added.push(html);
          },
        },
        addEventListener: () => undefined,
      };
      const body = createHeadScript(boot, "/assets/index-e1.js", modules, [
        "/assets/style-s1.css",
      ]).slice("<script>".length, -"</script>".length);
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the exact inline script is the point
      (new Function("document", body) as (document: unknown) => void)(document);
      return added;
    };
    expect(run("(()=>1)()")).toEqual([
      '<link rel="stylesheet" href="/assets/style-s1.css" blocking="render">',
    ]);
    expect(run("(()=>{})()")).toEqual([]);
  });

  it("refuses a boot script that would end the script element early", () => {
    expect(() => createHeadScript("'</script>'", "/e.js", [])).toThrow(
      /<\/script/,
    );
  });
});

describe("fillHeadScript", () => {
  it("says so when the template has no entry script to start", () => {
    expect(() => fillHeadScript("<head></head>", BOOT, [])).toThrow(
      /no entry script/,
    );
  });
});

import { getArticleOutline } from "../../src/content/article-outline";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { ArticleListPage } from "../../src/content/article";
import { BOOT_SCRIPT } from "../../src/preferences/boot-script";
import {
  collectSpeakers,
  collectTexts,
  escapeHtml,
  getElementHtml,
  listFiles,
  readArticleData,
} from "./site-files";

const outDir = inject("outDir");
const seeds = inject("seeds");
const SITE_NAME = "Broadsheet";
const XSS_FILE = "seeds/xss-script-tags.txt";

const readPage = (file: string): Promise<string> =>
  readFile(join(outDir, file), "utf8");
const articleFile = (slug: string): string => `article/${slug}/index.html`;

function getDataScript(html: string): string {
  const match =
    /<script type="application\/json" id="broadsheet-data">([\s\S]*?)<\/script>/.exec(
      html,
    );
  if (!match?.[1]) throw new Error("no hydration data script");
  return match[1];
}

/** Every classic inline script of `html` (no `src`, no `type`): what a browser executes from the page itself. */
function getInlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, body = ""]) => body,
  );
}

describe("the prerendered site", () => {
  let files: string[];
  beforeAll(async () => {
    files = await listFiles(outDir);
  });

  it("emits exactly one HTML file per route: home, search, each article, the speakers, highlights and 404.html", () => {
    // Every speaker data file has its page; tests/build/speaker-pages.test.ts checks which speakers there are.
    const speakerPages = files
      .filter((file) => /^data\/speakers\/(?!index\.json$).+\.json$/.test(file))
      .map((file) => file.replace(/^data\/(.+)\.json$/, "$1/index.html"));
    expect(speakerPages.length).toBeGreaterThan(0);
    const expected = [
      "index.html",
      "search/index.html",
      "404.html",
      "highlights/index.html",
      ...seeds.map(({ slug }) => articleFile(slug)),
      "speakers/index.html",
      ...speakerPages,
    ].sort();
    expect(files.filter((file) => file.endsWith(".html"))).toEqual(expected);
  });

  it("gives every seed a distinct slug, duplicate and non-Latin titles included", () => {
    const slugs = seeds.map(({ slug }) => slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[^/\s?#%]+$/);
  });

  it("emits the data files the browser fetches: list pages and one file per article", () => {
    expect(files).toContain("data/list/1.json");
    for (const { slug } of seeds)
      expect(files).toContain(`data/article/${slug}.json`);
  });

  it("ships no server bundle and no unreplaced template marker", async () => {
    expect(files.some((file) => file.includes("entry-server"))).toBe(false);
    for (const file of files.filter((name) => name.endsWith(".html"))) {
      expect(await readPage(file)).not.toMatch(/<!--app-(head|html)-->/);
    }
  });

  it("runs one inline script per page, in <head> before any stylesheet: the same preference boot script first everywhere, then the start of the app", async () => {
    const htmlFiles = files.filter((name) => name.endsWith(".html"));
    const pages = await Promise.all(htmlFiles.map(readPage));
    const scripts = pages.map(getInlineScripts);
    for (const found of scripts) expect(found).toHaveLength(1);
    const all = scripts.flat();
    // The boot script, then (when it applied a stored preference) the full stylesheets, then the start.
    for (const script of all) expect(script.startsWith(BOOT_SCRIPT)).toBe(true);
    // One start per group of pages that preload the same modules (one CSP hash each), bounded by the routes.
    expect(new Set(all).size).toBeLessThanOrEqual(8);
    for (const [index, html] of pages.entries()) {
      const head = getElementHtml(html, "head") ?? "";
      const script = all[index] ?? "";
      expect(new TextEncoder().encode(script).length).toBeLessThanOrEqual(1400);
      // Before the stylesheets: it has run by the time anything can be painted.
      expect(head.indexOf(`<script>${script}`)).toBeGreaterThan(-1);
      expect(head.indexOf(`<script>${script}`)).toBeLessThan(
        head.search(/<style>|<link rel="stylesheet"/),
      );
      // What it preloads and imports exists in the build.
      const named = [
        ...script.matchAll(
          /modulepreload" href="\/([^"]+)"|import\("\/([^"]+)"\)/g,
        ),
      ].map(([, preload, entry]) => preload ?? entry ?? "");
      expect(named.length).toBeGreaterThan(1);
      for (const file of named) expect(files).toContain(file);
    }
  });

  it("styles every page's first paint inline and links its full stylesheets without blocking it", async () => {
    const problems: string[] = [];
    for (const file of files.filter((name) => name.endsWith(".html"))) {
      const html = await readPage(file);
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
        ([, css = ""]) => css,
      );
      if (styles.length === 0) problems.push(`${file}: no inline style`);
      // Each inline part sits right before the link of its stylesheet.
      for (const [style] of html.matchAll(
        /<style>[\s\S]*?<\/style>(?!<link rel="stylesheet")/g,
      ))
        problems.push(
          `${file}: ${style.slice(0, 40)}… is not followed by its link`,
        );
      // Outside <noscript>, no stylesheet is fetched before the bootstrap turns the disabled links on.
      const noscript = /<noscript>((?:<link [^>]*>)+)<\/noscript>/.exec(html);
      // (The head script holds the render-blocking links of a reader with stored preferences, as a string.)
      const links = [
        ...html
          .replace(noscript?.[0] ?? "", "")
          .replace(/<script>[\s\S]*?<\/script>/g, "")
          .matchAll(/<link rel="stylesheet"[^>]*>/g),
      ].map(([link]) => link);
      const hrefs = links.map((link) => /href="([^"]+)"/.exec(link)?.[1] ?? "");
      if (links.length === 0) problems.push(`${file}: no stylesheet linked`);
      for (const link of links)
        if (!/^<link rel="stylesheet" href="[^"]+" disabled>$/.test(link))
          problems.push(`${file}: ${link} blocks the first paint`);
      // A reader with stored preferences gets the same stylesheets before the first paint (render-blocking).
      const preferred = [
        ...(getInlineScripts(html)[0] ?? "").matchAll(
          /<link rel="stylesheet" href="([^"]+)" blocking="render">/g,
        ),
      ].map(([, href = ""]) => href);
      if (preferred.join() !== hrefs.join())
        problems.push(`${file}: stored preferences load ${preferred.join()}`);
      // Without JavaScript, the same stylesheets load from <noscript>.
      const fallback = [
        ...(noscript?.[1] ?? "").matchAll(/href="([^"]+)"/g),
      ].map(([, href = ""]) => href);
      if (fallback.join() !== hrefs.join())
        problems.push(`${file}: <noscript> links ${fallback.join()}`);
      // The inline part is what the page uses: less than the files it links.
      let linked = 0;
      for (const href of hrefs)
        linked += (await readFile(join(outDir, href.slice(1)), "utf8")).length;
      if (styles.join("").length >= linked)
        problems.push(`${file}: inlines all of its stylesheets`);
    }
    expect(problems).toEqual([]);
  });

  it("never prints `undefined` or `null` into a page", async () => {
    for (const file of files.filter((name) => name.endsWith(".html"))) {
      const html = (await readPage(file)).replace(
        getDataScript(await readPage(file)),
        "",
      );
      expect(html).not.toMatch(/\bundefined\b|>null</);
    }
  });
});

describe.each(seeds)("the page of $file", ({ slug, title }) => {
  let html: string;
  beforeAll(async () => {
    html = await readPage(articleFile(slug));
  });

  it("declares its language and has its title and description in <head>", async () => {
    // <html lang> is the article's own language when it has one, else the site's.
    const { lang } = await readArticleData(outDir, slug);
    expect(html).toMatch(
      new RegExp(`^<!doctype html>\\s*<html lang="${lang ?? "en"}">`, "i"),
    );
    const head = getElementHtml(html, "head") ?? "";
    expect(head).toContain(
      `<title>${escapeHtml(title)} — ${SITE_NAME}</title>`,
    );
    expect(head).toMatch(/<meta name="description" content="[^"]{20,}"\/?>/);
    expect(getElementHtml(html, "body")).not.toContain("<title>");
  });

  it("has the title as its only <h1>", () => {
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(getElementHtml(html, "h1")).toBe(escapeHtml(title));
  });

  it("marks each paragraph once, by its id: no data attribute repeats it, and none is a focus target in advance", async () => {
    const article = await readArticleData(outDir, slug);
    // As an attribute's value (`="p-…"`), the id is there once: the paragraph's own id.
    for (const { id } of article.paragraphs)
      expect(html.match(new RegExp(`="${id}"`, "g"))).toHaveLength(1);
    expect(html).not.toContain("data-paragraph-id");
    // Only the page's own focus targets (the <h1> and <main>, for the route announcer and the skip link).
    expect(html.match(/tabindex="-1"/g)).toHaveLength(2);
  });

  it("contains every paragraph, with an anchor and its text escaped", async () => {
    const article = await readArticleData(outDir, slug);
    expect(article.paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of article.paragraphs) {
      expect(html).toContain(`id="${paragraph.id}"`);
      for (const text of collectTexts(paragraph.segments))
        expect(html).toContain(escapeHtml(text));
    }
  });

  it("marks every attributed quote with its speaker", async () => {
    const article = await readArticleData(outDir, slug);
    const speakers = article.paragraphs.flatMap((paragraph) =>
      collectSpeakers(paragraph.segments),
    );
    for (const speaker of speakers)
      expect(html).toContain(`data-speaker="${escapeHtml(speaker)}"`);
  });

  it("embeds the article's outline as JSON a browser cannot mistake for markup, its story text only as HTML", async () => {
    const json = getDataScript(html);
    expect(json).not.toMatch(/[<>&]/);
    const data = JSON.parse(json) as {
      loaderData: { article?: { article: unknown } };
    };
    // The whole article is the JSON file a client-side navigation (or the story, once needed) fetches.
    expect(data.loaderData.article?.article).toEqual(
      getArticleOutline(await readArticleData(outDir, slug)),
    );
  });
});

describe("the seed from the issue", () => {
  it("comes out with its title, 15 paragraphs and attributed speech", async () => {
    const seed = seeds.find(
      ({ file }) => file === "seeds/000_31c48370f16a883d.txt",
    );
    expect(seed?.title).toBe(
      "Syria: Rebel alliance launches battle to retake all of Aleppo",
    );
    const article = await readArticleData(outDir, seed?.slug ?? "");
    expect(article.paragraphs).toHaveLength(15);
    const html = await readPage(articleFile(seed?.slug ?? ""));
    expect(html).toMatch(/<mark\b[^>]*data-speaker="[^"]+"/);
    expect(html).not.toContain("Other news");
  });
});

describe("a seed full of markup", () => {
  it("shows the characters and never emits them as tags, in the HTML or the JSON", async () => {
    const seed = seeds.find(({ file }) => file === XSS_FILE);
    const html = await readPage(articleFile(seed?.slug ?? ""));
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain(
      "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;",
    );
    expect(html).toContain("$&amp; and $1");
    const [boot = ""] = getInlineScripts(html);
    const withoutBoot = html.replace(`<script>${boot}</script>`, "");
    expect(withoutBoot).not.toMatch(/<script>|<img /);
    // The head script (preferences, then the app's start), the data block and the JSON-LD, nothing else.
    expect(html.match(/<script\b/g)).toHaveLength(3);
    expect(getDataScript(html)).toContain("\\u003c/script\\u003e");
  });
});

describe("the home page", () => {
  it("lists every story with a link that carries the trailing slash", async () => {
    const html = await readPage("index.html");
    expect(html).toMatch(/<title>[^<]+ — Broadsheet<\/title>/);
    for (const { slug, title } of seeds) {
      expect(html).toContain(`href="/article/${escapeHtml(slug)}/"`);
      expect(html).toContain(escapeHtml(title));
    }
    const list = JSON.parse(
      await readFile(join(outDir, "data/list/1.json"), "utf8"),
    ) as ArticleListPage;
    expect(list.total).toBe(seeds.length);
  });
});

describe("highlights/index.html", () => {
  it("is a shell that says, without JavaScript, that highlights need it", async () => {
    const html = await readPage("highlights/index.html");
    expect(getElementHtml(html, "h1")).toContain("Your highlights");
    expect(html).toContain("showing them needs JavaScript");
  });
});

describe("404.html", () => {
  it("is a real page with a way home, rendered from the 404 error", async () => {
    const html = await readPage("404.html");
    expect(getElementHtml(html, "head")).toMatch(
      /<title>[^<]*not found[^<]*<\/title>/i,
    );
    expect(getElementHtml(html, "h1")).toMatch(/not found/i);
    expect(html).toMatch(/<a [^>]*href="\/"/);
    const data = JSON.parse(getDataScript(html)) as {
      errors: Record<string, { status: number }> | null;
    };
    expect(Object.values(data.errors ?? {})).toEqual([
      expect.objectContaining({ status: 404 }),
    ]);
  });
});

describe("the entry script", () => {
  it("holds no article content, so it does not grow with the archive", async () => {
    const index = await readPage("index.html");
    // The page's inline head script imports the entry script after the first paint.
    const entry = /import\("\/(assets\/[^"]+\.js)"\)/.exec(index)?.[1];
    expect(entry).toBeDefined();
    const code = await readFile(join(outDir, entry ?? ""), "utf8");
    for (const { slug, title } of seeds) {
      expect(code).not.toContain(slug);
      expect(code).not.toContain(title);
    }
  });
});

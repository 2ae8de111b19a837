import { describe, expect, it } from "vitest";
import {
  buildArticle,
  quoteSegment,
  textSegment,
} from "../tests/support/article-fixtures";
import { createInMemorySource } from "../tests/support/render";
import { parseHydrationData } from "./hydration-data";
import { render as renderUrl, renderNotFound, splitHead } from "./entry-server";

const article = buildArticle("aleppo", "Battle for </script> Aleppo", [
  [
    textSegment("The siege was broken, "),
    quoteSegment("we are advancing", { speaker: "Assaad al-Achi" }),
  ],
]);
const source = createInMemorySource([article]);

describe("splitHead", () => {
  it("moves the leading title, meta and link elements out of the markup", () => {
    const markup =
      '<title>A — B</title><meta name="description" content="d"/><link rel="icon" href="/i.svg"/><main><title>x</title></main>';
    expect(splitHead(markup)).toEqual({
      head: '<title>A — B</title><meta name="description" content="d"/><link rel="icon" href="/i.svg"/>',
      html: "<main><title>x</title></main>",
    });
  });

  it("leaves markup without hoisted elements alone", () => {
    expect(splitHead("<main></main>")).toEqual({
      head: "",
      html: "<main></main>",
    });
  });
});

describe("render", () => {
  it("renders an article with its title in the head and its data for hydration", async () => {
    const { status, head, html, hydrationData } = await renderUrl(
      "/article/aleppo/",
      source,
      "/",
    );
    expect(status).toBe(200);
    expect(head).toContain("<title>Battle for &lt;/script&gt; Aleppo");
    expect(html).not.toContain("<title>");
    expect(html).toContain('data-speaker="Assaad al-Achi"');
    expect(hydrationData).not.toContain("</script>");
    expect(parseHydrationData(hydrationData).loaderData).toEqual({
      article: { article },
    });
  });

  it("renders under a basename", async () => {
    const { status, html } = await renderUrl(
      "/news/article/aleppo/",
      source,
      "/news/",
    );
    expect(status).toBe(200);
    // The link home keeps its trailing slash: "/news" would cost a redirect on a static host.
    expect(html).toContain('href="/news/"');
  });

  it("answers 404 for a missing article", async () => {
    expect((await renderUrl("/article/nope/", source, "/")).status).toBe(404);
  });
});

describe("renderNotFound", () => {
  it("renders the root error boundary with the 404 as its only hydration state", async () => {
    const { status, head, hydrationData } = await renderNotFound(source, "/");
    expect(status).toBe(404);
    expect(head).toMatch(/<title>[^<]*not found/i);
    const { loaderData, errors } = parseHydrationData(hydrationData);
    expect(loaderData).toEqual({});
    expect(Object.keys(errors ?? {})).toEqual(["root"]);
    expect(errors?.root).toMatchObject({ status: 404 });
  });
});

import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Article } from "../../src/content/article";
import { toArticleData } from "../../src/content/catalog";
import { getQuoteIndex } from "../../src/content/get-quote-index";
import { parseArticle } from "../../src/content/parse-article";
import { createSearchEngine } from "../../src/search-engine";
import { createSearchIndex } from "../../tooling/search-index";
import { createInMemorySource, renderRoute } from "../support/render";

function parse(text: string): Article {
  const result = parseArticle(text, { file: "seeds/test.txt" });
  if (!result.ok) throw new Error("fixture does not parse");
  return result.article;
}

const articles = [
  parse("A quiet day in Damascus\n\nNothing happened at all."),
  parse(
    "Rebels break the siege of Aleppo\n\nFighters opened a corridor into the city.\n\n" +
      '"We will hold it," said Nadia Karam.',
  ),
];
const source = createInMemorySource(
  articles.map((article) => toArticleData(article, getQuoteIndex(article))),
);
const files = createSearchIndex(articles);

// The real engine over the real index files, served from memory instead of the network.
const engine = createSearchEngine({
  baseUrl: "/",
  version: "test",
  source,
  fetch: (input) => {
    const path = new URL(
      typeof input === "string"
        ? input
        : input instanceof URL
          ? input.href
          : input.url,
      "http://test",
    ).pathname.slice(1);
    const json = files.get(path);
    return Promise.resolve(
      new Response(json ?? "null", { status: json ? 200 : 404 }),
    );
  },
});
vi.mock("../../src/search-loader", () => ({
  loadSearchEngine: () => Promise.resolve(engine),
}));

describe("the search page", () => {
  it("shows the results for ?q= with the matched word marked, linking to the paragraph", async () => {
    renderRoute("/search/?q=coridor", { source });
    expect(
      await screen.findByText("1 result for “coridor”."),
    ).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Search" });
    const link = within(list).getByRole("link", {
      name: "Rebels break the siege of Aleppo",
    });
    const paragraphId = articles[1]?.paragraphs[0]?.id ?? "";
    expect(link).toHaveAttribute(
      "href",
      `/article/${articles[1]?.slug ?? ""}/#${paragraphId}`,
    );
    expect(within(list).getByRole("mark")).toHaveTextContent("corridor");
  });

  it("searches as the reader types in the header box, and Escape clears", async () => {
    const { user, router } = renderRoute("/search/", { source });
    expect(await screen.findByText(/^Type a word/)).toBeInTheDocument();
    const box = screen.getByRole("searchbox", { name: "Search stories" });
    await user.type(box, "karam");
    expect(
      await screen.findByText("1 result for “karam”."),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe("?q=karam");
    await user.keyboard("{Escape}");
    expect(box).toHaveValue("");
    expect(await screen.findByText(/^Type a word/)).toBeInTheDocument();
    expect(
      screen.queryByRole("list", { name: "Search" }),
    ).not.toBeInTheDocument();
  });

  it("takes a search from another page to the search page", async () => {
    const { user, router } = renderRoute("/", { source });
    await screen.findByRole("heading", { level: 1, name: "Latest stories" });
    await user.type(
      await screen.findByRole("searchbox", { name: "Search stories" }),
      "damascus{Enter}",
    );
    expect(
      await screen.findByText("1 result for “damascus”."),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/search/");
  });

  it("says so when nothing matches", async () => {
    renderRoute("/search/?q=zebra", { source });
    expect(
      await screen.findByText("No stories match “zebra”."),
    ).toBeInTheDocument();
  });
});

import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  aleppoArticle,
  arabicArticle,
  buildArticle,
} from "../../tests/support/article-fixtures";
import { renderWithRouter, summarizeArticle } from "../../tests/support/render";
import { ArticleList } from "./article-list";

const quiet = buildArticle("a-quiet-day", "A quiet day", ["Nothing was said."]);
const articles = [aleppoArticle, quiet, arabicArticle].map(summarizeArticle);

describe("ArticleList", () => {
  it("lists every story in order under the page heading", () => {
    renderWithRouter(
      <ArticleList heading="Latest stories" articles={articles} />,
    );
    expect(
      screen.getByRole("heading", { level: 1, name: "Latest stories" }),
    ).toBeInTheDocument();
    const items = within(
      screen.getByRole("list", { name: "Latest stories" }),
    ).getAllByRole("listitem");
    expect(
      items.map(
        (item) => within(item).getByRole("heading", { level: 2 }).textContent,
      ),
    ).toEqual([aleppoArticle.title, "A quiet day", arabicArticle.title]);
  });

  it("links each title to its reading view, with the trailing slash", () => {
    renderWithRouter(
      <ArticleList heading="Latest stories" articles={articles} />,
    );
    expect(
      screen.getByRole("link", { name: aleppoArticle.title }),
    ).toHaveAttribute("href", `/article/${aleppoArticle.slug}/`);
    expect(screen.getByRole("link", { name: "A quiet day" })).toHaveAttribute(
      "href",
      "/article/a-quiet-day/",
    );
  });

  it("shows the excerpt, reading time, quote count and speakers", () => {
    renderWithRouter(
      <ArticleList heading="Latest stories" articles={articles} />,
    );
    expect(screen.getByText(aleppoArticle.excerpt)).toBeInTheDocument();
    expect(screen.getByText(/^3 min read · 3 quotes ·/)).toHaveTextContent(
      "3 min read · 3 quotes · Assaad al-Achi, Jane Roe",
    );
    expect(screen.getAllByText("1 min read · No quotes")).toHaveLength(2);
  });

  it("links each speaker to their page", () => {
    renderWithRouter(
      <ArticleList heading="Latest stories" articles={articles} />,
    );
    expect(
      screen.getByRole("link", { name: "Assaad al-Achi" }),
    ).toHaveAttribute("href", "/speakers/assaad-al-achi/");
    expect(screen.getByRole("link", { name: "Jane Roe" })).toHaveAttribute(
      "href",
      "/speakers/jane-roe/",
    );
  });

  it("links the three most quoted speakers and counts the rest", () => {
    const [first] = articles;
    if (!first) throw new Error("no article");
    renderWithRouter(
      <ArticleList
        heading="Latest stories"
        articles={[{ ...first, speakers: ["A B", "C D", "E F", "G H", "I J"] }]}
      />,
    );
    expect(screen.getAllByRole("link", { name: /^[A-Z] [A-Z]$/ })).toHaveLength(
      3,
    );
    expect(screen.getByText(/and 2 more$/)).toBeInTheDocument();
  });

  it("marks the language of a story's title and excerpt", () => {
    renderWithRouter(
      <ArticleList heading="Latest stories" articles={articles} />,
    );
    expect(
      screen.getByRole("heading", { level: 2, name: arabicArticle.title }),
    ).toHaveAttribute("lang", "ar");
  });

  it("puts the first story first in the tab order", async () => {
    const { user } = renderWithRouter(
      <ArticleList heading="Latest stories" articles={articles} />,
    );
    await user.tab();
    expect(
      screen.getByRole("link", { name: aleppoArticle.title }),
    ).toHaveFocus();
  });

  it("says so when there are no stories", () => {
    renderWithRouter(<ArticleList heading="Latest stories" articles={[]} />);
    expect(screen.getByText("No stories yet.")).toBeInTheDocument();
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
  });
});

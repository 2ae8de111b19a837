import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../tests/support/article-fixtures";
import { createInMemorySource, renderRoute } from "../../tests/support/render";
import { LIST_PAGE_SIZE } from "../content/data-paths";

// Two full pages and one story on the third.
const articles = Array.from({ length: 2 * LIST_PAGE_SIZE + 1 }, (_, index) =>
  buildArticle(`story-${String(index + 1)}`, `Story ${String(index + 1)}`, [
    `Paragraph of story ${String(index + 1)}.`,
  ]),
);
const source = createInMemorySource(articles);

const storyTitles = (name: string) =>
  within(screen.getByRole("list", { name }))
    .getAllByRole("heading", { level: 2 })
    .map((heading) => heading.textContent);

// <link> elements live in <head>, outside the accessibility tree: Testing Library has no query for them.
const headLink = (rel: string) =>
  // eslint-disable-next-line testing-library/no-node-access -- head metadata has no role to query by
  document.head.querySelector(`link[rel="${rel}"]`)?.getAttribute("href");

describe("the paginated article list", () => {
  it("shows the first page at / with a link to the older stories", async () => {
    const { user, router } = renderRoute("/", { source });
    await screen.findByRole("heading", { level: 1, name: "Latest stories" });
    expect(storyTitles("Latest stories")).toHaveLength(LIST_PAGE_SIZE);
    expect(headLink("next")).toBe("/page/2/");
    expect(headLink("prev")).toBeUndefined();

    await user.click(screen.getByRole("link", { name: "Older stories" }));
    await screen.findByRole("heading", {
      level: 1,
      name: "Latest stories, page 2",
    });
    expect(router.state.location.pathname).toBe("/page/2/");
    expect(storyTitles("Latest stories, page 2")[0]).toBe(
      `Story ${String(LIST_PAGE_SIZE + 1)}`,
    );
    expect(document.title).toBe("Latest stories, page 2 of 3 — Broadsheet");
    expect(headLink("prev")).toBe("/");
    expect(headLink("next")).toBe("/page/3/");
  });

  it("ends on the last page with the remaining stories and no older link", async () => {
    renderRoute("/page/3/", { source });
    await screen.findByRole("heading", {
      level: 1,
      name: "Latest stories, page 3",
    });
    expect(storyTitles("Latest stories, page 3")).toEqual([
      `Story ${String(2 * LIST_PAGE_SIZE + 1)}`,
    ]);
    expect(
      screen.queryByRole("link", { name: "Older stories" }),
    ).not.toBeInTheDocument();
    expect(headLink("next")).toBeUndefined();
  });

  it.each(["/page/1/", "/page/4/", "/page/02/", "/page/two/"])(
    "answers %s with the not-found page",
    async (path) => {
      renderRoute(path, { source });
      expect(
        await screen.findByRole("heading", {
          level: 1,
          name: "Page not found",
        }),
      ).toBeInTheDocument();
    },
  );
});

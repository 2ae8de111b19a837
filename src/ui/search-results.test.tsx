import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithRouter } from "../../tests/support/render";
import type { SearchResult } from "../content/search-result";
import { SearchResults } from "./search-results";

const results: SearchResult[] = [
  {
    key: "aleppo#p-1",
    title: [
      { text: "Rebels break the siege of ", marked: false },
      { text: "Aleppo", marked: true },
    ],
    snippet: [
      { text: "…fighters reached ", marked: false },
      { text: "Aleppo", marked: true },
      { text: " <script>alert(1)</script>", marked: false },
    ],
    path: "/article/aleppo/#p-1",
    lang: null,
  },
];

describe("SearchResults", () => {
  it("announces the count and lists results linking to the matching paragraph", () => {
    renderWithRouter(
      <SearchResults query="aleppo" status="done" results={results} />,
    );
    expect(screen.getByRole("status")).toHaveTextContent(
      "1 result for “aleppo”.",
    );
    const list = screen.getByRole("list", { name: "Search" });
    const link = within(list).getByRole("link", {
      name: "Rebels break the siege of Aleppo",
    });
    expect(link).toHaveAttribute("href", "/article/aleppo/#p-1");
  });

  it("marks the matching words and renders the text as text", () => {
    renderWithRouter(
      <SearchResults query="aleppo" status="done" results={results} />,
    );
    const item = within(screen.getByRole("list", { name: "Search" })).getByRole(
      "listitem",
    );
    expect(
      within(item)
        .getAllByRole("mark")
        .map((mark) => mark.textContent),
    ).toEqual(["Aleppo", "Aleppo"]);
    expect(item).toHaveTextContent("<script>alert(1)</script>");
  });

  it.each([
    ["empty", "", /^Type a word/],
    ["loading", "siege", /^Searching for “siege”/],
    ["done", "zzz", /^No stories match “zzz”\.$/],
    ["error", "siege", /not available right now/],
  ] as const)("says what is happening when %s", (status, query, message) => {
    renderWithRouter(
      <SearchResults query={query} status={status} results={[]} />,
    );
    expect(screen.getByRole("status")).toHaveTextContent(message);
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
  });
});

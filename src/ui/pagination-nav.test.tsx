import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithRouter } from "../../tests/support/render";
import { PaginationNav } from "./pagination-nav";

const nav = () => screen.getByRole("navigation", { name: "Pages of stories" });

describe("PaginationNav", () => {
  it("renders nothing when every story fits on one page", () => {
    renderWithRouter(<PaginationNav page={1} pageCount={1} />);
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
  });

  it("offers only older stories on the first page, linked to /page/2/", () => {
    renderWithRouter(<PaginationNav page={1} pageCount={3} />);
    const older = within(nav()).getByRole("link", { name: "Older stories" });
    expect(older).toHaveAttribute("href", "/page/2/");
    expect(older).toHaveAttribute("rel", "next");
    expect(
      within(nav()).queryByRole("link", { name: /newer/i }),
    ).not.toBeInTheDocument();
    expect(nav()).toHaveTextContent("Page 1 of 3");
  });

  it("links a middle page both ways, newer to the home page from page 2", () => {
    renderWithRouter(<PaginationNav page={2} pageCount={3} />);
    const newer = within(nav()).getByRole("link", { name: "Newer stories" });
    expect(newer).toHaveAttribute("href", "/");
    expect(newer).toHaveAttribute("rel", "prev");
    expect(
      within(nav()).getByRole("link", { name: "Older stories" }),
    ).toHaveAttribute("href", "/page/3/");
  });

  it("offers only newer stories on the last page", () => {
    renderWithRouter(<PaginationNav page={3} pageCount={3} />);
    expect(
      within(nav()).getByRole("link", { name: "Newer stories" }),
    ).toHaveAttribute("href", "/page/2/");
    expect(
      within(nav()).queryByRole("link", { name: /older/i }),
    ).not.toBeInTheDocument();
    expect(nav()).toHaveTextContent("Page 3 of 3");
  });

  it("is reachable by keyboard, in reading order", async () => {
    const { user } = renderWithRouter(<PaginationNav page={2} pageCount={3} />);
    await user.tab();
    expect(screen.getByRole("link", { name: "Newer stories" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("link", { name: "Older stories" })).toHaveFocus();
  });
});

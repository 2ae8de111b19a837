import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithRouter } from "../../tests/support/render";
import { SiteShell } from "./site-shell";

describe("SiteShell", () => {
  it("renders the header, main and footer landmarks around the page", () => {
    renderWithRouter(
      <SiteShell>
        <h1>Page</h1>
      </SiteShell>,
    );
    expect(screen.getByRole("banner")).toBeInTheDocument();
    expect(screen.getByRole("main")).toContainElement(
      screen.getByRole("heading", { name: "Page" }),
    );
    expect(screen.getByRole("contentinfo")).toBeInTheDocument();
  });

  it("links the site name home", () => {
    renderWithRouter(<SiteShell>content</SiteShell>);
    expect(screen.getByRole("link", { name: "Broadsheet" })).toHaveAttribute(
      "href",
      "/",
    );
  });

  it("offers a skip link to the main content first", async () => {
    const { user } = renderWithRouter(<SiteShell>content</SiteShell>);
    await user.tab();
    const skipLink = screen.getByRole("link", { name: "Skip to main content" });
    expect(skipLink).toHaveFocus();
    expect(skipLink).toHaveAttribute("href", "#main");
    expect(screen.getByRole("main")).toHaveAttribute("id", "main");
  });
});

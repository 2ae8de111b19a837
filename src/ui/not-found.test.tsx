import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithRouter } from "../../tests/support/render";
import { ErrorPage } from "./error-page";
import { NotFound } from "./not-found";

describe("NotFound", () => {
  it("says the page was not found and links home", () => {
    renderWithRouter(<NotFound />);
    expect(
      screen.getByRole("heading", { level: 1, name: "Page not found" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Go to the front page" }),
    ).toHaveAttribute("href", "/");
  });
});

describe("ErrorPage", () => {
  it("shows its heading and message and links home", () => {
    renderWithRouter(
      <ErrorPage heading="Something went wrong" message="Try again." />,
    );
    expect(
      screen.getByRole("heading", { level: 1, name: "Something went wrong" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Try again.")).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Go to the front page" }),
    ).toHaveAttribute("href", "/");
  });
});

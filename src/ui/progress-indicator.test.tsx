import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProgressIndicator } from "./progress-indicator";

describe("ProgressIndicator", () => {
  it("is a labelled progressbar with the percentage and the time left", () => {
    render(<ProgressIndicator fraction={0.424} minutesLeft={2} />);
    const bar = screen.getByRole("progressbar", { name: "Reading progress" });
    expect(bar).toHaveValue(42);
    expect(bar).toHaveAttribute("aria-valuetext", "42%, 2 min left");
    expect(screen.getByText("2 min left")).toBeInTheDocument();
  });

  it("says the story is finished at the end, and keeps the value in range", () => {
    render(<ProgressIndicator fraction={1.5} minutesLeft={0} />);
    expect(
      screen.getByRole("progressbar", { name: "Reading progress" }),
    ).toHaveValue(100);
    expect(screen.getByText("Finished")).toBeInTheDocument();
  });

  it("prerenders the time left only: the bar needs JavaScript to follow the reader", () => {
    const prerendered = <ProgressIndicator fraction={0} minutesLeft={2} />;
    expect(renderToString(prerendered)).toContain("2 min left");
    expect(renderToString(prerendered)).not.toContain("progressbar");
  });
});

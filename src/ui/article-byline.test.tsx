import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArticleByline } from "./article-byline";

describe("ArticleByline", () => {
  it("names the author, the source and the date", () => {
    render(
      <ArticleByline
        author="Ana Jones"
        source="Al Jazeera"
        date="2026-11-26"
      />,
    );
    expect(
      screen.getByText((_, element) =>
        element?.tagName === "P"
          ? element.textContent ===
            "By Ana Jones · Al Jazeera · 26 November 2026"
          : false,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText("26 November 2026")).toHaveAttribute(
      "datetime",
      "2026-11-26",
    );
  });

  it("isolates a right-to-left name so it keeps its own direction", () => {
    render(<ArticleByline author="محمد العلي" />);
    expect(screen.getByText("محمد العلي").tagName).toBe("BDI");
  });

  it("renders nothing when the story declares none of them", () => {
    render(<ArticleByline author={null} />);
    expect(screen.queryByText(/By/)).not.toBeInTheDocument();
  });
});

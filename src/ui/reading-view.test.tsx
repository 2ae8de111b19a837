import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  aleppoArticle,
  arabicArticle,
  scriptArticle,
} from "../../tests/support/article-fixtures";
import { renderWithRouter } from "../../tests/support/render";
import { ReadingView } from "./reading-view";

function renderView(article = aleppoArticle, highlightQuotes = true) {
  const onHighlightQuotesChange = vi.fn<(highlightQuotes: boolean) => void>();
  // A router around it: the "Who said what" panel links speakers to their pages.
  const { user } = renderWithRouter(
    <ReadingView
      article={article}
      highlightQuotes={highlightQuotes}
      onHighlightQuotesChange={onHighlightQuotesChange}
    />,
  );
  return { user, onHighlightQuotesChange };
}

describe("ReadingView", () => {
  it("has the title as its only level-one heading", () => {
    renderView();
    const headings = screen.getAllByRole("heading", { level: 1 });
    expect(headings).toHaveLength(1);
    expect(headings[0]).toHaveAccessibleName(aleppoArticle.title);
  });

  it("shows the word count and reading time", () => {
    renderView();
    expect(
      screen.getByText(`${String(aleppoArticle.wordCount)} words · 3 min read`),
    ).toBeInTheDocument();
  });

  it("gives every paragraph its id as its address", () => {
    renderView();
    const ids = screen
      .getAllByRole("paragraph")
      .map((paragraph) => paragraph.id)
      .filter(Boolean);
    expect(ids).toEqual(aleppoArticle.paragraphs.map(({ id }) => id));
  });

  it("exposes each quote with its speaker", () => {
    renderView();
    const quotes = screen.getAllByRole("mark");
    expect(quotes.map((quote) => quote.dataset.kind)).toEqual([
      "term",
      "speech",
      "speech",
      "speech",
      "term",
    ]);
    expect(quotes[2]).toHaveTextContent(/, said by Assaad al-Achi$/);
  });

  it("names the speakers in a note beside their paragraph, hidden from screen readers", () => {
    renderView();
    const note = screen.getByText("Assaad al-Achi", { selector: "p" });
    expect(note).toHaveAttribute("aria-hidden", "true");
  });

  it("asks to turn highlighting off from its pressed toggle", async () => {
    const { user, onHighlightQuotesChange } = renderView();
    const toggle = screen.getByRole("button", { name: "Highlight quotes" });
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    await user.click(toggle);
    expect(onHighlightQuotesChange).toHaveBeenCalledWith(false);
  });

  it("keeps the quotes but drops the speaker notes when highlighting is off", () => {
    renderView(aleppoArticle, false);
    expect(
      screen.getByRole("button", { name: "Highlight quotes" }),
    ).toHaveAttribute("aria-pressed", "false");
    expect(screen.getAllByRole("mark")).toHaveLength(5);
    expect(
      screen.queryByText("Assaad al-Achi", { selector: "p" }),
    ).not.toBeInTheDocument();
  });

  it("renders markup in the article as text", () => {
    renderView(scriptArticle);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Tags </script> in a <b>title</b>",
    );
    expect(
      screen.getByText("Before <script>alert(1)</script> after."),
    ).toBeInTheDocument();
  });

  it("marks the language and direction of the article's own text", () => {
    renderView(arabicArticle);
    const heading = screen.getByRole("heading", { level: 1 });
    expect(heading).toHaveAttribute("lang", "ar");
    expect(heading).toHaveAttribute("dir", "auto");
    const paragraph = screen.getByText("قال المرصد إن القتال مستمر.");
    expect(paragraph).toHaveAttribute("dir", "auto");
  });
});

import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  aleppoArticle,
  buildArticle,
  quoteSegment,
  textSegment,
} from "../../tests/support/article-fixtures";
import { renderWithRouter } from "../../tests/support/render";
import { ReadingView } from "./reading-view";

// Rendered inside the reading view, so that links land on real paragraphs.
function renderPanel(article = aleppoArticle) {
  return renderWithRouter(
    <ReadingView
      article={article}
      highlightQuotes
      onHighlightQuotesChange={() => undefined}
    />,
  );
}

const variants = buildArticle("variants", "Variants", [
  [
    quoteSegment("We will not stop", { speaker: "Assaad al-Achi" }),
    textSegment(", said Assaad al-Achi."),
  ],
  [
    quoteSegment("Nor will they", { speaker: "Nadia Karam" }),
    textSegment(", said Nadia Karam."),
  ],
  [
    quoteSegment("It is a slap", { speaker: "al-Achi" }),
    textSegment(" he said."),
  ],
  [quoteSegment("Nobody knows", { speaker: "he" })],
]);

function getPanelList() {
  return screen.getByRole("list", { name: "Quotes in this article" });
}

describe("QuotePanel", () => {
  it("is a disclosure, closed at first, that opens to list every speech quote in order", async () => {
    const { user } = renderPanel();
    const summary = screen.getByText("Who said what (3 quotes)");
    const list = getPanelList();
    expect(list).not.toBeVisible();
    await user.click(summary);
    expect(list).toBeVisible();
    expect(
      within(list)
        .getAllByRole("link", { name: /^“/ })
        .map((link) => link.textContent),
    ).toEqual([
      "“double the number of fighters for this next battle”",
      "“It's a big slap in the face of the regime and allied militia forces”",
      "“They called it ‘a victory’ too soon.”",
    ]);
  });

  it("links each quote to its paragraph, which can take focus", async () => {
    const { user } = renderPanel();
    await user.click(screen.getByText(/^Who said what/));
    const link = within(getPanelList()).getByRole("link", {
      name: /It's a big slap/,
    });
    expect(link).toHaveAttribute("href", "#p-3");
    await user.click(link);
    const paragraph = screen
      .getAllByRole("paragraph")
      .find((candidate) =>
        within(candidate).queryByRole("link", { name: "Link to paragraph 3" }),
      );
    expect(paragraph).toHaveAttribute("id", "p-3");
    expect(paragraph).toHaveFocus();
  });

  it("links each speaker to their page and says when nobody is named", async () => {
    const { user } = renderPanel();
    await user.click(screen.getByText(/^Who said what/));
    const items = within(getPanelList()).getAllByRole("listitem");
    const [first, second] = items;
    if (!first || !second) throw new Error("expected two quotes or more");
    expect(first).toHaveTextContent(/— not attributed$/);
    expect(
      within(second).getByRole("link", {
        name: "Assaad al-Achi",
      }),
    ).toHaveAttribute("href", "/speakers/assaad-al-achi/");
  });

  it("merges name variants and filters the list by speaker", async () => {
    const { user } = renderPanel(variants);
    await user.click(screen.getByText(/^Who said what/));
    const filter = screen.getByRole("combobox", { name: "Show quotes by" });
    expect(
      within(filter)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual([
      "Everyone (4)",
      "Assaad al-Achi (2)",
      "Nadia Karam (1)",
      "Not attributed (1)",
    ]);

    await user.selectOptions(filter, "Assaad al-Achi (2)");
    const quotes = () =>
      within(getPanelList())
        .getAllByRole("link", { name: /^“/ })
        .map((link) => link.textContent);
    expect(quotes()).toEqual(["“We will not stop”", "“It is a slap”"]);

    await user.selectOptions(filter, "Not attributed (1)");
    expect(quotes()).toEqual(["“Nobody knows”"]);

    await user.selectOptions(filter, "Everyone (4)");
    expect(quotes()).toHaveLength(4);
  });

  it("is not there when the article quotes nobody", () => {
    renderPanel(buildArticle("quiet", "Quiet", ["Nothing was said."]));
    expect(screen.queryByText(/^Who said what/)).not.toBeInTheDocument();
  });
});

import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  aleppoArticle,
  buildArticle,
  quoteSegment,
  textSegment,
} from "../../tests/support/article-fixtures";
import { createInMemorySource, renderRoute } from "../../tests/support/render";

const followUp = buildArticle("follow-up", "Aleppo, a week on", [
  [
    quoteSegment("The front has not moved", { speaker: "al-Achi" }),
    textSegment(", said Assaad al-Achi's colleague, quoting al-Achi."),
  ],
  [quoteSegment("Assaad al-Achi said so", { speaker: "Assaad al-Achi" })],
]);
const source = createInMemorySource([aleppoArticle, followUp]);

describe("the speaker routes", () => {
  it("list everyone quoted at /speakers/ with their counts", async () => {
    renderRoute("/speakers/", { source });
    const heading = await screen.findByRole("heading", {
      level: 1,
      name: "Who is quoted",
    });
    expect(heading).toBeInTheDocument();
    const items = within(
      screen.getByRole("list", { name: "Who is quoted" }),
    ).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "Assaad al-Achi 3 quotes in 2 stories",
      "Jane Roe 1 quote in 1 story",
    ]);
    expect(document.title).toBe("Who is quoted — Broadsheet");
  });

  it("go from the index to a speaker's quotes, each linking into its article at the paragraph", async () => {
    const { user } = renderRoute("/speakers/", { source });
    await user.click(
      await screen.findByRole("link", { name: "Assaad al-Achi" }),
    );
    expect(
      await screen.findByRole("heading", { level: 1, name: "Assaad al-Achi" }),
    ).toBeInTheDocument();
    expect(screen.getByText("3 quotes in 2 stories")).toBeInTheDocument();
    const quotes = within(
      screen.getByRole("list", { name: "Quotes by Assaad al-Achi" }),
    ).getAllByRole("listitem");
    expect(quotes).toHaveLength(3);
    expect(
      within(quotes[0] ?? document.body).getByRole("link", {
        name: aleppoArticle.title,
      }),
    ).toHaveAttribute("href", `/article/${aleppoArticle.slug}/#p-3`);
    expect(
      within(quotes[1] ?? document.body).getByRole("link", {
        name: "Aleppo, a week on",
      }),
    ).toHaveAttribute("href", "/article/follow-up/#p-1");
    expect(document.title).toBe("Quotes by Assaad al-Achi — Broadsheet");
  });

  it("answer an unknown speaker with the not-found page", async () => {
    renderRoute("/speakers/nobody-at-all/", { source });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Page not found" }),
    ).toBeInTheDocument();
  });

  it("say so when nobody is quoted", async () => {
    renderRoute("/speakers/", { source: createInMemorySource([]) });
    expect(
      await screen.findByText("Nobody is quoted yet."),
    ).toBeInTheDocument();
  });
});

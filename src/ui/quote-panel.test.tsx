import { screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { ArticleData, ArticleView } from "../content/article";
import { getArticleOutline } from "../content/article-outline";
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

// As the article route's request does: calls share a pending fetch, and the next call after a failure tries again.
function shareCalls(
  load: () => Promise<ArticleData>,
): () => Promise<ArticleData> {
  let pending: Promise<ArticleData> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/**
 * The reading view of a prerendered page's outline, as the article route gives it: asking for quotes calls `load`,
 * and the whole article it resolves with then comes as the view's article.
 */
function OutlineReader({ load }: { load: () => Promise<ArticleData> }) {
  const [article, setArticle] = useState<ArticleView>(() =>
    getArticleOutline(aleppoArticle),
  );
  const [request] = useState(() => shareCalls(load));
  return (
    <ReadingView
      article={article}
      highlightQuotes
      onHighlightQuotesChange={() => undefined}
      loadQuotes={() => request().then(setArticle)}
    />
  );
}

function renderOutline(load: () => Promise<ArticleData>) {
  return renderWithRouter(<OutlineReader load={load} />);
}

function getSummary() {
  return screen.getByText(/^Who said what/);
}

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
      .find((candidate) => candidate.id === "p-3");
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

describe("QuotePanel of a page that has the article's outline", () => {
  it("says how many quotes there are while closed, and fetches nothing", () => {
    const load = vi.fn(() => Promise.resolve(aleppoArticle));
    renderOutline(load);
    expect(getSummary()).toHaveTextContent("Who said what (3 quotes)");
    expect(screen.getByRole("group")).not.toHaveAttribute("open");
    expect(
      screen.queryByRole("list", { name: "Quotes in this article" }),
    ).not.toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();
  });

  it("offers the quotes by speaker in place of the list until it loads", () => {
    renderOutline(() => Promise.resolve(aleppoArticle));
    expect(
      screen.getByRole("link", { name: "Quotes by speaker", hidden: true }),
    ).toHaveAttribute("href", "/speakers/");
  });

  it("loads the whole article when opened, says so meanwhile, then lists the quotes", async () => {
    let arrive: (article: ArticleData) => void = () => undefined;
    const load = vi.fn(
      () =>
        new Promise<ArticleData>((resolve) => {
          arrive = resolve;
        }),
    );
    const { user } = renderOutline(load);
    await user.click(getSummary());
    expect(
      within(screen.getByRole("group")).getByRole("status"),
    ).toHaveTextContent("Loading quotes…");
    arrive(aleppoArticle);
    const list = await screen.findByRole("list", {
      name: "Quotes in this article",
    });
    expect(
      within(list)
        .getAllByRole("link", { name: /^“/ })
        .map((link) => link.getAttribute("href")),
    ).toEqual(["#p-2", "#p-3", "#p-4"]);
    expect(
      screen.getByRole("combobox", { name: "Show quotes by" }),
    ).toBeInTheDocument();
    expect(screen.queryByText("Loading quotes…")).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("starts loading when the reader points at the summary", async () => {
    const load = vi.fn(() => new Promise<ArticleData>(() => undefined));
    const { user } = renderOutline(load);
    await user.hover(getSummary());
    expect(load).toHaveBeenCalled();
    expect(screen.getByRole("group")).not.toHaveAttribute("open");
  });

  it("does not load for a keyboard user passing the summary on their way", async () => {
    const load = vi.fn(() => new Promise<ArticleData>(() => undefined));
    const { user } = renderOutline(load);
    // The highlight toggle comes first in the header, then the panel.
    await user.tab();
    await user.tab();
    expect(getSummary()).toHaveFocus();
    expect(load).not.toHaveBeenCalled();
  });

  it("says when the quotes cannot be loaded, and loads them on a retry", async () => {
    let online = false;
    const load = vi.fn(() =>
      online
        ? Promise.resolve(aleppoArticle)
        : Promise.reject(new Error("offline")),
    );
    const { user } = renderOutline(load);
    await user.click(getSummary());
    expect(
      await within(screen.getByRole("group")).findByRole("alert"),
    ).toHaveTextContent(
      "The quotes could not be loaded. Check your connection, then try again.",
    );
    online = true;
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(
      await screen.findByRole("list", { name: "Quotes in this article" }),
    ).toBeVisible();
    expect(
      within(screen.getByRole("group")).queryByRole("alert"),
    ).not.toBeInTheDocument();
    // Focus stayed in the panel when the button made way for the list.
    expect(getSummary()).toHaveFocus();
  });
});

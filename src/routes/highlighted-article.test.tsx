import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { aleppoArticle } from "../../tests/support/article-fixtures";
import { createInMemorySource, renderRoute } from "../../tests/support/render";
import {
  createHighlight,
  EMPTY_STATE,
  serializeState,
} from "../highlights/highlight";
import { BACKUP_KEY, HIGHLIGHTS_KEY } from "../highlights/highlight-store";

const source = createInMemorySource([aleppoArticle]);
const articlePath = `/article/${aleppoArticle.slug}/`;

async function openArticle() {
  const view = renderRoute(articlePath, { source });
  await screen.findByRole("heading", { level: 1, name: aleppoArticle.title });
  return view;
}

describe("highlighting in the article", () => {
  it("highlights a whole paragraph with its button, marks it in the text and announces it once", async () => {
    const { user } = await openArticle();
    const button = screen.getByRole("button", {
      name: "Highlight paragraph 1",
    });
    expect(button).toHaveAttribute("aria-pressed", "false");
    await user.click(button);
    expect(button).toHaveAttribute("aria-pressed", "true");
    // The first press loads the highlights runtime; the press is carried out once it has arrived.
    const mark = await screen.findByText(/Syrian regime forces/, {
      selector: "mark",
    });
    expect(mark).toHaveTextContent("Highlight, Important:");
    expect(
      screen.getByText(/^Highlighted as Important: “Syrian regime forces/),
    ).toHaveAttribute("role", "status");
    expect(localStorage.getItem(HIGHLIGHTS_KEY)).toContain(
      "Syrian regime forces",
    );

    await user.click(button);
    expect(button).toHaveAttribute("aria-pressed", "false");
    expect(
      screen.queryByText(/Syrian regime forces/, { selector: "mark" }),
    ).not.toBeInTheDocument();
  });

  it("highlights the focused paragraph with the h key, but not while typing in a field", async () => {
    const { user } = await openArticle();
    const button = screen.getByRole("button", {
      name: "Highlight paragraph 2",
    });
    button.focus();
    await user.keyboard("h");
    // The first key of a visit runs once the keyboard chunk has arrived (decision 0017).
    await waitFor(() => {
      expect(button).toHaveAttribute("aria-pressed", "true");
    });
    await user.keyboard("{Control>}h{/Control}");
    expect(button).toHaveAttribute("aria-pressed", "true");

    await user.click(screen.getByRole("button", { name: /your highlights/i }));
    const note = await screen.findByRole("textbox", {
      name: "Note on highlight 1",
    });
    await user.type(note, "h");
    expect(button).toHaveAttribute("aria-pressed", "true");
  });

  it("highlights the quotes of a paragraph in one action", async () => {
    const { user } = await openArticle();
    await user.click(
      screen.getByRole("button", { name: "Highlight quote in paragraph 2" }),
    );
    const marks = await screen.findAllByText(/double the number/, {
      selector: "mark",
    });
    expect(marks.map((mark) => mark.textContent)).toContain(
      "Highlight, Important: double the number of fighters for this next battle",
    );
    expect(
      screen.queryByText(/Army of Conquest/, { selector: "mark[id]" }),
    ).not.toBeInTheDocument();
  });

  it("lists the article's highlights in a panel where a note, colour and removal can be changed", async () => {
    const { user } = await openArticle();
    await user.click(
      screen.getByRole("button", { name: "Highlight paragraph 1" }),
    );
    const toggle = await screen.findByRole("button", {
      name: "Your highlights (1)",
    });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const link = await screen.findByRole("link", { name: "Go to highlight 1" });
    expect(link).toHaveAttribute("href", expect.stringMatching(/^#h-/));

    await user.type(
      screen.getByRole("textbox", { name: "Note on highlight 1" }),
      "Check this",
    );
    await user.tab();
    expect(localStorage.getItem(HIGHLIGHTS_KEY)).toContain("Check this");

    await user.selectOptions(
      screen.getByRole("combobox", { name: "Colour of highlight 1" }),
      "blue",
    );
    expect(
      screen.getByText(/Syrian regime/, { selector: "mark" }),
    ).toHaveTextContent("Highlight, Question:");

    const meaning = screen.getByRole("textbox", { name: "Meaning of blue" });
    await user.clear(meaning);
    await user.type(meaning, "Doubt");
    await user.tab();
    expect(
      screen.getByText(/Syrian regime/, { selector: "mark" }),
    ).toHaveTextContent("Highlight, Doubt:");

    // The colour chosen for new highlights is the one a paragraph's toggle applies, and says so.
    await user.click(screen.getByRole("radio", { name: "Follow up (pink)" }));
    await user.click(
      screen.getByRole("button", { name: "Highlight paragraph 3" }),
    );
    expect(screen.getByText(/^Highlighted as Follow up: /)).toHaveAttribute(
      "role",
      "status",
    );
    await user.click(
      screen.getByRole("button", { name: "Highlight paragraph 3" }),
    );

    await user.click(
      screen.getByRole("button", { name: "Remove highlight 1" }),
    );
    expect(
      screen.getByRole("button", { name: "Your highlights (0)" }),
    ).toBeInTheDocument();
    expect(screen.getByText("No highlights yet.")).toBeInTheDocument();
  });

  it("shows a highlight whose text is gone as orphaned, without dropping it", async () => {
    const orphan = createHighlight({
      slug: aleppoArticle.slug,
      title: aleppoArticle.title,
      kind: "text",
      paragraphId: "p-99",
      paragraphText: "A sentence the editors have since removed.",
      start: 2,
      end: 10,
      color: "green",
      createdAt: "2026-01-01T00:00:00.000Z",
    });
    localStorage.setItem(
      HIGHLIGHTS_KEY,
      serializeState({ ...EMPTY_STATE, highlights: [orphan] }),
    );
    const { user } = await openArticle();
    await user.click(
      await screen.findByRole("button", { name: "Your highlights (1)" }),
    );
    const panel = screen.getByRole("region", { name: /^Your highlights/ });
    const item = await within(panel).findByRole("listitem");
    expect(within(item).getByText("sentence")).toBeInTheDocument();
    expect(within(item).getByText(/Orphaned/)).toBeInTheDocument();
  });

  it("shows the story and a dismissible notice when stored highlights are corrupt, keeping a backup", async () => {
    localStorage.setItem(HIGHLIGHTS_KEY, "{not json");
    const { user } = await openArticle();
    const heading = await screen.findByRole("heading", {
      name: "Some saved highlights could not be read",
    });
    expect(heading).toBeInTheDocument();
    expect(localStorage.getItem(BACKUP_KEY)).toBe("{not json");
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(
      screen.queryByRole("heading", {
        name: "Some saved highlights could not be read",
      }),
    ).not.toBeInTheDocument();
    await user.click(
      screen.getByRole("button", { name: "Highlight paragraph 1" }),
    );
    expect(
      screen.getByRole("button", { name: "Highlight paragraph 1" }),
    ).toHaveAttribute("aria-pressed", "true");
  });
});

describe("/highlights/", () => {
  it("lists every highlight, newest first, each linking to its paragraph", async () => {
    const make = (paragraphId: string, text: string, createdAt: string) =>
      createHighlight({
        slug: aleppoArticle.slug,
        title: aleppoArticle.title,
        kind: "paragraph",
        paragraphId,
        paragraphText: text,
        start: 0,
        end: text.length,
        color: "yellow",
        createdAt,
      });
    localStorage.setItem(
      HIGHLIGHTS_KEY,
      serializeState({
        ...EMPTY_STATE,
        highlights: [
          make("p-1", "Older words", "2026-01-01T00:00:00.000Z"),
          make("p-2", "Newer words", "2026-02-01T00:00:00.000Z"),
        ],
      }),
    );
    renderRoute("/highlights/", { source });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Your highlights" }),
    ).toBeInTheDocument();
    const links = await screen.findAllByRole("link", {
      name: `Open in “${aleppoArticle.title}”`,
    });
    expect(links.map((link) => link.getAttribute("href"))).toEqual([
      `${articlePath}#p-2`,
      `${articlePath}#p-1`,
    ]);
  });
});

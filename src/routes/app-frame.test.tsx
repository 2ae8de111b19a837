import { screen, waitFor } from "@testing-library/react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { aleppoArticle } from "../../tests/support/article-fixtures";
import { installDialogPolyfill } from "../../tests/support/dialog-polyfill";
import { createInMemorySource, renderRoute } from "../../tests/support/render";
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  serializePreferences,
} from "../preferences/preferences";
import { PROGRESS_KEY, serializeProgress } from "../progress/reading-progress";

const source = createInMemorySource([aleppoArticle]);
const articlePath = `/article/${aleppoArticle.slug}/`;

// jsdom lays nothing out and cannot scroll.
const scrollIntoView = vi.fn();
const scrollTo = vi.fn();

beforeAll(() => {
  installDialogPolyfill();
  Element.prototype.scrollIntoView = scrollIntoView;
  window.scrollTo = scrollTo;
});

/** The story paragraph (the `<p>` with the paragraph's anchor id) at `index`, counted from 0. */
function getParagraph(index: number): HTMLElement {
  const id = aleppoArticle.paragraphs[index]?.id;
  const paragraph = screen
    .getAllByRole("paragraph")
    .find((element) => element.id === id);
  if (!paragraph) throw new Error(`no paragraph ${String(index)}`);
  return paragraph;
}

async function openArticle() {
  const view = renderRoute(articlePath, { source });
  await screen.findByRole("heading", { level: 1, name: aleppoArticle.title });
  return view;
}

describe("the preferences panel", () => {
  it("opens from the header, applies a theme to <html> and remembers it", async () => {
    const { user } = await openArticle();
    const toggle = screen.getByRole("button", { name: "Preferences" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    await user.click(await screen.findByRole("radio", { name: "Dark" }));
    expect(document.documentElement).toHaveAttribute("data-theme", "dark");
    await user.click(screen.getByRole("radio", { name: "Largest" }));
    expect(document.documentElement).toHaveAttribute("data-text-size", "6");
    expect(localStorage.getItem(PREFERENCES_KEY)).toContain('"theme":"dark"');
    await user.click(toggle);
    expect(
      screen.queryByRole("form", { name: "Reading preferences" }),
    ).not.toBeInTheDocument();
  });
});

describe("keyboard shortcuts", () => {
  it("opens the help dialog with ? and from the preferences panel", async () => {
    const { user } = await openArticle();
    await user.keyboard("?");
    expect(
      await screen.findByRole("dialog", { name: "Keyboard shortcuts" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Preferences" }));
    await user.click(
      await screen.findByRole("button", { name: "Keyboard shortcuts" }),
    );
    expect(
      await screen.findByRole("dialog", { name: "Keyboard shortcuts" }),
    ).toBeInTheDocument();
  });

  it("moves focus through paragraphs with j and k, and through quotes with n and p", async () => {
    const { user } = await openArticle();
    await user.keyboard("j");
    // The first key of a visit runs once the keyboard chunk has arrived (decision 0017); the rest at once.
    await waitFor(() => {
      expect(getParagraph(0)).toHaveFocus();
    });
    await user.keyboard("j");
    expect(getParagraph(1)).toHaveFocus();
    await user.keyboard("k");
    expect(getParagraph(0)).toHaveFocus();
    const [firstSpeech, secondSpeech] = screen
      .getAllByRole("mark")
      .filter((mark) => mark.dataset.kind === "speech");
    await user.keyboard("n");
    expect(firstSpeech).toHaveFocus();
    await user.keyboard("n");
    expect(secondSpeech).toHaveFocus();
    await user.keyboard("p");
    expect(firstSpeech).toHaveFocus();
  });

  it("goes home with g then h", async () => {
    const { user } = await openArticle();
    await user.keyboard("gh");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Latest stories" }),
    ).toBeInTheDocument();
  });

  it("focuses the header's search field with /, without typing the key into it", async () => {
    const { user } = await openArticle();
    await user.keyboard("/");
    const field = screen.getByRole("searchbox", { name: "Search stories" });
    await waitFor(() => {
      expect(field).toHaveFocus();
    });
    expect(field).toHaveValue("");
  });

  it("does nothing with a modifier held", async () => {
    const { user } = await openArticle();
    await user.keyboard("{Control>}j{/Control}");
    expect(document.body).toHaveFocus();
  });

  it("does nothing once single-key shortcuts are turned off", async () => {
    localStorage.setItem(
      PREFERENCES_KEY,
      serializePreferences({ ...DEFAULT_PREFERENCES, shortcuts: false }),
    );
    const { user } = await openArticle();
    await user.keyboard("j?");
    expect(document.body).toHaveFocus();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("does nothing while the reader types in a field", async () => {
    const { user } = await openArticle();
    await user.click(screen.getByRole("button", { name: "Preferences" }));
    await screen.findByRole("radio", { name: "Dark" });
    // A text field elsewhere on the page (the search box of another feature, say).
    const field = document.createElement("input");
    field.setAttribute("aria-label", "Notes");
    document.body.append(field);
    await user.click(screen.getByRole("textbox", { name: "Notes" }));
    await user.keyboard("j?");
    expect(field).toHaveValue("j?");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    field.remove();
  });
});

describe("reading progress", () => {
  it("reopens a story where the reader left it, with a way to start from the top", async () => {
    const paragraph = aleppoArticle.paragraphs[2];
    localStorage.setItem(
      PROGRESS_KEY,
      serializeProgress({
        [aleppoArticle.slug]: {
          paragraphId: paragraph?.id ?? "",
          index: 2,
          count: aleppoArticle.paragraphs.length,
          finished: false,
          at: 1,
        },
      }),
    );
    const { user } = await openArticle();
    expect(scrollIntoView).toHaveBeenCalled();
    const notice = await screen.findByRole("group", {
      name: "Where you left off",
    });
    expect(notice).toHaveTextContent(
      `paragraph ${String(paragraph?.index)} of ${String(aleppoArticle.paragraphs.length)}`,
    );
    await user.click(
      screen.getByRole("button", { name: "Start from the top" }),
    );
    expect(scrollTo).toHaveBeenCalledWith({
      top: 0,
      behavior: "instant",
    });
    expect(
      screen.getByRole("heading", { level: 1, name: aleppoArticle.title }),
    ).toHaveFocus();
    await waitFor(() => {
      expect(
        screen.queryByRole("group", { name: "Where you left off" }),
      ).not.toBeInTheDocument();
    });
  });

  it("marks stories in the list as unread, in progress or read, in words", async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      serializeProgress({
        [aleppoArticle.slug]: {
          paragraphId: "p-x",
          index: 1,
          count: 5,
          finished: false,
          at: 1,
        },
      }),
    );
    renderRoute("/", { source });
    expect(await screen.findByText("In progress")).toBeInTheDocument();
  });
});

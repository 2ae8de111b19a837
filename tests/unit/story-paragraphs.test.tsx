import { act, screen, waitFor, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import {
  getLinkedParagraph,
  getStoryParagraph,
  getStoryParagraphs,
  makeFocusable,
} from "../../src/dom/story-paragraphs";
import { ReadingView } from "../../src/ui/reading-view";
import { aleppoArticle } from "../support/article-fixtures";
import { renderWithRouter } from "../support/render";

const spoken = aleppoArticle.paragraphs.find(
  ({ speakers }) => speakers.length > 0,
);
if (!spoken) throw new Error("the fixture quotes someone");

// The story as an article page shows it, each paragraph with a button as its controls, and a paragraph outside.
function renderStory(extra?: ReactNode) {
  return renderWithRouter(
    <>
      {extra}
      <ReadingView
        article={aleppoArticle}
        highlightQuotes
        onHighlightQuotesChange={() => undefined}
        defaultControls={(paragraph) => (
          <button type="button">{`Press ${String(paragraph.index)}`}</button>
        )}
      />
      <p id="outside">Not part of the story</p>
    </>,
  );
}

/** The text element of paragraph `index` (1-based): the paragraph with its id. */
function getText(index: number): HTMLElement {
  const id = aleppoArticle.paragraphs[index - 1]?.id;
  const text = screen
    .getAllByRole("paragraph")
    .find((candidate) => candidate.id === id);
  if (!text) throw new Error(`no paragraph ${String(index)}`);
  return text;
}

afterEach(() => {
  window.history.replaceState(null, "", window.location.pathname);
});

describe("the story's paragraphs on the page", () => {
  it("are listed in reading order, by their ids", () => {
    renderStory();
    expect(getStoryParagraphs().map(({ id }) => id)).toEqual(
      aleppoArticle.paragraphs.map(({ id }) => id),
    );
  });

  it("are found from their text, their quotes, their speaker note and their controls", () => {
    renderStory();
    const text = getText(spoken.index);
    expect(getStoryParagraph(text)).toBe(text);
    expect(
      getStoryParagraph(within(text).getAllByRole("mark")[0] ?? null),
    ).toBe(text);
    const note = screen
      .getAllByText(spoken.speakers.join(", "))
      .filter((element) => element.getAttribute("aria-hidden") === "true");
    expect(note).toHaveLength(1);
    expect(getStoryParagraph(note[0] ?? null)).toBe(text);

    expect(
      getStoryParagraph(
        screen.getByRole("button", { name: `Press ${String(spoken.index)}` }),
      ),
    ).toBe(text);
  });

  it("are not found from the article's header or from outside the article", () => {
    renderStory();
    expect(getStoryParagraph(screen.getByRole("heading", { level: 1 }))).toBe(
      null,
    );
    expect(
      getStoryParagraph(
        screen.getByRole("button", { name: "Highlight quotes" }),
      ),
    ).toBe(null);
    expect(getStoryParagraph(screen.getByText("Not part of the story"))).toBe(
      null,
    );
    expect(getStoryParagraph(null)).toBe(null);
  });

  it("are named by a #hash of their id, and nothing else is", () => {
    renderStory();
    const first = aleppoArticle.paragraphs[0]?.id ?? "";
    expect(getLinkedParagraph(`#${first}`)).toBe(getText(1));
    expect(getLinkedParagraph("#outside")).toBe(null);
    expect(getLinkedParagraph("#")).toBe(null);
    expect(getLinkedParagraph("")).toBe(null);
    expect(getLinkedParagraph("#%E0%A4%A")).toBe(null);
  });

  it("are not focusable until something makes them so, which keeps a tabindex already set", () => {
    renderStory();
    const text = getText(1);
    expect(text).not.toHaveAttribute("tabindex");
    makeFocusable(text);
    expect(text).toHaveAttribute("tabindex", "-1");
    text.tabIndex = 0;
    makeFocusable(text);
    expect(text).toHaveAttribute("tabindex", "0");
  });
});

describe("focus following links to paragraphs", () => {
  it("lands on the paragraph the address names on arrival", () => {
    window.history.replaceState(null, "", `#${spoken.id}`);
    renderStory();
    expect(getText(spoken.index)).toHaveFocus();
  });

  it("leaves focus where the reader put it before the page was ready", () => {
    window.history.replaceState(null, "", `#${spoken.id}`);
    // Focused as it mounts, before the story's effects run: as a reader's Tab before hydration.
    renderStory(
      <button
        type="button"
        ref={(button) => {
          button?.focus();
        }}
      >
        Elsewhere
      </button>,
    );
    expect(screen.getByRole("button", { name: "Elsewhere" })).toHaveFocus();
  });

  it("lands on the paragraph a changed #hash names", async () => {
    renderStory();
    const text = getText(3);
    act(() => {
      window.location.hash = `#${text.id}`;
    });
    await waitFor(() => {
      expect(text).toHaveFocus();
    });
  });

  it("lets a link's own handler focus the paragraph it names", async () => {
    const target = aleppoArticle.paragraphs[1]?.id ?? "";
    let focusedByHandler = false;
    const { user } = renderStory(
      <a
        href={`#${target}`}
        onClick={() => {
          // As the "Who said what" panel does: focus first, then the browser follows the link.
          const text = getText(2);
          text.focus();
          focusedByHandler = text.matches(":focus");
        }}
      >
        Jump
      </a>,
    );
    await user.click(screen.getByRole("link", { name: "Jump" }));
    expect(focusedByHandler).toBe(true);
  });
});

import { act, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { aleppoArticle } from "../../tests/support/article-fixtures";
import { createInMemorySource, renderRoute } from "../../tests/support/render";
import {
  createHighlight,
  EMPTY_STATE,
  serializeState,
} from "../highlights/highlight";
import { BACKUP_KEY, HIGHLIGHTS_KEY } from "../highlights/highlight-store";
import type * as Runtime from "./highlights-runtime";

// The runtime chunk arrives only when a test lets it, so each test sees the article before and after.
const chunk = vi.hoisted(() => {
  const state = {
    requests: 0,
    arrive: (): void => undefined,
    fail: (): void => undefined,
  };
  return state;
});
vi.mock("./load-highlights-runtime", () => ({
  getLoadedHighlightsRuntime: () => null,
  loadHighlightsRuntime: async (): Promise<typeof Runtime> => {
    chunk.requests += 1;
    await new Promise<void>((resolve, reject) => {
      chunk.arrive = resolve;
      chunk.fail = () => {
        reject(new Error("offline"));
      };
    });
    return import("./highlights-runtime");
  },
}));

const source = createInMemorySource([aleppoArticle]);

async function openArticle() {
  const view = renderRoute(`/article/${aleppoArticle.slug}/`, { source });
  await screen.findByRole("heading", { level: 1, name: aleppoArticle.title });
  return view;
}

async function arrive() {
  await act(async () => {
    chunk.arrive();
    await Promise.resolve();
  });
}

function store(slug: string): string {
  const text = "Syrian regime forces and allied militias";
  return serializeState({
    ...EMPTY_STATE,
    highlights: [
      createHighlight({
        ...{ slug, title: "A story", kind: "text", paragraphId: "p-1" },
        ...{ paragraphText: text, start: 0, end: 13, color: "green" },
        createdAt: "2026-01-01T00:00:00.000Z",
      }),
    ],
  });
}

beforeEach(() => {
  chunk.requests = 0;
});

describe("the highlights runtime of an article", () => {
  it("is not requested by a plain view, even with other articles' highlights stored", async () => {
    localStorage.setItem(HIGHLIGHTS_KEY, store("another-story"));
    await openArticle();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(chunk.requests).toBe(0);
    expect(
      screen.getByRole("button", { name: "Highlight paragraph 1" }),
    ).toHaveAttribute("aria-pressed", "false");
    expect(
      screen.getByRole("button", { name: "Your highlights (0)" }),
    ).toBeInTheDocument();
  });

  it("carries out a press made before it arrived, keeping focus on the button", async () => {
    const { user } = await openArticle();
    const button = screen.getByRole("button", {
      name: "Highlight paragraph 1",
    });
    await user.click(button);
    expect(chunk.requests).toBe(1);
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(
      screen.queryByText(/Syrian regime forces/, { selector: "mark" }),
    ).not.toBeInTheDocument();

    await arrive();
    expect(
      await screen.findByText(/Syrian regime forces/, { selector: "mark" }),
    ).toHaveTextContent("Highlight, Important:");
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(button).toHaveFocus();
    expect(localStorage.getItem(HIGHLIGHTS_KEY)).toContain(
      "Syrian regime forces",
    );
    expect(
      screen.getByText(/^Highlighted as Important: “Syrian regime forces/),
    ).toHaveAttribute("role", "status");
  });

  it("forgets a press the reader took back before it arrived", async () => {
    const { user } = await openArticle();
    const button = screen.getByRole("button", {
      name: "Highlight paragraph 1",
    });
    await user.click(button);
    await user.click(button);
    expect(button).toHaveAttribute("aria-pressed", "false");
    await arrive();
    await user.click(screen.getByRole("button", { name: /^Your highlights/ }));
    expect(await screen.findByText("No highlights yet.")).toBeInTheDocument();
  });

  it("highlights the focused paragraph with the h key once it arrives", async () => {
    const { user } = await openArticle();
    const button = screen.getByRole("button", {
      name: "Highlight paragraph 2",
    });
    button.focus();
    await user.keyboard("h");
    // `h` itself runs once the keyboard chunk is there (decision 0017); it then asks for the runtime.
    await waitFor(() => {
      expect(chunk.requests).toBe(1);
    });
    await arrive();
    expect(
      await screen.findByRole("button", { name: "Your highlights (1)" }),
    ).toBeInTheDocument();
    expect(button).toHaveAttribute("aria-pressed", "true");
  });

  it("loads on mount when this article has stored highlights, and shows them", async () => {
    localStorage.setItem(HIGHLIGHTS_KEY, store(aleppoArticle.slug));
    await openArticle();
    // Asked for by an effect after the article's first render, with no action of the reader.
    await waitFor(() => {
      expect(chunk.requests).toBe(1);
    });
    await arrive();
    expect(
      await screen.findByText(/Syrian regime/, { selector: "mark" }),
    ).toHaveTextContent("Highlight, Agree:");
    expect(
      screen.getByRole("button", { name: "Your highlights (1)" }),
    ).toBeInTheDocument();
  });

  it("loads on mount when storage is corrupt, backs the value up and tells the reader", async () => {
    localStorage.setItem(HIGHLIGHTS_KEY, "{not json");
    await openArticle();
    // Asked for by an effect after the article's first render, with no action of the reader.
    await waitFor(() => {
      expect(chunk.requests).toBe(1);
    });
    await arrive();
    expect(
      await screen.findByRole("heading", {
        name: "Some saved highlights could not be read",
      }),
    ).toBeInTheDocument();
    expect(localStorage.getItem(BACKUP_KEY)).toBe("{not json");
  });

  it("loads when the reader opens the highlights section, saying so meanwhile", async () => {
    const { user } = await openArticle();
    const toggle = screen.getByRole("button", { name: "Your highlights (0)" });
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("Loading your highlights…")).toHaveAttribute(
      "role",
      "status",
    );
    await arrive();
    expect(await screen.findByText("No highlights yet.")).toBeInTheDocument();
    expect(toggle).toHaveFocus();
  });

  it("loads when another tab stores highlights of this article, not of another", async () => {
    await openArticle();
    const tell = (newValue: string) => {
      act(() => {
        window.dispatchEvent(
          new StorageEvent("storage", { key: HIGHLIGHTS_KEY, newValue }),
        );
      });
    };
    tell(store("another-story"));
    expect(chunk.requests).toBe(0);
    localStorage.setItem(HIGHLIGHTS_KEY, store(aleppoArticle.slug));
    tell(store(aleppoArticle.slug));
    expect(chunk.requests).toBe(1);
    await arrive();
    expect(
      await screen.findByText(/Syrian regime/, { selector: "mark" }),
    ).toBeInTheDocument();
  });

  it("says so when it cannot be loaded, and leaves the button unpressed", async () => {
    const { user } = await openArticle();
    const button = screen.getByRole("button", {
      name: "Highlight paragraph 1",
    });
    await user.click(button);
    await act(async () => {
      chunk.fail();
      await Promise.resolve();
    });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Your highlights could not be loaded",
    );
    expect(button).toHaveAttribute("aria-pressed", "false");
  });
});

describe("a text selection in the article", () => {
  it("loads the runtime and shows the floating Highlight action for it", async () => {
    const { user } = await openArticle();
    const words = screen.getByText(/Syrian regime forces/);
    await user.pointer([
      { keys: "[MouseLeft>]", target: words, offset: 0 },
      { target: words, offset: 13 },
      { keys: "[/MouseLeft]" },
    ]);
    expect(chunk.requests).toBeGreaterThan(0);
    await arrive();
    await user.click(
      await screen.findByRole("button", { name: "Highlight as Agree" }),
    );
    expect(
      await screen.findByText(/Syrian regime/, { selector: "mark" }),
    ).toHaveTextContent("Highlight, Agree: Syrian regime");
  });
});

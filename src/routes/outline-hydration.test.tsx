import { act, screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { hydrateRoot, type Root } from "react-dom/client";
import { createMemoryRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { aleppoArticle } from "../../tests/support/article-fixtures";
import { createInMemorySource } from "../../tests/support/render";
import { render as prerender } from "../entry-server";
import { parseHydrationData } from "../hydration-data";
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  serializePreferences,
} from "../preferences/preferences";
import { createRoutes } from "../routes";
import { resolveLazyMatches } from "./lazy-route";

const path = `/article/${aleppoArticle.slug}/`;
// Waits that span loading chunks and the article's data: generous, as the suite runs on a loaded machine.
const LOADING = 5000;
// Those tests load the shortcut keys', the highlights runtime's and the article's data on the way.
const LOADING_TEST = 20_000;
const firstParagraph = aleppoArticle.paragraphs[0];
if (!firstParagraph) throw new Error("the fixture has paragraphs");

let cleanup: (() => void) | null = null;

const toggleOf = (container: HTMLElement, index: number) =>
  within(container).getByRole("button", {
    name: `Highlight paragraph ${String(index)}`,
  });

async function expectPressed(
  container: HTMLElement,
  index: number,
  pressed: boolean,
): Promise<void> {
  await waitFor(
    () => {
      expect(toggleOf(container, index)).toHaveAttribute(
        "aria-pressed",
        String(pressed),
      );
    },
    { timeout: LOADING },
  );
}
afterEach(() => {
  cleanup?.();
  cleanup = null;
  localStorage.clear();
  // A test that followed a link to a paragraph leaves its #hash in the address.
  window.history.replaceState(null, "", window.location.pathname);
});

/** Waits until the reader's highlight is in the story's text: the runtime and the data came, the story hydrated. */
async function findHighlightInText(container: HTMLElement): Promise<void> {
  expect(
    await within(container).findByText(
      /^Highlight, Important:/,
      {},
      { timeout: LOADING },
    ),
  ).toBeInTheDocument();
}

/**
 * Prerenders the article as the build does (its hydration data is the outline) and hydrates it as the browser
 * does, counting every fetch of the whole article and every hydration error.
 */
async function hydratePrerenderedArticle({
  storyLost = false,
  panelOpened = false,
} = {}) {
  const source = createInMemorySource([aleppoArticle]);
  const { html, hydrationData } = await prerender(path, source, "/");
  const container = document.createElement("div");
  container.innerHTML = html;
  document.body.append(container);
  if (storyLost)
    // As if the page's root had rendered the story's element anew before hydrating it (recovering from an
    // error elsewhere): the element is there, its server paragraphs are not.
    within(container).getByRole("article").lastElementChild?.replaceChildren();
  // The reader opened "Who said what" before the page was interactive.
  if (panelOpened) {
    // Its toggle event is long gone when the page becomes interactive.
    const panel = within(container).getByRole("group");
    const toggled = new Promise((resolve) => {
      panel.addEventListener("toggle", resolve, { once: true });
    });
    await userEvent.click(within(panel).getByText(/^Who said what/));
    await toggled;
  }
  const loadArticle = vi.spyOn(source, "loadArticle");
  const onRecoverableError = vi.fn();
  const consoleError = vi.spyOn(console, "error");
  // The story's own root reports what it recovers from as a global error (React's default): count those too.
  const onGlobalError = (event: ErrorEvent) => {
    onRecoverableError(event.error);
  };
  window.addEventListener("error", onGlobalError);
  const routes = createRoutes(source);
  await resolveLazyMatches(routes, path, "/");
  const router = createMemoryRouter(routes, {
    initialEntries: [path],
    hydrationData: parseHydrationData(hydrationData),
  });
  // An element of the story as the server wrote it: hydration keeps it, a client render would replace it.
  const paragraph = within(container).queryByRole("button", {
    name: "Highlight paragraph 1",
  });
  const root: Root = await act(async () => {
    const hydrated = hydrateRoot(
      container,
      <RouterProvider router={router} />,
      {
        onRecoverableError,
      },
    );
    await Promise.resolve();
    return hydrated;
  });
  cleanup = () => {
    act(() => {
      root.unmount();
    });
    container.remove();
    window.removeEventListener("error", onGlobalError);
    consoleError.mockRestore();
  };
  return {
    container,
    loadArticle,
    onRecoverableError,
    consoleError,
    paragraph,
    /** Nothing went wrong on the way: no error React recovered from, nothing logged as an error. */
    expectNoErrors: () => {
      expect(onRecoverableError).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
    },
    /** The story hydrated onto the server's nodes: an element the server wrote is still the one in the page. */
    expectServerStoryKept: () => {
      expect(
        within(container).getByRole("button", {
          name: "Highlight paragraph 1",
        }),
      ).toBe(paragraph);
    },
  };
}

describe("an article page hydrating from its outline", () => {
  it("keeps the server's story as it is and fetches nothing for it", async () => {
    const { container, loadArticle, expectNoErrors, expectServerStoryKept } =
      await hydratePrerenderedArticle();
    expectNoErrors();
    expect(loadArticle).not.toHaveBeenCalled();
    expectServerStoryKept();
    expect(
      within(container).getByRole("button", { name: "Highlight quotes" }),
    ).toHaveAttribute("aria-pressed", "true");
    expect(within(container).getAllByRole("mark").length).toBeGreaterThan(0);
    // "Who said what" says how many quotes there are, and holds a link to the quotes by speaker, not the list.
    expect(within(container).getByText(/^Who said what/)).toHaveTextContent(
      "Who said what (3 quotes)",
    );
    expect(
      within(container).getByRole("link", {
        name: "Quotes by speaker",
        hidden: true,
      }),
    ).toHaveAttribute("href", "/speakers/");
    expect(
      within(container).queryByRole("list", {
        name: "Quotes in this article",
        hidden: true,
      }),
    ).not.toBeInTheDocument();
  });

  it(
    "lists the quotes of a panel the reader opened before the page was interactive",
    async () => {
      const { container, loadArticle, onRecoverableError } =
        await hydratePrerenderedArticle({ panelOpened: true });
      const list = await within(container).findByRole(
        "list",
        { name: "Quotes in this article" },
        { timeout: LOADING },
      );
      expect(list).toBeVisible();
      expect(loadArticle).toHaveBeenCalledTimes(1);
      expect(onRecoverableError).not.toHaveBeenCalled();
    },
    LOADING_TEST,
  );

  it(
    "lists the quotes when the reader opens 'Who said what', from one fetch that also hydrates the story",
    async () => {
      const { container, loadArticle, expectNoErrors, expectServerStoryKept } =
        await hydratePrerenderedArticle();
      const user = userEvent.setup();
      await user.click(within(container).getByText(/^Who said what/));
      const list = await within(container).findByRole(
        "list",
        { name: "Quotes in this article" },
        { timeout: LOADING },
      );
      expect(within(list).getAllByRole("link", { name: /^“/ })).toHaveLength(3);
      expect(loadArticle).toHaveBeenCalledTimes(1);
      await user.click(
        within(list).getByRole("link", { name: /It's a big slap/ }),
      );
      const quoted = within(container)
        .getAllByRole("paragraph")
        .find((candidate) => candidate.textContent.includes("big slap"));
      expect(quoted).toHaveFocus();
      // The story hydrated from that same fetch: the server's nodes are kept.
      expectServerStoryKept();
      expectNoErrors();
    },
    LOADING_TEST,
  );

  it(
    "loads the whole article on a paragraph's press, then hydrates the same story and highlights it",
    async () => {
      const { container, loadArticle, expectNoErrors, expectServerStoryKept } =
        await hydratePrerenderedArticle();
      const user = userEvent.setup();
      await user.click(toggleOf(container, 1));
      await expectPressed(container, 1, true);
      await findHighlightInText(container);
      // Hydrated and live: the toggle shows the highlight the story now holds.
      expect(toggleOf(container, 1)).toHaveAttribute("aria-pressed", "true");
      expect(loadArticle).toHaveBeenCalledTimes(1);
      // Hydrated, not replaced: the paragraph the reader pressed is the element the server wrote.
      expectServerStoryKept();
      expectNoErrors();
      // The press counted once: pressing again removes the highlight.
      await user.click(toggleOf(container, 1));
      await expectPressed(container, 1, false);
    },
    LOADING_TEST,
  );

  it(
    "shows a press at once while the story's data is on its way, and keeps it through hydration",
    async () => {
      const { container, loadArticle, expectNoErrors } =
        await hydratePrerenderedArticle();
      let arrive: (article: typeof aleppoArticle) => void = () => undefined;
      loadArticle.mockImplementation(
        () =>
          new Promise((resolve) => {
            arrive = resolve;
          }),
      );
      const user = userEvent.setup();
      await user.click(toggleOf(container, 1));
      expect(toggleOf(container, 1)).toHaveAttribute("aria-pressed", "true");
      act(() => {
        arrive(aleppoArticle);
      });
      await waitFor(
        () => {
          // The reader's highlight is in the text: the runtime and the data came, and the press was kept.
          expect(
            within(container).getByText(/^Highlight, Important:/),
          ).toBeInTheDocument();
        },
        { timeout: LOADING },
      );
      expect(toggleOf(container, 1)).toHaveAttribute("aria-pressed", "true");
      expectNoErrors();
    },
    LOADING_TEST,
  );

  it(
    "takes a press back, and says why, when the story's data cannot be loaded",
    async () => {
      const { container, loadArticle } = await hydratePrerenderedArticle();
      loadArticle.mockRejectedValue(new Error("offline"));
      const user = userEvent.setup();
      await user.click(toggleOf(container, 1));
      await expectPressed(container, 1, false);
      expect(within(container).getByRole("alert")).toHaveTextContent(
        "Your highlights could not be loaded",
      );
    },
    LOADING_TEST,
  );

  it(
    "hands key presses inside the story to the shortcut keys before it has hydrated",
    async () => {
      const { container, loadArticle, consoleError } =
        await hydratePrerenderedArticle();
      const user = userEvent.setup();
      const button = toggleOf(container, 2);
      act(() => {
        button.focus();
      });
      await user.keyboard("h");
      await expectPressed(container, 2, true);
      await findHighlightInText(container);
      expect(toggleOf(container, 2)).toHaveAttribute("aria-pressed", "true");
      expect(loadArticle).toHaveBeenCalledTimes(1);
      expect(toggleOf(container, 2)).toBe(button);
      expect(consoleError).not.toHaveBeenCalled();
    },
    LOADING_TEST,
  );

  it(
    "keeps focus on a paragraph a link made focusable when the story hydrates later, without a warning",
    async () => {
      const { container, loadArticle, expectNoErrors } =
        await hydratePrerenderedArticle();
      const user = userEvent.setup();
      const text = within(container)
        .getAllByRole("paragraph")
        .find((candidate) => candidate.id === firstParagraph.id);
      // The page does not make paragraphs focusable in advance: an address naming one does.
      expect(text).not.toHaveAttribute("tabindex");
      window.location.hash = `#${firstParagraph.id}`;
      await waitFor(() => {
        expect(text).toHaveFocus();
      });
      await user.keyboard("h");
      await findHighlightInText(container);
      expect(loadArticle).toHaveBeenCalledTimes(1);
      // Hydrated onto the same element, which is still focusable and focused.
      expect(text).toBeInTheDocument();
      expect(text).toHaveFocus();
      expect(text).toHaveAttribute("tabindex", "-1");
      expectNoErrors();
    },
    LOADING_TEST,
  );

  it(
    "renders the story from its data when the page lost the server's paragraphs before hydrating it",
    async () => {
      const { container, loadArticle } = await hydratePrerenderedArticle({
        storyLost: true,
      });
      expect(
        await within(container).findByRole(
          "button",
          { name: "Highlight paragraph 1" },
          { timeout: LOADING },
        ),
      ).toBeInTheDocument();
      expect(loadArticle).toHaveBeenCalledTimes(1);
      expect(
        within(container).getAllByRole("button", {
          name: /^Highlight paragraph \d+$/,
        }),
      ).toHaveLength(aleppoArticle.paragraphs.length);
    },
    LOADING_TEST,
  );

  it(
    "shows quotes plain for a reader who chose so, loading the story to re-render it",
    async () => {
      localStorage.setItem(
        PREFERENCES_KEY,
        serializePreferences({
          ...DEFAULT_PREFERENCES,
          highlightQuotes: false,
        }),
      );
      const { container, loadArticle, expectNoErrors, expectServerStoryKept } =
        await hydratePrerenderedArticle();
      expect(
        within(container).getByRole("button", { name: "Highlight quotes" }),
      ).toHaveAttribute("aria-pressed", "false");
      // The margin note naming who speaks in a paragraph is shown with highlighted quotes only.
      await waitFor(
        () => {
          expect(
            within(container).queryByText("Assaad al-Achi", {
              selector: '[aria-hidden="true"]',
            }),
          ).not.toBeInTheDocument();
        },
        { timeout: LOADING },
      );
      expect(loadArticle).toHaveBeenCalledTimes(1);
      expectServerStoryKept();
      expectNoErrors();
      expect(screen.queryByRole("alert")).toBeEmptyDOMElement();
    },
    LOADING_TEST,
  );
});

import { act, within } from "@testing-library/react";
import { userEvent, type UserEvent } from "@testing-library/user-event";
import { flushSync } from "react-dom";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { aleppoArticle } from "../../tests/support/article-fixtures";
import type { ParagraphData } from "../content/article";
import { StoryHost } from "./story-host";

const paragraphs = aleppoArticle.paragraphs;
const second = paragraphs[1];
if (!second) throw new Error("the fixture has paragraphs");

type Press = (action: "toggle" | "quotes", id: string) => void;

/** The story as the page renders it: its toggles call `press`, as the reading view's controls do. */
function story(
  data: readonly ParagraphData[] | null,
  press: Press,
  onReady?: () => void,
) {
  return (
    <article>
      <StoryHost
        paragraphs={data}
        highlight
        onParagraphAction={press}
        onReady={onReady}
        defaultControls={({ id }) => (
          <button
            type="button"
            aria-pressed="false"
            onClick={() => {
              press("toggle", id);
            }}
          >
            {`Highlight ${id}`}
          </button>
        )}
      />
    </article>
  );
}

let container: HTMLElement;
let page: Root | null = null;

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
});
const actEnvironment = (on: boolean) => {
  (
    globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
  ).IS_REACT_ACT_ENVIRONMENT = on;
};

afterEach(async () => {
  actEnvironment(true);
  const mounted = page;
  page = null;
  if (mounted)
    await act(async () => {
      mounted.unmount();
      // The story's root unmounts in a task of its own.
      await new Promise((resolve) => setTimeout(resolve));
    });
  container.remove();
});

/**
 * The prerendered article, hydrated from its outline (no paragraphs), then given its paragraphs: the story's own
 * root is created (in an effect of that render, flushed at once) and its hydration is scheduled, not yet done.
 */
async function hydrateThenGiveParagraphs(press: Press, onReady?: () => void) {
  container.innerHTML = renderToString(story(paragraphs, press));
  await act(async () => {
    page = hydrateRoot(container, story(null, press, onReady));
    await Promise.resolve();
  });
  // From here React's scheduler runs the story's hydration, as in a browser: not inside act().
  actEnvironment(false);
  flushSync(() => {
    page?.render(story(paragraphs, press, onReady));
  });
}

const toggle = () =>
  within(container).getByRole("button", { name: `Highlight ${second.id}` });

describe("StoryHost, while the story's own root hydrates", () => {
  // No delay: React's scheduler gets no task between the events of one press, as when it lands mid-hydration.
  it.each([
    ["pointer", (user: UserEvent) => user.click(toggle())],
    [
      "keyboard",
      (user: UserEvent) => {
        toggle().focus();
        return user.keyboard("{Enter}");
      },
    ],
  ])("handles a %s press of a toggle exactly once", async (_, pressToggle) => {
    const press = vi.fn<Press>();
    const onReady = vi.fn();
    await hydrateThenGiveParagraphs(press, onReady);
    const user = userEvent.setup({ delay: null });

    const pressed = pressToggle(user);
    expect(onReady).not.toHaveBeenCalled();
    await pressed;

    await vi.waitFor(() => {
      expect(onReady).toHaveBeenCalled();
    });
    expect(press.mock.calls).toEqual([["toggle", second.id]]);
  });

  it("handles a click with no pointer events before it (a screen reader's activation) exactly once", async () => {
    const press = vi.fn<Press>();
    const onReady = vi.fn();
    await hydrateThenGiveParagraphs(press, onReady);
    const button = toggle();
    expect(onReady).not.toHaveBeenCalled();

    button.click();

    expect(press.mock.calls).toEqual([["toggle", second.id]]);
    await vi.waitFor(() => {
      expect(onReady).toHaveBeenCalled();
    });
    // Hydrated, not rendered anew: the reader's button is the same node.
    expect(toggle()).toBe(button);
    expect(press).toHaveBeenCalledTimes(1);
  });

  it("lets a key pressed in the story reach the page's own listeners (shortcut keys)", async () => {
    const onReady = vi.fn();
    await hydrateThenGiveParagraphs(vi.fn<Press>(), onReady);
    const keys: string[] = [];
    const listen = (event: KeyboardEvent) => keys.push(event.key);
    document.addEventListener("keydown", listen);
    try {
      expect(onReady).not.toHaveBeenCalled();
      toggle().dispatchEvent(
        new KeyboardEvent("keydown", { key: "h", bubbles: true }),
      );
      expect(keys).toEqual(["h"]);
    } finally {
      document.removeEventListener("keydown", listen);
    }
  });

  it("handles a press exactly once when the story has hydrated and the page has not yet heard of it", async () => {
    const press = vi.fn<Press>();
    // The story's root reports ready in its own effect; the page then renders again later. A press in between
    // reaches both the story's own handlers and the page's listener, which must not both act on it.
    const onReady = vi.fn(() => {
      toggle().click();
    });
    await hydrateThenGiveParagraphs(press, onReady);
    await vi.waitFor(() => {
      expect(onReady).toHaveBeenCalled();
    });
    expect(press.mock.calls).toEqual([["toggle", second.id]]);
  });
});

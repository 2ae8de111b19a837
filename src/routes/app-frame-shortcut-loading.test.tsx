import { act, screen, waitFor } from "@testing-library/react";
import {
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from "vitest";
import { aleppoArticle } from "../../tests/support/article-fixtures";
import { installDialogPolyfill } from "../../tests/support/dialog-polyfill";
import { createInMemorySource, renderRoute } from "../../tests/support/render";
import type { ShortcutMatcherModule } from "../keyboard/load-shortcut-matcher";
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  serializePreferences,
} from "../preferences/preferences";

// The keyboard chunk arrives (or fails) only when a test says so, so each test sees the page in between.
const chunk = vi.hoisted(() => ({
  requests: 0,
  arrive: (): void => undefined,
  fail: (): void => undefined,
}));
vi.mock("../keyboard/load-shortcut-matcher", () => ({
  getLoadedShortcutMatcher: () => null,
  loadShortcutMatcher: async (): Promise<ShortcutMatcherModule> => {
    chunk.requests += 1;
    await new Promise<void>((resolve, reject) => {
      chunk.arrive = resolve;
      chunk.fail = () => {
        reject(new Error("offline"));
      };
    });
    return import("../keyboard/shortcut-matcher");
  },
}));

const source = createInMemorySource([aleppoArticle]);

// Whether the browser would have carried out the last key's default action: read after every listener ran.
let lastKeyPrevented: boolean | null = null;
function recordPrevented(event: KeyboardEvent) {
  lastKeyPrevented = event.defaultPrevented;
}

beforeAll(() => {
  installDialogPolyfill();
  Element.prototype.scrollIntoView = () => undefined;
});
beforeEach(() => {
  chunk.requests = 0;
  lastKeyPrevented = null;
  window.addEventListener("keydown", recordPrevented);
});
afterEach(() => {
  window.removeEventListener("keydown", recordPrevented);
});

function getParagraph(index: number): HTMLElement {
  const id = aleppoArticle.paragraphs[index]?.id;
  const paragraph = screen
    .getAllByRole("paragraph")
    .find((element) => element.id === id);
  if (!paragraph) throw new Error(`no paragraph ${String(index)}`);
  return paragraph;
}
const getFirstParagraph = () => getParagraph(0);

async function openArticle() {
  const view = renderRoute(`/article/${aleppoArticle.slug}/`, { source });
  await screen.findByRole("heading", { level: 1, name: aleppoArticle.title });
  return view;
}

async function settle(action: () => void) {
  await act(async () => {
    action();
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

describe("the first shortcut key of a visit", () => {
  it("is not requested by a plain view", async () => {
    await openArticle();
    await settle(() => undefined);
    expect(chunk.requests).toBe(0);
  });

  it("j: kept from the browser while the chunk loads, then moves focus to the first paragraph", async () => {
    const { user } = await openArticle();
    await user.keyboard("j");
    expect(chunk.requests).toBe(1);
    expect(lastKeyPrevented).toBe(true);
    expect(getFirstParagraph()).not.toHaveFocus();
    await settle(chunk.arrive);
    await waitFor(() => {
      expect(getFirstParagraph()).toHaveFocus();
    });
    // Later keys act at once and are not loaded again.
    await user.keyboard("j");
    expect(getParagraph(1)).toHaveFocus();
    expect(lastKeyPrevented).toBe(true);
    expect(chunk.requests).toBe(1);
  });

  it("/: focuses the search field once the chunk is there, with no slash typed into it", async () => {
    const { user } = await openArticle();
    await user.keyboard("/");
    expect(lastKeyPrevented).toBe(true);
    await settle(chunk.arrive);
    const field = screen.getByRole("searchbox", { name: "Search stories" });
    await waitFor(() => {
      expect(field).toHaveFocus();
    });
    expect(field).toHaveValue("");
  });

  it("g then h, both pressed before the chunk arrives, goes home with one request", async () => {
    const { user } = await openArticle();
    await user.keyboard("gh");
    expect(chunk.requests).toBe(1);
    await settle(chunk.arrive);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Latest stories" }),
    ).toBeInTheDocument();
  });

  it("a key that is no shortcut is left to the browser once the chunk is there", async () => {
    const { user } = await openArticle();
    await user.keyboard("j");
    await settle(chunk.arrive);
    await waitFor(() => {
      expect(getFirstParagraph()).toHaveFocus();
    });
    await user.keyboard("x");
    expect(lastKeyPrevented).toBe(false);
    expect(getFirstParagraph()).toHaveFocus();
  });

  it("loads nothing and prevents nothing when shortcuts are off", async () => {
    localStorage.setItem(
      PREFERENCES_KEY,
      serializePreferences({ ...DEFAULT_PREFERENCES, shortcuts: false }),
    );
    const { user } = await openArticle();
    for (const key of ["j", "/", "?", "g", "h"]) {
      await user.keyboard(key);
      expect(lastKeyPrevented).toBe(false);
    }
    await settle(() => undefined);
    expect(chunk.requests).toBe(0);
    expect(document.body).toHaveFocus();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("loads nothing and prevents nothing while the reader types in a field", async () => {
    const { user } = await openArticle();
    const field = screen.getByRole("searchbox", { name: "Search stories" });
    await user.click(field);
    await user.keyboard("j/?");
    expect(lastKeyPrevented).toBe(false);
    expect(field).toHaveValue("j/?");
    expect(chunk.requests).toBe(0);
  });

  it("holds back neither Space, arrows nor keys with a modifier, and loads nothing for them", async () => {
    const { user } = await openArticle();
    for (const key of [
      " ",
      "{ArrowDown}",
      "{Enter}",
      "{Control>}j{/Control}",
    ]) {
      await user.keyboard(key);
      expect(lastKeyPrevented).toBe(false);
    }
    expect(chunk.requests).toBe(0);
  });

  it("keeps the page working when the chunk fails to load, and tries again on the next key", async () => {
    const consoleError = vi
      .spyOn(console, "error")
      .mockImplementation(() => undefined);
    const { user } = await openArticle();
    await user.keyboard("j");
    await settle(chunk.fail);
    expect(consoleError).toHaveBeenCalledWith(
      expect.stringContaining("failed to load"),
      expect.any(Error),
    );
    expect(getFirstParagraph()).not.toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Preferences" }));
    expect(
      await screen.findByRole("radio", { name: "Dark" }),
    ).toBeInTheDocument();
    await user.click(document.body);
    await user.keyboard("j");
    expect(chunk.requests).toBe(2);
    await settle(chunk.arrive);
    await waitFor(() => {
      expect(getFirstParagraph()).toHaveFocus();
    });
    consoleError.mockRestore();
  });
});

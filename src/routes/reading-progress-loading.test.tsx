import { act, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { aleppoArticle } from "../../tests/support/article-fixtures";
import { createInMemorySource, renderRoute } from "../../tests/support/render";
import {
  parseProgress,
  PROGRESS_KEY,
  serializeProgress,
} from "../progress/reading-progress";
import type * as Runtime from "./progress-runtime";

// The runtime chunk arrives only when a test lets it, so each test sees the article before and after.
const chunk = vi.hoisted(() => ({
  requests: 0,
  arrive: (): void => undefined,
  fail: (): void => undefined,
}));
vi.mock("./load-progress-runtime", () => ({
  getLoadedProgressRuntime: () => null,
  loadProgressRuntime: async (): Promise<typeof Runtime> => {
    chunk.requests += 1;
    await new Promise<void>((resolve, reject) => {
      chunk.arrive = resolve;
      chunk.fail = () => {
        reject(new Error("offline"));
      };
    });
    return import("./progress-runtime");
  },
}));

const source = createInMemorySource([aleppoArticle]);
const { slug, paragraphs } = aleppoArticle;

// jsdom lays nothing out: paragraph N sits at 300 + 720·N px down the page, 700 px tall, in a 768 px window,
// so the four paragraphs do not fit and scrolling moves the paragraph being read.
const layout = { scrollY: 0, innerHeight: 768, step: 720, height: 700 };

function pageTop(element: Element): number | null {
  const index = paragraphs.findIndex(({ id }) => id === element.id);
  return index === -1 ? null : 300 + layout.step * index;
}

beforeEach(() => {
  chunk.requests = 0;
  Object.assign(layout, {
    scrollY: 0,
    innerHeight: 768,
    step: 720,
    height: 700,
  });
  vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(
    function (this: Element) {
      const top = pageTop(this);
      return top === null
        ? DOMRect.fromRect()
        : DOMRect.fromRect({
            y: top - layout.scrollY,
            width: 600,
            height: layout.height,
          });
    },
  );
  vi.spyOn(window, "scrollY", "get").mockImplementation(() => layout.scrollY);
  vi.spyOn(window, "innerHeight", "get").mockImplementation(
    () => layout.innerHeight,
  );
  Element.prototype.scrollIntoView = function (this: Element) {
    layout.scrollY = pageTop(this) ?? layout.scrollY;
  };
  window.scrollTo = ((options: ScrollToOptions) => {
    layout.scrollY = options.top ?? 0;
  }) as typeof window.scrollTo;
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function openArticle() {
  const view = renderRoute(`/article/${slug}/`, { source });
  await screen.findByRole("heading", { level: 1, name: aleppoArticle.title });
  // Let the mount effects and anything they start settle.
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  return view;
}

async function arrive() {
  await act(async () => {
    chunk.arrive();
    await Promise.resolve();
  });
}

function scrollTo(y: number) {
  act(() => {
    layout.scrollY = y;
    window.dispatchEvent(new Event("scroll"));
  });
}

const bar = () => screen.getByRole("progressbar", { name: "Reading progress" });

const stored = () => parseProgress(localStorage.getItem(PROGRESS_KEY));

function storeProgress(at: string, index: number) {
  localStorage.setItem(
    PROGRESS_KEY,
    serializeProgress({
      [at]: {
        paragraphId: paragraphs[index]?.id ?? "",
        index,
        count: paragraphs.length,
        finished: false,
        at: 1,
      },
    }),
  );
}

describe("the reading-progress runtime of an article", () => {
  it("is not requested by a plain view, which still shows the bar and the time left", async () => {
    storeProgress("another-story", 2);
    await openArticle();
    expect(chunk.requests).toBe(0);
    // Measured without the runtime: (768 − 300) / (300 + 3 · 720 + 700 − 300) of the story has been on screen.
    expect(bar()).toHaveValue(16);
    expect(bar()).toHaveAttribute("aria-valuetext", "16%, 3 min left");
    expect(screen.getByText("3 min left")).toBeInTheDocument();
    expect(stored()[slug]).toBeUndefined();
  });

  it("loads on the first scroll, then moves the bar and records the paragraph being read", async () => {
    await openArticle();
    scrollTo(1700);
    expect(chunk.requests).toBe(1);
    await arrive();
    await waitFor(() => {
      expect(bar()).toHaveAttribute("aria-valuetext", "76%, 2 min left");
    });
    expect(stored()[slug]).toMatchObject({
      paragraphId: paragraphs[2]?.id,
      index: 2,
      finished: false,
    });
    scrollTo(2500);
    await waitFor(() => {
      expect(screen.getByText("Finished")).toBeInTheDocument();
    });
    expect(stored()[slug]).toMatchObject({ index: 3, finished: true });
    expect(chunk.requests).toBe(1);
  });

  it("reopens the story at the stored paragraph on arrival, with a way back to the top", async () => {
    storeProgress(slug, 2);
    const { user } = await openArticle();
    expect(chunk.requests).toBe(1);
    expect(
      screen.queryByRole("group", { name: "Where you left off" }),
    ).not.toBeInTheDocument();
    await arrive();
    const notice = await screen.findByRole("group", {
      name: "Where you left off",
    });
    expect(notice).toHaveTextContent("paragraph 3 of 4");
    expect(layout.scrollY).toBe(300 + 2 * 720);
    expect(bar()).toHaveAttribute("aria-valuetext", "77%, 2 min left");

    await user.click(
      screen.getByRole("button", { name: "Start from the top" }),
    );
    expect(layout.scrollY).toBe(0);
    expect(
      screen.getByRole("heading", { level: 1, name: aleppoArticle.title }),
    ).toHaveFocus();
    expect(
      screen.queryByRole("group", { name: "Where you left off" }),
    ).not.toBeInTheDocument();
  });

  it("loads on arrival when storage is corrupt, and the story works and records as before", async () => {
    localStorage.setItem(PROGRESS_KEY, "{not json");
    await openArticle();
    expect(chunk.requests).toBe(1);
    await arrive();
    expect(
      screen.getByRole("heading", { level: 1, name: aleppoArticle.title }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("group", { name: "Where you left off" }),
    ).not.toBeInTheDocument();
    scrollTo(1700);
    await waitFor(() => {
      expect(stored()[slug]).toMatchObject({ index: 2 });
    });
  });

  it("loads on arrival when the whole story fits in the window, and records it as read", async () => {
    Object.assign(layout, { step: 110, height: 100 });
    await openArticle();
    expect(chunk.requests).toBe(1);
    expect(screen.getByText("Finished")).toBeInTheDocument();
    await arrive();
    await waitFor(() => {
      expect(stored()[slug]).toMatchObject({ index: 3, finished: true });
    });
  });

  it("loads when a resize shows the whole story, not for one that changes nothing", async () => {
    await openArticle();
    act(() => {
      layout.innerHeight = 700;
      window.dispatchEvent(new Event("resize"));
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(chunk.requests).toBe(0);
    act(() => {
      layout.innerHeight = 4000;
      window.dispatchEvent(new Event("resize"));
    });
    await waitFor(() => {
      expect(chunk.requests).toBe(1);
    });
    expect(bar()).toHaveAttribute("aria-valuetext", "100%, Finished");
  });

  it("loads when keyboard focus moves into the story, not while it crosses the header", async () => {
    const { user } = await openArticle();
    // Tab until something asks for the runtime: the stop that did is the story's first, its paragraph's button.
    const first = screen.getByRole("button", { name: "Highlight paragraph 1" });
    for (let press = 0; press < 60 && chunk.requests === 0; press += 1)
      await user.tab();
    expect(first).toHaveFocus();
    expect(chunk.requests).toBe(1);
    await arrive();
    expect(first).toHaveFocus();
  });

  it("tries again on the next scroll when the chunk could not be loaded", async () => {
    await openArticle();
    scrollTo(900);
    await act(async () => {
      chunk.fail();
      await Promise.resolve();
    });
    expect(bar()).toHaveValue(16);
    scrollTo(1700);
    expect(chunk.requests).toBe(2);
    await arrive();
    await waitFor(() => {
      expect(bar()).toHaveValue(76);
    });
  });
});

/** Typed render helpers for component and route tests. */
import { render, type RenderResult } from "@testing-library/react";
import { userEvent, type UserEvent } from "@testing-library/user-event";
import type { ReactElement } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import type {
  ArticleData,
  ArticleListPage,
  ArticleSummary,
  Segment,
} from "../../src/content/article";
import type { ContentSource } from "../../src/content/content-source";
import { LIST_PAGE_SIZE } from "../../src/content/data-paths";
import {
  createPreferenceStore,
  type PreferenceStore,
} from "../../src/preferences/preference-store";
import {
  createHighlightStore,
  type HighlightStore,
} from "../../src/highlights/highlight-store";
import { HighlightStoreContext } from "../../src/highlights/use-highlights";
import { PreferenceStoreContext } from "../../src/preferences/use-preferences";
import { createRoutes } from "../../src/routes";

type MemoryRouter = ReturnType<typeof createMemoryRouter>;

function collectSpeechQuotes(
  segments: readonly Segment[],
  into: { speaker: string | null }[],
): void {
  for (const segment of segments) {
    if (segment.type === "text") continue;
    const { kind, speaker, children } = segment;
    if (kind === "speech") into.push({ speaker });
    collectSpeechQuotes(children, into);
  }
}

/** The list row of an article, counted from its segments (speakers ordered by how often they are quoted). */
export function summarizeArticle(article: ArticleData): ArticleSummary {
  const quotes: { speaker: string | null }[] = [];
  for (const paragraph of article.paragraphs)
    collectSpeechQuotes(paragraph.segments, quotes);
  const counts = new Map<string, number>();
  for (const { speaker } of quotes)
    if (speaker !== null) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  const { slug, title, lang, dir, excerpt, wordCount, readingMinutes } =
    article;
  return {
    ...{ slug, title, lang, dir, excerpt, wordCount, readingMinutes },
    quoteCount: quotes.length,
    speakers: [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([speaker]) => speaker),
  };
}

/** A content source over articles held in memory, paginated like the real one. */
export function createInMemorySource(
  articles: readonly ArticleData[],
): ContentSource {
  const pageCount = Math.max(1, Math.ceil(articles.length / LIST_PAGE_SIZE));
  return {
    loadListPage(page: number): Promise<ArticleListPage | null> {
      if (!Number.isInteger(page) || page < 1 || page > pageCount)
        return Promise.resolve(null);
      const slice = articles.slice(
        (page - 1) * LIST_PAGE_SIZE,
        page * LIST_PAGE_SIZE,
      );
      return Promise.resolve({
        page,
        pageCount,
        total: articles.length,
        articles: slice.map(summarizeArticle),
      });
    },
    loadArticle(slug: string): Promise<ArticleData | null> {
      return Promise.resolve(
        articles.find((article) => article.slug === slug) ?? null,
      );
    },
  };
}

export interface RenderRouteOptions {
  /** Defaults to a source with no articles. */
  source?: ContentSource;
  /** Defaults to a fresh store over jsdom's localStorage (cleared after each test). */
  preferenceStore?: PreferenceStore;
  /** Defaults to a fresh store over jsdom's localStorage (cleared after each test). */
  highlightStore?: HighlightStore;
}

export interface RenderRouteResult extends RenderResult {
  router: MemoryRouter;
  user: UserEvent;
}

/** Renders the app's real routes at `path`, as the browser would after hydration. */
export function renderRoute(
  path: string,
  options: RenderRouteOptions = {},
): RenderRouteResult {
  const {
    source = createInMemorySource([]),
    preferenceStore = createPreferenceStore(),
    highlightStore = createHighlightStore(),
  } = options;
  const router = createMemoryRouter(createRoutes(source), {
    initialEntries: [path],
  });
  const user = userEvent.setup();
  const view = render(
    <PreferenceStoreContext value={preferenceStore}>
      <HighlightStoreContext value={highlightStore}>
        <RouterProvider router={router} />
      </HighlightStoreContext>
    </PreferenceStoreContext>,
  );
  return { ...view, router, user };
}

/** Renders a component that needs a router around it (because it renders a `Link`). */
export function renderWithRouter(
  ui: ReactElement,
): RenderResult & { user: UserEvent } {
  const router = createMemoryRouter([{ path: "*", element: ui }]);
  const user = userEvent.setup();
  return { ...render(<RouterProvider router={router} />), user };
}

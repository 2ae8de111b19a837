/** Typed render helpers for component and route tests. */
import { render, type RenderResult } from "@testing-library/react";
import { userEvent, type UserEvent } from "@testing-library/user-event";
import type { ReactElement } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import type {
  ArticleData,
  ArticleListPage,
  ArticleSummary,
} from "../../src/content/article";
import type { ContentSource } from "../../src/content/content-source";
import { LIST_PAGE_SIZE } from "../../src/content/data-paths";
import { getQuoteIndex } from "../../src/content/get-quote-index";
import type { SpeakerIndex, SpeakerPageData } from "../../src/content/speaker";
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

/** The list row of an article, counted from its quote index (speakers ordered by how often they are quoted). */
export function summarizeArticle(article: ArticleData): ArticleSummary {
  const { entries, speakers } = getQuoteIndex(article);
  const { slug, title, lang, dir, excerpt, wordCount, readingMinutes } =
    article;
  return {
    ...{ slug, title, lang, dir, excerpt, wordCount, readingMinutes },
    quoteCount: entries.length,
    speakers: speakers
      .slice()
      .sort((a, b) => b.count - a.count)
      .map(({ name }) => name),
  };
}

/** Speaker pages gathered from the articles' quote indexes, most quoted first (as the build orders them). */
export function gatherSpeakers(
  articles: readonly ArticleData[],
): SpeakerPageData[] {
  const bySlug = new Map<string, SpeakerPageData>();
  for (const article of articles) {
    for (const entry of getQuoteIndex(article).entries) {
      if (entry.speaker === null || entry.speakerSlug === null) continue;
      const page = bySlug.get(entry.speakerSlug) ?? {
        slug: entry.speakerSlug,
        name: entry.speaker,
        quoteCount: 0,
        articleCount: 0,
        quotes: [],
      };
      if (!page.quotes.some((quote) => quote.articleSlug === article.slug))
        page.articleCount += 1;
      page.quoteCount += 1;
      page.quotes.push({
        quoteId: entry.quoteId,
        articleSlug: article.slug,
        articleTitle: article.title,
        paragraphId: entry.paragraphId,
        text: entry.text,
        lang: article.lang,
        dir: article.dir,
      });
      bySlug.set(entry.speakerSlug, page);
    }
  }
  return [...bySlug.values()].sort((a, b) => b.quoteCount - a.quoteCount);
}

/** A content source over articles held in memory, paginated like the real one. */
export function createInMemorySource(
  articles: readonly ArticleData[],
): ContentSource {
  const pageCount = Math.max(1, Math.ceil(articles.length / LIST_PAGE_SIZE));
  const speakers = gatherSpeakers(articles);
  const index: SpeakerIndex = {
    total: speakers.length,
    speakers: speakers.map(({ slug, name, quoteCount, articleCount }) => ({
      slug,
      name,
      quoteCount,
      articleCount,
    })),
  };
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
    loadSpeakers: () => Promise.resolve(index),
    loadSpeaker: (slug) =>
      Promise.resolve(speakers.find((page) => page.slug === slug) ?? null),
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

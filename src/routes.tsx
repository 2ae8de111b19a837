import type { RouteObject } from "react-router";
import type { ContentSource } from "./content/content-source";
import { ArticleRoute, createArticleLoader } from "./routes/article";
import { notFoundLoader, NotFoundRoute } from "./routes/not-found";
import { lazyRoute } from "./routes/lazy-route";
import {
  RootErrorBoundary,
  RootHydrateFallback,
  RootLayout,
} from "./routes/root";

/**
 * Every route of the site, shared by the client (`createBrowserRouter`), the prerenderer (`createStaticHandler`)
 * and the tests (`createMemoryRouter`). Route ids are fixed so that hydration data matches across all three.
 * Status 404: a missing article throws it from its loader (the root error boundary renders the not-found page);
 * the catch-all route returns it from its loader and renders the same page itself.
 *
 * The article route, the page most readers arrive on, is in the entry chunk; every other page is its own chunk,
 * loaded when first visited (the prerendered page names its chunk in `<link rel="modulepreload">`, and
 * `resolveLazyMatches` loads it before hydration). See docs/decisions/0014-route-chunks.md.
 */
export function createRoutes(source: ContentSource): RouteObject[] {
  return [
    {
      id: "root",
      path: "/",
      Component: RootLayout,
      ErrorBoundary: RootErrorBoundary,
      HydrateFallback: RootHydrateFallback,
      children: [
        {
          id: "home",
          index: true,
          ...lazyRoute("src/routes/home.tsx", async () => {
            const { createHomeLoader, HomeRoute } =
              await import("./routes/home");
            return { loader: createHomeLoader(source), Component: HomeRoute };
          }),
        },
        {
          id: "article",
          path: "article/:slug",
          loader: createArticleLoader(source),
          Component: ArticleRoute,
        },
        {
          id: "search",
          path: "search",
          ...lazyRoute("src/routes/search.tsx", async () => {
            const { SearchRoute } = await import("./routes/search");
            return { Component: SearchRoute };
          }),
        },
        {
          id: "list-page",
          path: "page/:page",
          ...lazyRoute("src/routes/list-page.tsx", async () => {
            const { createListPageLoader, ListPageRoute } =
              await import("./routes/list-page");
            return {
              loader: createListPageLoader(source),
              Component: ListPageRoute,
            };
          }),
        },
        {
          id: "highlights",
          path: "highlights",
          ...lazyRoute("src/routes/highlights.tsx", async () => {
            const { createHighlightsRoute } =
              await import("./routes/highlights");
            return { Component: createHighlightsRoute(source) };
          }),
        },
        {
          id: "speakers",
          path: "speakers",
          ...lazyRoute("src/routes/speakers.tsx", async () => {
            const { createSpeakersLoader, SpeakersRoute } =
              await import("./routes/speakers");
            return {
              loader: createSpeakersLoader(source),
              Component: SpeakersRoute,
            };
          }),
        },
        {
          id: "speaker",
          path: "speakers/:slug",
          ...lazyRoute("src/routes/speaker.tsx", async () => {
            const { createSpeakerLoader, SpeakerRoute } =
              await import("./routes/speaker");
            return {
              loader: createSpeakerLoader(source),
              Component: SpeakerRoute,
            };
          }),
        },
        {
          id: "not-found",
          path: "*",
          loader: notFoundLoader,
          Component: NotFoundRoute,
        },
      ],
    },
  ];
}

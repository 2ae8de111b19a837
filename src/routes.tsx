import type { RouteObject } from "react-router";
import type { ContentSource } from "./content/content-source";
import { ArticleRoute, createArticleLoader } from "./routes/article";
import { createHighlightsRoute } from "./routes/highlights";
import { createHomeLoader, HomeRoute } from "./routes/home";
import { createListPageLoader, ListPageRoute } from "./routes/list-page";
import { notFoundLoader, NotFoundRoute } from "./routes/not-found";
import { SearchRoute } from "./routes/search";
import { createSpeakerLoader, SpeakerRoute } from "./routes/speaker";
import { createSpeakersLoader, SpeakersRoute } from "./routes/speakers";
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
          loader: createHomeLoader(source),
          Component: HomeRoute,
        },
        {
          id: "article",
          path: "article/:slug",
          loader: createArticleLoader(source),
          Component: ArticleRoute,
        },
        { id: "search", path: "search", Component: SearchRoute },
        {
          id: "list-page",
          path: "page/:page",
          loader: createListPageLoader(source),
          Component: ListPageRoute,
        },
        {
          id: "highlights",
          path: "highlights",
          Component: createHighlightsRoute(source),
        },
        {
          id: "speakers",
          path: "speakers",
          loader: createSpeakersLoader(source),
          Component: SpeakersRoute,
        },
        {
          id: "speaker",
          path: "speakers/:slug",
          loader: createSpeakerLoader(source),
          Component: SpeakerRoute,
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

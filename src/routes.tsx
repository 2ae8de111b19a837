import type { RouteObject } from "react-router";
import type { ContentSource } from "./content/content-source";
import { ArticleRoute, createArticleLoader } from "./routes/article";
import { notFoundLoader, NotFoundRoute } from "./routes/not-found";
import { lazyRoute, type LazyRouteParts } from "./routes/lazy-route";
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
  // A page in its own chunk: its module exports `createRoute(source)`, giving its loader and component.
  const page = (
    module: string,
    load: () => Promise<{
      createRoute: (source: ContentSource) => LazyRouteParts;
    }>,
  ) => lazyRoute(module, () => load().then((m) => m.createRoute(source)));
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
          ...page("src/routes/home.tsx", () => import("./routes/home")),
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
          ...page("src/routes/search.tsx", () => import("./routes/search")),
        },
        {
          id: "list-page",
          path: "page/:page",
          ...page(
            "src/routes/list-page.tsx",
            () => import("./routes/list-page"),
          ),
        },
        {
          id: "highlights",
          path: "highlights",
          ...page(
            "src/routes/highlights.tsx",
            () => import("./routes/highlights"),
          ),
        },
        {
          id: "speakers",
          path: "speakers",
          ...page("src/routes/speakers.tsx", () => import("./routes/speakers")),
        },
        {
          id: "speaker",
          path: "speakers/:slug",
          ...page("src/routes/speaker.tsx", () => import("./routes/speaker")),
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

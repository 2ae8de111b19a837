import { lazy, Suspense, useSyncExternalStore } from "react";
import type { LazyRouteParts } from "./lazy-route";
import type { ContentSource } from "../content/content-source";
import { useHighlights } from "../highlights/use-highlights";
import { HighlightsPage } from "../ui/highlights-page";
import { PageMeta } from "../ui/page-meta";
import { getLinksOfPage } from "./page-links";

const AllHighlights = lazy(() =>
  import("./all-highlights").then((module) => ({
    default: module.AllHighlights,
  })),
);

const noSubscription = () => () => undefined;

/** `/highlights/`: a prerendered shell; the list is drawn in the browser, which alone holds the highlights. */
export function createHighlightsRoute(source: ContentSource) {
  return function HighlightsRoute() {
    const hydrated = useSyncExternalStore(
      noSubscription,
      () => true,
      () => false,
    );
    const { snapshot } = useHighlights();
    const links = getLinksOfPage("/highlights/");
    return (
      <>
        <PageMeta
          title="Your highlights"
          description="Every passage you highlighted, newest first."
          canonical={links.canonical}
          feeds={links.feeds}
        />
        <HighlightsPage
          hydrated={hydrated}
          count={snapshot.state.highlights.length}
        >
          <Suspense fallback={<p role="status">Loading your highlights…</p>}>
            <AllHighlights source={source} />
          </Suspense>
        </HighlightsPage>
      </>
    );
  };
}

/** This page as its lazy route gets it (src/routes.tsx). */
export function createRoute(source: ContentSource): LazyRouteParts {
  return { Component: createHighlightsRoute(source) };
}

import { useEffect, useState, useSyncExternalStore } from "react";
import { useLocation } from "react-router";
import type { SearchResult } from "../content/search-result";
import type { LazyRouteParts } from "./lazy-route";
import { loadSearchEngine } from "../search-loader";
import { PageMeta } from "../ui/page-meta";
import type { SearchStatus } from "../ui/search-results";
import { SearchResults } from "../ui/search-results";
import { getLinksOfPage } from "./page-links";

/** The results of the last finished search. */
interface Found {
  query: string;
  results: SearchResult[];
  failed: boolean;
}

const subscribeNever = (): (() => void) => () => undefined;

/** `/search/?q=…`: prerendered without a query (and a no-JS note); the results are found in the browser. */
export function SearchRoute() {
  // The query string itself: only this page reads one, so React Router's search-params helpers stay out of the
  // code every page shares.
  const { search } = useLocation();
  const query = (new URLSearchParams(search).get("q") ?? "").trim();
  // False while prerendering and hydrating, so the first render matches the static page (which has no query).
  const scripted = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const [found, setFound] = useState<Found | null>(null);
  useEffect(() => {
    if (query === "") return;
    let current = true;
    loadSearchEngine()
      .then((engine) => engine.search(query))
      .then(
        (results) => {
          if (current) setFound({ query, results, failed: false });
        },
        () => {
          if (current) setFound({ query, results: [], failed: true });
        },
      );
    return () => {
      current = false;
    };
  }, [query]);

  const settled = found !== null && found.query === query;
  const status: SearchStatus = !scripted
    ? "static"
    : query === ""
      ? "empty"
      : !settled
        ? "loading"
        : found.failed
          ? "error"
          : "done";
  const links = getLinksOfPage("/search/");
  return (
    <>
      <PageMeta
        title="Search"
        description="Search every story by word, name or speaker."
        canonical={links.canonical}
        feeds={links.feeds}
      />
      <SearchResults
        query={query}
        status={status}
        results={settled ? found.results : []}
      />
    </>
  );
}

/** This page as its lazy route gets it (src/routes.tsx); it needs no data. */
export function createRoute(): LazyRouteParts {
  return { Component: SearchRoute };
}

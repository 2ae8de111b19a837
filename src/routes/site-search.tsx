import { useEffect, useState } from "react";
import { useHref, useLocation, useNavigate } from "react-router";
import { loadSearchEngine } from "../search-loader";
import { SearchBox } from "../ui/search-box";

const SEARCH_PATH = "/search/";

const toSearch = (query: string): string =>
  query.trim() === ""
    ? SEARCH_PATH
    : `${SEARCH_PATH}?${new URLSearchParams({ q: query }).toString()}`;

/**
 * The header search: submits to the search page; on that page it updates the results as the reader types.
 * Focusing it starts loading the search code, so results are ready sooner.
 */
export function SiteSearch() {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const action = useHref(SEARCH_PATH);
  const onSearchPage = pathname === SEARCH_PATH || pathname === "/search";
  const query = onSearchPage
    ? (new URLSearchParams(search).get("q") ?? "")
    : "";
  const [value, setValue] = useState("");
  // After hydration (the prerendered box is empty) and on back/forward, the box shows the page's query.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the query lives in the URL, outside React
    if (onSearchPage) setValue(query);
  }, [onSearchPage, query]);

  return (
    <SearchBox
      action={action}
      value={value}
      onChange={(next) => {
        setValue(next);
        if (onSearchPage) void navigate(toSearch(next), { replace: true });
      }}
      onFocus={() => {
        // Preloading is best effort: a failure shows when the reader actually searches.
        loadSearchEngine().catch(() => undefined);
      }}
      onSubmit={(submitted) => {
        void navigate(toSearch(submitted), { replace: onSearchPage });
      }}
      onClear={() => {
        setValue("");
        if (onSearchPage) void navigate(SEARCH_PATH, { replace: true });
      }}
    />
  );
}

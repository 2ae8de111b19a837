import { contentVersion, source } from "virtual:articles";
import { loadOnce } from "./lazy/load-once";
import type { SearchEngine } from "./search-engine";

const engine = loadOnce<SearchEngine>(() =>
  import("./search-engine").then(({ createSearchEngine }) =>
    createSearchEngine({
      baseUrl: import.meta.env.BASE_URL,
      version: contentVersion,
      source,
    }),
  ),
);

/**
 * The search engine, loaded on first use: its code is a separate chunk and its index is fetched by query, so a
 * page view that never searches downloads neither. Later calls share the first load (a failed one is retried).
 */
export const loadSearchEngine: () => Promise<SearchEngine> = engine.load;

import { contentVersion, source } from "virtual:articles";
import type { SearchEngine } from "./search-engine";

let engine: Promise<SearchEngine> | undefined;

/**
 * The search engine, loaded on first use: its code is a separate chunk and its index is fetched by query, so a
 * page view that never searches downloads neither. Later calls share the first load (a failed one is retried).
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= import("./search-engine").then(({ createSearchEngine }) =>
    createSearchEngine({
      baseUrl: import.meta.env.BASE_URL,
      version: contentVersion,
      source,
    }),
  );
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

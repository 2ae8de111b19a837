import { createContext, use, useSyncExternalStore } from "react";
import {
  createHighlightStore,
  type HighlightSnapshot,
  type HighlightStore,
} from "./highlight-store";

/**
 * The store the app reads highlights from. The default reads the browser's localStorage; tests provide their own
 * with `<HighlightStoreContext value={store}>`.
 */
export const HighlightStoreContext = createContext<HighlightStore>(
  createHighlightStore(),
);

/** The reader's highlights and the store that changes them. */
export interface UseHighlightsResult {
  snapshot: HighlightSnapshot;
  store: HighlightStore;
}

/**
 * Subscribes to the reader's highlights. During prerendering and hydration it returns the empty server snapshot,
 * then the stored highlights, so server HTML and the first client render always match.
 */
export function useHighlights(): UseHighlightsResult {
  const store = use(HighlightStoreContext);
  const snapshot = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getServerSnapshot,
  );
  return { snapshot, store };
}

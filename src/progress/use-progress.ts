import { createContext, use, useSyncExternalStore } from "react";
import { createProgressStore, type ProgressStore } from "./progress-store";
import type { ProgressMap } from "./reading-progress";

/** The store reading progress lives in; tests provide their own. */
export const ProgressStoreContext = createContext<ProgressStore>(
  createProgressStore(),
);

/** The store itself, for code that records progress without rendering it. */
export function useProgressStore(): ProgressStore {
  return use(ProgressStoreContext);
}

/** Progress per slug: empty during prerendering and hydration, then what is stored. */
export function useProgress(): ProgressMap {
  const store = use(ProgressStoreContext);
  return useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getServerSnapshot,
  );
}

/**
 * Reading progress kept in the browser: the only module that touches localStorage for it, lazily (never at
 * module scope), so importing it during prerendering is safe. Missing, blocked or full storage leaves it
 * working in memory for the page.
 */
import { PROGRESS_KEY } from "./peek-progress";
import {
  parseProgress,
  recordProgress,
  serializeProgress,
  type ArticleProgress,
  type ProgressMap,
} from "./reading-progress";
import {
  createLocalStore,
  type StorageAccess,
  type WebStorage,
} from "../storage/local-store";

/** The slice of the Web Storage API the store needs. */
export type ProgressStorage = WebStorage;

/** A subscribable source of progress, shaped for `useSyncExternalStore`. */
export interface ProgressStore {
  getSnapshot: () => ProgressMap;
  /** Always empty, so that server HTML and hydration agree. */
  getServerSnapshot: () => ProgressMap;
  subscribe: (listener: () => void) => () => void;
  /** Records where the reader is in `slug`. Never throws. */
  record: (slug: string, entry: Omit<ArticleProgress, "finished">) => void;
}

/** Where the store finds storage and `storage` events (the browser's by default). */
export type ProgressStoreOptions = StorageAccess;

const EMPTY: ProgressMap = Object.freeze({});

/** Creates a progress store over `getStorage()`. */
export function createProgressStore(
  access: ProgressStoreOptions = {},
): ProgressStore {
  const store = createLocalStore<ProgressMap>({
    ...access,
    key: PROGRESS_KEY,
    parse: parseProgress,
    serialize: serializeProgress,
    fallback: EMPTY,
  });
  return {
    getSnapshot: store.getSnapshot,
    getServerSnapshot: store.getServerSnapshot,
    subscribe: store.subscribe,
    record(slug, entry) {
      store.set(recordProgress(store.getSnapshot(), slug, entry));
    },
  };
}

/**
 * Reader preferences kept in the browser. This is the only module that touches localStorage for them, and it
 * touches it lazily (never at module scope), so importing it during prerendering is safe.
 */
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  parsePreferences,
  serializePreferences,
  type Preferences,
} from "./preferences";
import {
  createLocalStore,
  type StorageAccess,
  type WebStorage,
} from "../storage/local-store";

export {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  parsePreferences,
  serializePreferences,
  type Preferences,
} from "./preferences";

/** The slice of the Web Storage API the store needs, so that tests can pass a failing or in-memory one. */
export type PreferenceStorage = WebStorage;
export type { StorageEventTarget } from "../storage/local-store";

/** A subscribable source of preferences, shaped for `useSyncExternalStore`. */
export interface PreferenceStore {
  /** The current preferences; the same object until they change. */
  getSnapshot: () => Readonly<Preferences>;
  /** Always the defaults, so that server HTML and hydration agree. */
  getServerSnapshot: () => Readonly<Preferences>;
  /** Calls `listener` after every change, including changes made in another tab. Returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /** Applies `patch`, persists it when storage allows, and notifies subscribers. Never throws. */
  update: (patch: Partial<Preferences>) => void;
}

/** Where the store finds storage and `storage` events (the browser's by default). */
export type PreferenceStoreOptions = StorageAccess;

/**
 * Creates a preference store over `getStorage()`. When storage is missing, unreadable or full, the store keeps
 * working in memory for this page.
 */
export function createPreferenceStore(
  access: PreferenceStoreOptions = {},
): PreferenceStore {
  const store = createLocalStore<Readonly<Preferences>>({
    ...access,
    key: PREFERENCES_KEY,
    parse: parsePreferences,
    serialize: serializePreferences,
    fallback: DEFAULT_PREFERENCES,
  });
  return {
    getSnapshot: store.getSnapshot,
    getServerSnapshot: store.getServerSnapshot,
    subscribe: store.subscribe,
    update(patch) {
      store.set({ ...store.getSnapshot(), ...patch });
    },
  };
}

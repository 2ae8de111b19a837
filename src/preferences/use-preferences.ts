import { createContext, use, useSyncExternalStore } from "react";
import {
  createPreferenceStore,
  type PreferenceStore,
  type Preferences,
} from "./preference-store";

/**
 * The store the app reads preferences from. The default reads the browser's localStorage; tests and other roots
 * provide their own with `<PreferenceStoreContext value={store}>`.
 */
export const PreferenceStoreContext = createContext<PreferenceStore>(
  createPreferenceStore(),
);

/** The reader's preferences and a way to change them. */
export interface UsePreferencesResult {
  preferences: Readonly<Preferences>;
  updatePreferences: (patch: Partial<Preferences>) => void;
}

/**
 * Subscribes to the reader's preferences. During prerendering and hydration it returns the defaults, then the
 * stored values, so the server HTML and the first client render always match.
 */
export function usePreferences(): UsePreferencesResult {
  const store = use(PreferenceStoreContext);
  const preferences = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getServerSnapshot,
  );
  return { preferences, updatePreferences: store.update };
}

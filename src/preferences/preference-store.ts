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

export {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  parsePreferences,
  serializePreferences,
  type Preferences,
} from "./preferences";

/** The slice of the Web Storage API the store needs, so that tests can pass a failing or in-memory one. */
export type PreferenceStorage = Pick<Storage, "getItem" | "setItem">;

/** The slice of `window` the store listens on for changes made in other tabs. */
export type StorageEventTarget = Pick<
  Window,
  "addEventListener" | "removeEventListener"
>;

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

export interface PreferenceStoreOptions {
  /** Returns the storage to use, or null when there is none (private mode, prerendering, blocked cookies). */
  getStorage?: () => PreferenceStorage | null;
  /** Returns where `storage` events arrive, or null when nothing can arrive. */
  getEventTarget?: () => StorageEventTarget | null;
}

function getBrowserStorage(): PreferenceStorage | null {
  try {
    // Reading `window.localStorage` itself throws when storage is blocked (sandboxed frames, some privacy modes).
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

function getBrowserEventTarget(): StorageEventTarget | null {
  return typeof window === "undefined" ? null : window;
}

/**
 * Creates a preference store over `getStorage()`. When storage is missing, unreadable or full, the store keeps
 * working in memory for this page.
 */
export function createPreferenceStore({
  getStorage = getBrowserStorage,
  getEventTarget = getBrowserEventTarget,
}: PreferenceStoreOptions = {}): PreferenceStore {
  // The stored string and what it parsed to, so that an unchanged value keeps its identity for React.
  let cachedRaw: string | null = null;
  let cached: Readonly<Preferences> = DEFAULT_PREFERENCES;
  // Set when a write failed (no storage, quota, blocked): from then on memory holds the reader's choice.
  let inMemory: Readonly<Preferences> | null = null;
  const listeners = new Set<() => void>();

  function readStorage(): string | null {
    try {
      return getStorage()?.getItem(PREFERENCES_KEY) ?? null;
    } catch {
      return null;
    }
  }

  function writeStorage(raw: string): boolean {
    try {
      const storage = getStorage();
      storage?.setItem(PREFERENCES_KEY, raw);
      return storage !== null;
    } catch {
      // Quota exceeded, or storage blocked after the page loaded.
      return false;
    }
  }

  function notify(): void {
    for (const listener of [...listeners]) listener();
  }

  function handleStorage(event: StorageEvent): void {
    // `key` is null when another tab cleared the whole storage.
    if (event.key !== null && event.key !== PREFERENCES_KEY) return;
    inMemory = null;
    notify();
  }

  function getSnapshot(): Readonly<Preferences> {
    if (inMemory) return inMemory;
    const raw = readStorage();
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      cached = parsePreferences(raw);
    }
    return cached;
  }

  return {
    getSnapshot,
    getServerSnapshot: () => DEFAULT_PREFERENCES,
    subscribe(listener) {
      if (listeners.size === 0)
        getEventTarget()?.addEventListener("storage", handleStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0)
          getEventTarget()?.removeEventListener("storage", handleStorage);
      };
    },
    update(patch) {
      const next: Preferences = { ...getSnapshot(), ...patch };
      // When the write fails, the choice still holds for this page, in memory.
      inMemory = writeStorage(serializePreferences(next)) ? null : next;
      notify();
    },
  };
}

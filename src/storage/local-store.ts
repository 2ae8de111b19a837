/**
 * The shared skeleton of every store kept in localStorage (preferences, reading progress, highlights): lazy,
 * never at module scope (safe during prerendering), never throwing, in memory when storage is missing or full,
 * and told about changes made in other tabs through the `storage` event.
 */

/** The slice of the Web Storage API a store needs, so that tests can pass a failing or in-memory one. */
export type WebStorage = Pick<Storage, "getItem" | "setItem">;

/** The slice of `window` a store listens on for changes made in other tabs. */
export type StorageEventTarget = Pick<
  Window,
  "addEventListener" | "removeEventListener"
>;

/** Where a store finds its storage and its `storage` events; both null when there are none. */
export interface StorageAccess {
  /** Returns the storage to use, or null when there is none (private mode, prerendering, blocked cookies). */
  getStorage?: () => WebStorage | null;
  /** Returns where `storage` events arrive, or null when nothing can arrive. */
  getEventTarget?: () => StorageEventTarget | null;
}

/** The browser's localStorage, or null when there is none or it is blocked. */
export function getBrowserStorage(): WebStorage | null {
  try {
    // Reading `window.localStorage` itself throws when storage is blocked (sandboxed frames, some privacy modes).
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The window, where `storage` events from other tabs arrive, or null outside a browser. */
export function getBrowserEventTarget(): StorageEventTarget | null {
  return typeof window === "undefined" ? null : window;
}

/** Reads `key`, or null when storage is missing or throws. */
export function readStorageItem(
  getStorage: () => WebStorage | null,
  key: string,
): string | null {
  try {
    return getStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes `key`; false when storage is missing, full or blocked. Never throws. */
export function writeStorageItem(
  getStorage: () => WebStorage | null,
  key: string,
  value: string,
): boolean {
  try {
    const storage = getStorage();
    storage?.setItem(key, value);
    return storage !== null;
  } catch {
    return false;
  }
}

/** Subscribers of a store, listening for `storage` events only while someone is subscribed. */
export interface StorageSubscription {
  subscribe: (listener: () => void) => () => void;
  notify: () => void;
}

/**
 * Keeps a store's subscribers and calls `onStorage` for `storage` events about `key` (or a cleared storage,
 * whose event has a null key) while at least one subscriber is listening.
 */
export function createStorageSubscription(
  key: string,
  getEventTarget: () => StorageEventTarget | null,
  onStorage: () => void,
): StorageSubscription {
  const listeners = new Set<() => void>();
  function handleStorage(event: StorageEvent): void {
    if (event.key === null || event.key === key) onStorage();
  }
  return {
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
    notify() {
      for (const listener of [...listeners]) listener();
    },
  };
}

/** A validated value kept under one localStorage key, shaped for `useSyncExternalStore`. */
export interface LocalStore<T> {
  /** The current value; the same object until it changes. */
  getSnapshot: () => T;
  /** Always the fallback, so that server HTML and hydration agree. */
  getServerSnapshot: () => T;
  subscribe: (listener: () => void) => () => void;
  /** Persists `next` when storage allows (else keeps it in memory for the page) and notifies. Never throws. */
  set: (next: T) => void;
}

/** How a {@link LocalStore} reads and writes its value. */
export interface LocalStoreOptions<T> extends StorageAccess {
  key: string;
  /** Turns any stored string (or null) into a valid value; never throws. */
  parse: (raw: string | null) => T;
  serialize: (value: T) => string;
  /** The value on the server and before anything is stored. */
  fallback: T;
}

/** Creates a {@link LocalStore}: parsed lazily, cached by the stored string, in memory when a write fails. */
export function createLocalStore<T>({
  key,
  parse,
  serialize,
  fallback,
  getStorage = getBrowserStorage,
  getEventTarget = getBrowserEventTarget,
}: LocalStoreOptions<T>): LocalStore<T> {
  // The stored string and what it parsed to, so that an unchanged value keeps its identity for React.
  let cachedRaw: string | null = null;
  let cached = fallback;
  // Set when a write failed (no storage, quota, blocked): from then on memory holds the reader's choice.
  let inMemory: { value: T } | null = null;
  const subscription = createStorageSubscription(key, getEventTarget, () => {
    inMemory = null;
    subscription.notify();
  });

  function getSnapshot(): T {
    if (inMemory) return inMemory.value;
    const raw = readStorageItem(getStorage, key);
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      cached = parse(raw);
    }
    return cached;
  }

  return {
    getSnapshot,
    getServerSnapshot: () => fallback,
    subscribe: subscription.subscribe,
    set(next) {
      inMemory = writeStorageItem(getStorage, key, serialize(next))
        ? null
        : { value: next };
      subscription.notify();
    },
  };
}

/**
 * Reading progress kept in the browser: the only module that touches localStorage for it, lazily (never at
 * module scope), so importing it during prerendering is safe. Missing, blocked or full storage leaves it
 * working in memory for the page.
 */
import {
  parseProgress,
  PROGRESS_KEY,
  recordProgress,
  serializeProgress,
  type ArticleProgress,
  type ProgressMap,
} from "./reading-progress";

/** The slice of the Web Storage API the store needs. */
export type ProgressStorage = Pick<Storage, "getItem" | "setItem">;

/** A subscribable source of progress, shaped for `useSyncExternalStore`. */
export interface ProgressStore {
  getSnapshot: () => ProgressMap;
  /** Always empty, so that server HTML and hydration agree. */
  getServerSnapshot: () => ProgressMap;
  subscribe: (listener: () => void) => () => void;
  /** Records where the reader is in `slug`. Never throws. */
  record: (slug: string, entry: Omit<ArticleProgress, "finished">) => void;
}

export interface ProgressStoreOptions {
  getStorage?: () => ProgressStorage | null;
  getEventTarget?: () => Pick<
    Window,
    "addEventListener" | "removeEventListener"
  > | null;
}

const EMPTY: ProgressMap = Object.freeze({});

function getBrowserStorage(): ProgressStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Creates a progress store over `getStorage()`. */
export function createProgressStore({
  getStorage = getBrowserStorage,
  getEventTarget = () => (typeof window === "undefined" ? null : window),
}: ProgressStoreOptions = {}): ProgressStore {
  let cachedRaw: string | null = null;
  let cached: ProgressMap = EMPTY;
  let inMemory: ProgressMap | null = null;
  const listeners = new Set<() => void>();

  function readStorage(): string | null {
    try {
      return getStorage()?.getItem(PROGRESS_KEY) ?? null;
    } catch {
      return null;
    }
  }

  function writeStorage(raw: string): boolean {
    try {
      const storage = getStorage();
      storage?.setItem(PROGRESS_KEY, raw);
      return storage !== null;
    } catch {
      return false;
    }
  }

  function notify(): void {
    for (const listener of [...listeners]) listener();
  }

  function handleStorage(event: StorageEvent): void {
    if (event.key !== null && event.key !== PROGRESS_KEY) return;
    inMemory = null;
    notify();
  }

  function getSnapshot(): ProgressMap {
    if (inMemory) return inMemory;
    const raw = readStorage();
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      cached = parseProgress(raw);
    }
    return cached;
  }

  return {
    getSnapshot,
    getServerSnapshot: () => EMPTY,
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
    record(slug, entry) {
      const next = recordProgress(getSnapshot(), slug, entry);
      inMemory = writeStorage(serializeProgress(next)) ? null : next;
      notify();
    },
  };
}

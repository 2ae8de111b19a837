/**
 * The reader's highlights in the browser. The only module that touches localStorage for them, lazily (never at
 * module scope), so importing it during prerendering is safe. A stored value it cannot read is backed up under
 * its own key before anything replaces it, and the reader is told once; a full quota is reported, not swallowed.
 */
import {
  DEFAULT_COLOR_NAMES,
  EMPTY_STATE,
  mergeHighlights,
  parseState,
  removeHighlight,
  serializeState,
  updateHighlight,
  type ColorNames,
  type Highlight,
  type HighlightColor,
  type HighlightState,
} from "./highlight";
import {
  createStorageSubscription,
  getBrowserEventTarget,
  getBrowserStorage,
  readStorageItem,
  type StorageEventTarget,
  type WebStorage,
} from "../storage/local-store";
import { HIGHLIGHTS_KEY } from "./peek-highlights";

export { HIGHLIGHTS_KEY } from "./peek-highlights";

/** Where an unreadable value is kept (a later one gets a timestamp suffix, so no backup overwrites another). */
export const BACKUP_KEY = "broadsheet:highlights:backup";

/** The slice of the Web Storage API the store needs. */
export type HighlightStorage = WebStorage;
export type { StorageEventTarget } from "../storage/local-store";

/** What the UI shows: the state, whether a damaged value was just backed up, and the last write error. */
export interface HighlightSnapshot {
  state: HighlightState;
  /** The backup key when this page found an unreadable value and kept it there; null once dismissed. */
  recoveredTo: string | null;
  /** Why the last change could not be saved (it still holds for this page), or null. */
  error: string | null;
}

/** A subscribable highlight store, shaped for `useSyncExternalStore`. Its methods never throw. */
export interface HighlightStore {
  getSnapshot: () => HighlightSnapshot;
  /** Always empty, so that prerendered HTML and hydration agree. */
  getServerSnapshot: () => HighlightSnapshot;
  subscribe: (listener: () => void) => () => void;
  add: (highlight: Highlight) => void;
  remove: (id: string) => void;
  update: (
    id: string,
    patch: Partial<Pick<Highlight, "color" | "note">>,
  ) => void;
  renameColor: (color: HighlightColor, name: string) => void;
  /** Merges imported highlights (no duplicates); returns how many were new. */
  importHighlights: (
    highlights: readonly Highlight[],
    colorNames: ColorNames | null,
  ) => number;
  dismissNotice: () => void;
}

export interface HighlightStoreOptions {
  getStorage?: () => HighlightStorage | null;
  getEventTarget?: () => StorageEventTarget | null;
  now?: () => number;
}

const SERVER_SNAPSHOT: HighlightSnapshot = Object.freeze({
  state: EMPTY_STATE,
  recoveredTo: null,
  error: null,
});

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === "QuotaExceededError" ||
      error.name === "NS_ERROR_DOM_QUOTA_REACHED")
  );
}

function describeWriteError(error: unknown): string {
  return isQuotaError(error)
    ? "Your browser's storage is full, so this change is kept only until you close the page. Export your highlights or free some space."
    : "Your browser did not let us save highlights, so this change is kept only until you close the page.";
}

/** Creates a highlight store over `getStorage()`; without storage it works in memory for this page. */
export function createHighlightStore({
  getStorage = getBrowserStorage,
  getEventTarget = getBrowserEventTarget,
  now = Date.now,
}: HighlightStoreOptions = {}): HighlightStore {
  let cachedRaw: string | null | undefined;
  let snapshot: HighlightSnapshot = SERVER_SNAPSHOT;
  // Set when a write failed: memory then holds what the reader did on this page.
  let inMemory: HighlightState | null = null;
  let recoveredTo: string | null = null;
  let error: string | null = null;
  const subscription = createStorageSubscription(
    HIGHLIGHTS_KEY,
    getEventTarget,
    handleStorage,
  );

  const read = (): string | null => readStorageItem(getStorage, HIGHLIGHTS_KEY);

  function write(key: string, value: string): unknown {
    try {
      const storage = getStorage();
      if (!storage) return new Error("no storage");
      storage.setItem(key, value);
      return null;
    } catch (caught) {
      return caught ?? new Error("write failed");
    }
  }

  /** Keeps an unreadable value under a free backup key; returns that key, or null when it could not. */
  function backUp(raw: string): string | null {
    let key = BACKUP_KEY;
    try {
      const existing = getStorage()?.getItem(key) ?? null;
      if (existing !== null && existing !== raw)
        key = `${BACKUP_KEY}:${String(now())}`;
    } catch {
      return null;
    }
    return write(key, raw) === null ? key : null;
  }

  function load(raw: string | null): HighlightState {
    const { state, damaged } = parseState(raw);
    if (!damaged || raw === null) return state;
    const key = backUp(raw);
    if (key === null) {
      // Never replace what we could not back up: keep the readable part in memory and say why.
      error =
        "Some saved highlights could not be read, and there was no room to keep a copy. They are left untouched.";
      inMemory = state;
      return state;
    }
    recoveredTo = key;
    const clean = serializeState(state);
    if (write(HIGHLIGHTS_KEY, clean) === null) cachedRaw = clean;
    return state;
  }

  function setSnapshot(state: HighlightState): void {
    snapshot = { state, recoveredTo, error };
  }

  function getSnapshot(): HighlightSnapshot {
    if (inMemory) {
      if (snapshot.state !== inMemory) setSnapshot(inMemory);
      return snapshot;
    }
    const raw = read();
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      setSnapshot(load(raw));
    }
    return snapshot;
  }

  function notify(): void {
    subscription.notify();
  }

  function commit(next: HighlightState): void {
    const raw = serializeState(next);
    const failure = write(HIGHLIGHTS_KEY, raw);
    if (failure === null) {
      inMemory = null;
      cachedRaw = raw;
      error = null;
    } else {
      inMemory = next;
      error = describeWriteError(failure);
    }
    setSnapshot(next);
    notify();
  }

  function handleStorage(): void {
    const pending = inMemory;
    inMemory = null;
    cachedRaw = undefined;
    // What this page could not save is merged into what the other tab saved, never dropped.
    if (pending)
      commit(mergeHighlights(getSnapshot().state, pending.highlights));
    else notify();
  }

  return {
    getSnapshot,
    getServerSnapshot: () => SERVER_SNAPSHOT,
    subscribe: subscription.subscribe,
    add(highlight) {
      commit(mergeHighlights(getSnapshot().state, [highlight]));
    },
    remove(id) {
      commit(removeHighlight(getSnapshot().state, id));
    },
    update(id, patch) {
      commit(updateHighlight(getSnapshot().state, id, patch));
    },
    renameColor(color, name) {
      const state = getSnapshot().state;
      commit({ ...state, colorNames: { ...state.colorNames, [color]: name } });
    },
    importHighlights(highlights, colorNames) {
      const state = getSnapshot().state;
      const merged = mergeHighlights(state, highlights);
      const keepNames = Object.entries(DEFAULT_COLOR_NAMES).some(
        ([color, name]) => state.colorNames[color as HighlightColor] !== name,
      );
      const next =
        colorNames && !keepNames ? { ...merged, colorNames } : merged;
      commit(next);
      return merged.highlights.length - state.highlights.length;
    },
    dismissNotice() {
      recoveredTo = null;
      setSnapshot(getSnapshot().state);
      notify();
    },
  };
}

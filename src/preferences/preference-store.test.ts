import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  createPreferenceStore,
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  serializePreferences,
  type PreferenceStorage,
} from "./preference-store";

function createMemoryStorage(
  initial?: string,
): PreferenceStorage & { value: string | null } {
  return {
    value: initial ?? null,
    getItem(key) {
      return key === PREFERENCES_KEY ? this.value : null;
    },
    setItem(key, value) {
      if (key === PREFERENCES_KEY) this.value = value;
    },
  };
}

const throwingStorage: PreferenceStorage = {
  getItem: () => {
    throw new DOMException("denied", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("full", "QuotaExceededError");
  },
};

describe("createPreferenceStore", () => {
  it("works with any string in storage, and keeps what it writes", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json()),
        fc.boolean(),
        (raw, highlightQuotes) => {
          const storage = createMemoryStorage(raw);
          const store = createPreferenceStore({
            getStorage: () => storage,
            getEventTarget: () => null,
          });
          expect(typeof store.getSnapshot().highlightQuotes).toBe("boolean");

          store.update({ highlightQuotes });
          expect(store.getSnapshot()).toEqual({
            ...DEFAULT_PREFERENCES,
            highlightQuotes,
          });
          const reopened = createPreferenceStore({
            getStorage: () => storage,
            getEventTarget: () => null,
          });
          expect(reopened.getSnapshot()).toEqual({
            ...DEFAULT_PREFERENCES,
            highlightQuotes,
          });
        },
      ),
    );
  });

  it("returns the same snapshot until something changes", () => {
    const storage = createMemoryStorage();
    const store = createPreferenceStore({
      getStorage: () => storage,
      getEventTarget: () => null,
    });
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.update({ highlightQuotes: false });
    expect(store.getSnapshot()).not.toBe(first);
  });

  it("serves the defaults as the server snapshot whatever is stored", () => {
    const storage = createMemoryStorage(
      serializePreferences({ ...DEFAULT_PREFERENCES, highlightQuotes: false }),
    );
    const store = createPreferenceStore({
      getStorage: () => storage,
      getEventTarget: () => null,
    });
    expect(store.getServerSnapshot()).toEqual(DEFAULT_PREFERENCES);
  });

  it("does not touch storage until it is read", () => {
    const getStorage = vi.fn(() => createMemoryStorage());
    const store = createPreferenceStore({
      getStorage,
      getEventTarget: () => null,
    });
    expect(getStorage).not.toHaveBeenCalled();
    store.getSnapshot();
    expect(getStorage).toHaveBeenCalled();
  });

  it("keeps working in memory when storage throws", () => {
    const store = createPreferenceStore({
      getStorage: () => throwingStorage,
      getEventTarget: () => null,
    });
    expect(store.getSnapshot()).toEqual(DEFAULT_PREFERENCES);
    store.update({ highlightQuotes: false });
    expect(store.getSnapshot()).toEqual({
      ...DEFAULT_PREFERENCES,
      highlightQuotes: false,
    });
  });

  it("keeps working in memory when there is no storage", () => {
    const store = createPreferenceStore({
      getStorage: () => null,
      getEventTarget: () => null,
    });
    store.update({ highlightQuotes: false });
    expect(store.getSnapshot()).toEqual({
      ...DEFAULT_PREFERENCES,
      highlightQuotes: false,
    });
  });

  it("notifies subscribers of updates until they unsubscribe", () => {
    const storage = createMemoryStorage();
    const store = createPreferenceStore({
      getStorage: () => storage,
      getEventTarget: () => null,
    });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.update({ highlightQuotes: false });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.update({ highlightQuotes: true });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("picks up a change made in another tab", () => {
    const storage = createMemoryStorage();
    const target = new EventTarget();
    const store = createPreferenceStore({
      getStorage: () => storage,
      getEventTarget: () => target,
    });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);

    storage.value = serializePreferences({
      ...DEFAULT_PREFERENCES,
      highlightQuotes: false,
    });
    target.dispatchEvent(
      new StorageEvent("storage", {
        key: PREFERENCES_KEY,
        newValue: storage.value,
      }),
    );
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toEqual({
      ...DEFAULT_PREFERENCES,
      highlightQuotes: false,
    });

    target.dispatchEvent(
      new StorageEvent("storage", { key: "another-key", newValue: "x" }),
    );
    expect(listener).toHaveBeenCalledTimes(1);

    unsubscribe();
    target.dispatchEvent(
      new StorageEvent("storage", { key: PREFERENCES_KEY, newValue: null }),
    );
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("uses the browser's localStorage by default", () => {
    createPreferenceStore().update({ highlightQuotes: false });
    expect(localStorage.getItem(PREFERENCES_KEY)).toBe(
      serializePreferences({ ...DEFAULT_PREFERENCES, highlightQuotes: false }),
    );
  });
});

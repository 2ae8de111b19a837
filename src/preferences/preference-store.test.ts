import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  createPreferenceStore,
  DEFAULT_PREFERENCES,
  parsePreferences,
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

describe("parsePreferences", () => {
  it("returns the defaults when nothing is stored", () => {
    expect(parsePreferences(null)).toEqual(DEFAULT_PREFERENCES);
  });

  it("reads a version 1 payload", () => {
    expect(parsePreferences('{"v":1,"highlightQuotes":false}')).toEqual({
      highlightQuotes: false,
    });
  });

  it.each([
    ["invalid JSON", "{not json"],
    ["another version", '{"v":2,"highlightQuotes":false}'],
    ["an array", "[1,2]"],
    ["null", "null"],
    ["a field of the wrong type", '{"v":1,"highlightQuotes":"no"}'],
  ])("returns the defaults for %s", (_name, raw) => {
    expect(parsePreferences(raw)).toEqual(DEFAULT_PREFERENCES);
  });

  it("never throws and always yields valid preferences", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        expect(typeof parsePreferences(raw).highlightQuotes).toBe("boolean");
      }),
    );
  });

  it("reads back what serializePreferences wrote", () => {
    fc.assert(
      fc.property(
        fc.record({ highlightQuotes: fc.boolean() }),
        (preferences) => {
          expect(parsePreferences(serializePreferences(preferences))).toEqual(
            preferences,
          );
        },
      ),
    );
  });
});

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
          expect(store.getSnapshot()).toEqual({ highlightQuotes });
          const reopened = createPreferenceStore({
            getStorage: () => storage,
            getEventTarget: () => null,
          });
          expect(reopened.getSnapshot()).toEqual({ highlightQuotes });
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
      serializePreferences({ highlightQuotes: false }),
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
    expect(store.getSnapshot()).toEqual({ highlightQuotes: false });
  });

  it("keeps working in memory when there is no storage", () => {
    const store = createPreferenceStore({
      getStorage: () => null,
      getEventTarget: () => null,
    });
    store.update({ highlightQuotes: false });
    expect(store.getSnapshot()).toEqual({ highlightQuotes: false });
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

    storage.value = serializePreferences({ highlightQuotes: false });
    target.dispatchEvent(
      new StorageEvent("storage", {
        key: PREFERENCES_KEY,
        newValue: storage.value,
      }),
    );
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toEqual({ highlightQuotes: false });

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
      '{"v":1,"highlightQuotes":false}',
    );
  });
});

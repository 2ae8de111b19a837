import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { createProgressStore, type ProgressStorage } from "./progress-store";
import { PROGRESS_KEY } from "./reading-progress";

function memoryStorage(initial: string | null = null) {
  let value = initial;
  return {
    getItem: (key: string) => (key === PROGRESS_KEY ? value : null),
    setItem: (key: string, next: string) => {
      if (key === PROGRESS_KEY) value = next;
    },
  } satisfies ProgressStorage;
}

const at = { paragraphId: "p-b", index: 2, count: 10, at: 1 };

describe("createProgressStore", () => {
  it("works with any string in storage, and keeps what it records across a reload", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const storage = memoryStorage(raw);
        const store = createProgressStore({
          getStorage: () => storage,
          getEventTarget: () => null,
        });
        store.getSnapshot();
        store.record("story", at);
        const reopened = createProgressStore({
          getStorage: () => storage,
          getEventTarget: () => null,
        });
        expect(reopened.getSnapshot().story).toEqual({
          ...at,
          finished: false,
        });
      }),
    );
  });

  it("keeps working in memory when storage throws, and tells subscribers", () => {
    const store = createProgressStore({
      getStorage: () => ({
        getItem: () => {
          throw new DOMException("denied", "SecurityError");
        },
        setItem: () => {
          throw new DOMException("full", "QuotaExceededError");
        },
      }),
      getEventTarget: () => null,
    });
    const listener = vi.fn();
    store.subscribe(listener);
    store.record("story", at);
    expect(store.getSnapshot().story?.index).toBe(2);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("serves no progress as the server snapshot", () => {
    const store = createProgressStore({
      getStorage: () => memoryStorage(),
      getEventTarget: () => null,
    });
    store.record("story", at);
    expect(store.getServerSnapshot()).toEqual({});
  });
});

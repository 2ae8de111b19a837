import { fc, test } from "@fast-check/vitest";
import { ALEPPO_HIGHLIGHT } from "./test-arbitraries";
import { describe, expect, it, vi } from "vitest";
import { parseState, serializeState } from "./highlight";
import {
  BACKUP_KEY,
  createHighlightStore,
  HIGHLIGHTS_KEY,
  type HighlightStorage,
} from "./highlight-store";

function createMemoryStorage(
  initial: Record<string, string> = {},
): HighlightStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

const highlight = ALEPPO_HIGHLIGHT;

function storeOver(storage: HighlightStorage | null) {
  return createHighlightStore({
    getStorage: () => storage,
    getEventTarget: () => null,
    now: () => 42,
  });
}

describe("createHighlightStore", () => {
  test.prop([fc.string()])(
    "works over any stored string, and keeps an unreadable one as a backup",
    (raw) => {
      const storage = createMemoryStorage({ [HIGHLIGHTS_KEY]: raw });
      const store = storeOver(storage);
      const { damaged } = parseState(raw);
      expect(store.getSnapshot().recoveredTo).toBe(damaged ? BACKUP_KEY : null);
      if (damaged) expect(storage.items.get(BACKUP_KEY)).toBe(raw);
      store.add(highlight);
      expect(store.getSnapshot().state.highlights.map((h) => h.id)).toContain(
        highlight.id,
      );
      expect(
        parseState(storage.items.get(HIGHLIGHTS_KEY) ?? null).damaged,
      ).toBe(false);
    },
  );

  it("tells the reader once: the notice goes when dismissed and does not come back on the next load", () => {
    const storage = createMemoryStorage({ [HIGHLIGHTS_KEY]: "{broken" });
    const store = storeOver(storage);
    expect(store.getSnapshot().recoveredTo).toBe(BACKUP_KEY);
    store.dismissNotice();
    expect(store.getSnapshot().recoveredTo).toBeNull();
    expect(storeOver(storage).getSnapshot().recoveredTo).toBeNull();
    expect(storage.items.get(BACKUP_KEY)).toBe("{broken");
  });

  it("never overwrites an earlier backup", () => {
    const storage = createMemoryStorage({
      [HIGHLIGHTS_KEY]: "second",
      [BACKUP_KEY]: "first",
    });
    expect(storeOver(storage).getSnapshot().recoveredTo).toBe(
      `${BACKUP_KEY}:42`,
    );
    expect(storage.items.get(BACKUP_KEY)).toBe("first");
    expect(storage.items.get(`${BACKUP_KEY}:42`)).toBe("second");
  });

  it("leaves an unreadable value untouched when it cannot back it up, and says so", () => {
    const storage = createMemoryStorage({ [HIGHLIGHTS_KEY]: "{broken" });
    storage.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    const store = storeOver(storage);
    expect(store.getSnapshot().error).toMatch(/could not be read/);
    store.add(highlight);
    expect(storage.items.get(HIGHLIGHTS_KEY)).toBe("{broken");
  });

  it("reports a full quota and keeps the change for this page", () => {
    const storage = createMemoryStorage();
    storage.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    const store = storeOver(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.add(highlight);
    expect(listener).toHaveBeenCalled();
    expect(store.getSnapshot().error).toMatch(/storage is full/);
    expect(store.getSnapshot().state.highlights).toEqual([highlight]);
  });

  it("works in memory where there is no storage at all", () => {
    const store = storeOver(null);
    store.add(highlight);
    expect(store.getSnapshot().state.highlights).toEqual([highlight]);
  });

  it("shows highlights saved by another tab when the storage event arrives", () => {
    const storage = createMemoryStorage();
    const target = new EventTarget();
    const store = createHighlightStore({
      getStorage: () => storage,
      getEventTarget: () => target,
    });
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.getSnapshot().state.highlights).toEqual([]);
    storage.items.set(
      HIGHLIGHTS_KEY,
      serializeState({ ...store.getSnapshot().state, highlights: [highlight] }),
    );
    target.dispatchEvent(
      Object.assign(new Event("storage"), { key: HIGHLIGHTS_KEY }),
    );
    expect(listener).toHaveBeenCalled();
    expect(store.getSnapshot().state.highlights).toEqual([highlight]);
  });

  it("returns the same snapshot until something changes", () => {
    const store = storeOver(createMemoryStorage());
    expect(store.getSnapshot()).toBe(store.getSnapshot());
    expect(store.getServerSnapshot().state.highlights).toEqual([]);
  });

  it("imports without duplicates and counts only what is new", () => {
    const store = storeOver(createMemoryStorage());
    expect(store.importHighlights([highlight], null)).toBe(1);
    expect(store.importHighlights([highlight], null)).toBe(0);
    expect(store.getSnapshot().state.highlights).toHaveLength(1);
  });
});

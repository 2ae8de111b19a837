import { describe, expect, it, vi } from "vitest";
import { createLocalStore } from "./local-store";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
  };
}

function storeOver(storage: ReturnType<typeof memoryStorage> | null) {
  const target = new EventTarget();
  const store = createLocalStore<number>({
    key: "k",
    parse: (raw) => (raw === null ? 0 : Number(raw) || 0),
    serialize: String,
    fallback: 0,
    getStorage: () => storage,
    getEventTarget: () => target,
  });
  return { store, target };
}

describe("createLocalStore", () => {
  it("persists what is set and notifies subscribers", () => {
    const storage = memoryStorage();
    const { store } = storeOver(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(3);
    expect(storage.items.get("k")).toBe("3");
    expect(store.getSnapshot()).toBe(3);
    expect(listener).toHaveBeenCalledOnce();
  });

  it("keeps the value in memory when there is no storage, and serves the fallback to the server", () => {
    const { store } = storeOver(null);
    store.set(5);
    expect(store.getSnapshot()).toBe(5);
    expect(store.getServerSnapshot()).toBe(0);
  });

  it("hears other tabs' changes to its key or a cleared storage, and ignores other keys", () => {
    const { store, target } = storeOver(memoryStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    target.dispatchEvent(new StorageEvent("storage", { key: "other" }));
    expect(listener).not.toHaveBeenCalled();
    target.dispatchEvent(new StorageEvent("storage", { key: "k" }));
    target.dispatchEvent(new StorageEvent("storage", { key: null }));
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    target.dispatchEvent(new StorageEvent("storage", { key: "k" }));
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

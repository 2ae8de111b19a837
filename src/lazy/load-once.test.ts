import { describe, expect, it, vi } from "vitest";
import { loadOnce } from "./load-once";

describe("loadOnce", () => {
  it("imports once for every caller, and gives the module synchronously afterwards", async () => {
    const importer = vi.fn(() => Promise.resolve({ name: "chunk" }));
    const chunk = loadOnce(importer);
    expect(chunk.loaded()).toBeNull();
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect(a).toBe(b);
    expect(await chunk.load()).toBe(a);
    expect(importer).toHaveBeenCalledOnce();
    expect(chunk.loaded()).toBe(a);
  });

  it("passes a failure on, remembers nothing, and tries again on the next call", async () => {
    const importer = vi
      .fn<() => Promise<{ name: string }>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValueOnce({ name: "chunk" });
    const chunk = loadOnce(importer);
    await expect(chunk.load()).rejects.toThrow("offline");
    expect(chunk.loaded()).toBeNull();
    expect(await chunk.load()).toEqual({ name: "chunk" });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

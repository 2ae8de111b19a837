import { describe, expect, it, vi } from "vitest";
import {
  createShortcutRegistry,
  type ShortcutTools,
} from "./shortcut-registry";

const tools: ShortcutTools = { moveFocus: () => true };

describe("createShortcutRegistry", () => {
  it("runs nothing and says so when no handler is registered", () => {
    expect(createShortcutRegistry().run("help", tools)).toBe(false);
  });

  it("runs the newest handler first and stops at the first that applies", () => {
    const registry = createShortcutRegistry();
    const older = vi.fn(() => true);
    const newer = vi.fn(() => undefined);
    registry.register("search", older);
    registry.register("search", newer);
    expect(registry.run("search", tools)).toBe(true);
    expect(newer).toHaveBeenCalledExactlyOnceWith(tools);
    expect(older).not.toHaveBeenCalled();
  });

  it("falls back to an older handler when the newer one does not apply", () => {
    const registry = createShortcutRegistry();
    const older = vi.fn(() => true);
    registry.register("search", older);
    registry.register("search", () => false);
    expect(registry.run("search", tools)).toBe(true);
    expect(older).toHaveBeenCalledTimes(1);
  });

  it("forgets a handler once it is removed", () => {
    const registry = createShortcutRegistry();
    const handler = vi.fn(() => true);
    const remove = registry.register("home", handler);
    remove();
    expect(registry.run("home", tools)).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });
});

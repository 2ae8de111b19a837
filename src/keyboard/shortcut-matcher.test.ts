import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { KeyPress } from "./key-press";
import { createShortcutMatcher, SEQUENCE_TIMEOUT_MS } from "./shortcut-matcher";

const press = (key: string): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  typing: false,
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createShortcutMatcher", () => {
  it("runs g then h as home when the second key comes in time", () => {
    const match = createShortcutMatcher();
    expect(match(press("g"))).toBeNull();
    vi.advanceTimersByTime(SEQUENCE_TIMEOUT_MS - 1);
    expect(match(press("h"))).toBe("home");
  });

  it("forgets a begun sequence after the timeout, so h then highlights", () => {
    const match = createShortcutMatcher();
    match(press("g"));
    vi.advanceTimersByTime(SEQUENCE_TIMEOUT_MS);
    expect(match(press("h"))).toBe("highlight");
  });

  it("keeps its own sequence: two matchers do not share pending keys", () => {
    const first = createShortcutMatcher();
    const second = createShortcutMatcher();
    first(press("g"));
    expect(second(press("h"))).toBe("highlight");
    expect(first(press("h"))).toBe("home");
  });
});

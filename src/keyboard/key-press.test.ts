import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { mayBeShortcut, type KeyPress } from "./key-press";
import { matchShortcut, SHORTCUTS } from "./shortcuts";

const press = (key: string, overrides: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  typing: false,
  ...overrides,
});

// Keys a reader may press: every shortcut key, keys that must stay the browser's, and any short string.
const keyArbitrary = fc.oneof(
  fc.constantFrom(
    ...SHORTCUTS.flatMap(({ keys }) => keys),
    ...[" ", "Enter", "Tab", "Escape", "ArrowDown", "PageDown", "Shift"],
    ...["CapsLock", "Dead", "Unidentified", "x", "J", "'", "é", "\t"],
  ),
  fc.string({ minLength: 1, maxLength: 3 }),
);
const pressArbitrary = fc.record({
  key: keyArbitrary,
  ctrlKey: fc.boolean(),
  altKey: fc.boolean(),
  metaKey: fc.boolean(),
  typing: fc.boolean(),
});
const pendingArbitrary = fc.oneof(
  fc.constant<string[]>([]),
  fc.array(keyArbitrary, { maxLength: 2 }),
);

describe("mayBeShortcut", () => {
  it("says maybe to every key of every shortcut, Shift or not", () => {
    for (const { keys } of SHORTCUTS)
      for (const key of keys) expect(mayBeShortcut(press(key))).toBe(true);
  });

  it.each([" ", "Enter", "Tab", "ArrowDown", "Shift", "Dead", "\t"])(
    "leaves %j to the browser",
    (key) => {
      expect(mayBeShortcut(press(key))).toBe(false);
    },
  );

  it.each([
    ["Ctrl", { ctrlKey: true }],
    ["Alt", { altKey: true }],
    ["Meta", { metaKey: true }],
    ["typing in a field", { typing: true }],
  ])("says no with %s", (_name, guard) => {
    expect(mayBeShortcut(press("j", guard))).toBe(false);
  });

  test.prop([pressArbitrary])(
    "from a fresh start, accepts every press the full matcher acts on or begins a sequence with",
    (keyPress) => {
      const match = matchShortcut(keyPress, []);
      if (match.action !== null || match.pending.length > 0)
        expect(mayBeShortcut(keyPress)).toBe(true);
    },
  );

  test.prop([pressArbitrary, pendingArbitrary])(
    "after any begun sequence, a press it says no to neither acts nor extends the sequence",
    (keyPress, pending) => {
      const match = matchShortcut(keyPress, pending);
      if (!mayBeShortcut(keyPress)) {
        expect(match.action).toBeNull();
        expect([[], pending]).toContainEqual(match.pending);
      }
    },
  );
});

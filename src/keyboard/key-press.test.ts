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

  // Oracles independent of the matcher (which runs mayBeShortcut first, so it cannot disagree with it by design).
  const shortcutKeys = new Set(SHORTCUTS.flatMap(({ keys }) => keys));
  test.prop([pressArbitrary])(
    "accepts every key a shortcut uses, whenever no modifier is held and no field has focus",
    (keyPress) => {
      const free =
        !keyPress.ctrlKey &&
        !keyPress.altKey &&
        !keyPress.metaKey &&
        !keyPress.typing;
      if (free && shortcutKeys.has(keyPress.key))
        expect(mayBeShortcut(keyPress)).toBe(true);
    },
  );

  test.prop([pressArbitrary])(
    "refuses every press with Ctrl, Alt or Meta held, or made while typing in a field",
    (keyPress) => {
      if (
        keyPress.ctrlKey ||
        keyPress.altKey ||
        keyPress.metaKey ||
        keyPress.typing
      )
        expect(mayBeShortcut(keyPress)).toBe(false);
    },
  );

  test.prop([pressArbitrary, pendingArbitrary])(
    "lets the matcher act only on what it accepts, after any begun sequence",
    (keyPress, pending) => {
      const match = matchShortcut(keyPress, pending);
      if (match.action !== null) expect(mayBeShortcut(keyPress)).toBe(true);
    },
  );
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KeyPress } from "./key-press";
import { describeKeys, matchShortcut, SHORTCUTS } from "./shortcuts";

const press = (key: string, overrides: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  typing: false,
  ...overrides,
});

describe("matchShortcut", () => {
  it.each([
    ["j", "next-paragraph"],
    ["k", "previous-paragraph"],
    ["n", "next-quote"],
    ["p", "previous-quote"],
    ["h", "highlight"],
    ["/", "search"],
    ["?", "help"],
  ])("runs %s as %s", (key, action) => {
    expect(matchShortcut(press(key), [])).toEqual({ action, pending: [] });
  });

  it("waits after g, then runs g h as home rather than highlight", () => {
    const first = matchShortcut(press("g"), []);
    expect(first).toEqual({ action: null, pending: ["g"] });
    expect(matchShortcut(press("h"), first.pending)).toEqual({
      action: "home",
      pending: [],
    });
  });

  it("lets Shift pass between keys without breaking a sequence", () => {
    expect(matchShortcut(press("Shift"), ["g"])).toEqual({
      action: null,
      pending: ["g"],
    });
  });

  it("runs the second key on its own when it does not continue the sequence", () => {
    expect(matchShortcut(press("j"), ["g"])).toEqual({
      action: "next-paragraph",
      pending: [],
    });
  });

  it("ignores keys that are no shortcut", () => {
    expect(matchShortcut(press("x"), [])).toEqual({
      action: null,
      pending: [],
    });
    expect(matchShortcut(press("J"), [])).toEqual({
      action: null,
      pending: [],
    });
  });

  it.each([
    ["Ctrl", { ctrlKey: true }],
    ["Alt", { altKey: true }],
    ["Meta", { metaKey: true }],
    ["typing in a field", { typing: true }],
  ])("never fires with %s, and drops a begun sequence", (_name, guard) => {
    for (const { keys } of SHORTCUTS) {
      const last = keys.at(-1) ?? "";
      expect(matchShortcut(press(last, guard), keys.slice(0, -1))).toEqual({
        action: null,
        pending: [],
      });
    }
  });

  it("never fires for any key while a modifier is held or the reader types", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom("g", "h", "j")),
        fc.constantFrom<Partial<KeyPress>>(
          { ctrlKey: true },
          { altKey: true },
          { metaKey: true },
          { typing: true },
        ),
        (key, pending, guard) => {
          expect(matchShortcut(press(key, guard), pending).action).toBeNull();
        },
      ),
    );
  });
});

describe("describeKeys", () => {
  it("reads a sequence as words", () => {
    expect(describeKeys(["g", "h"])).toBe("g then h");
    expect(describeKeys(["?"])).toBe("?");
  });
});

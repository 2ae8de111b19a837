/**
 * The site's keyboard shortcuts as data, and the pure logic that turns key presses into actions. No DOM, no
 * React: `shortcut-matcher.ts` feeds it key presses and `shortcut-registry.ts` runs what it returns.
 */
import { mayBeShortcut, type KeyPress } from "./key-press";

/** What a shortcut does. Features plug in by registering a handler for one (see `shortcut-registry.ts`). */
export type ShortcutAction =
  | "next-paragraph"
  | "previous-paragraph"
  | "next-quote"
  | "previous-quote"
  | "highlight"
  | "search"
  | "home"
  | "help";

/** One shortcut: the keys pressed one after another (`["g", "h"]`), and what it does in words. */
export interface Shortcut {
  keys: readonly string[];
  action: ShortcutAction;
  description: string;
}

/** Every shortcut, in the order the help dialog lists them. All are single-key (or key-sequence) shortcuts. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ["j"], action: "next-paragraph", description: "Next paragraph" },
  {
    keys: ["k"],
    action: "previous-paragraph",
    description: "Previous paragraph",
  },
  { keys: ["n"], action: "next-quote", description: "Next quote" },
  { keys: ["p"], action: "previous-quote", description: "Previous quote" },
  {
    keys: ["h"],
    action: "highlight",
    description: "Highlight the focused paragraph",
  },
  { keys: ["/"], action: "search", description: "Search" },
  { keys: ["g", "h"], action: "home", description: "Go to the story list" },
  { keys: ["?"], action: "help", description: "Show keyboard shortcuts" },
];

/** What a key press leads to: an action to run (or none), and the keys of a sequence begun so far. */
export interface ShortcutMatch {
  action: ShortcutAction | null;
  pending: readonly string[];
}

// Keys that only change what another key types ("Shift" comes before "?"): they neither match nor break a sequence.
const MODIFIER_KEYS = new Set(["Shift", "CapsLock"]);

function startsWith(keys: readonly string[], prefix: readonly string[]) {
  return prefix.every((key, index) => keys[index] === key);
}

function matchSequence(
  sequence: readonly string[],
  shortcuts: readonly Shortcut[],
): ShortcutMatch | null {
  const exact = shortcuts.find(
    ({ keys }) => keys.length === sequence.length && startsWith(keys, sequence),
  );
  if (exact) return { action: exact.action, pending: [] };
  const longer = shortcuts.some(
    ({ keys }) => keys.length > sequence.length && startsWith(keys, sequence),
  );
  return longer ? { action: null, pending: sequence } : null;
}

/**
 * Matches a key press against `shortcuts`, given the keys of a sequence already pressed (`pending`). A press
 * with Ctrl, Alt or Meta held, or while typing, never matches and cancels any sequence, so browser and
 * assistive-technology shortcuts and text entry are left alone.
 * @example matchShortcut({ key: "h", ...noModifiers }, ["g"]) // { action: "home", pending: [] }
 */
export function matchShortcut(
  press: KeyPress,
  pending: readonly string[],
  shortcuts: readonly Shortcut[] = SHORTCUTS,
): ShortcutMatch {
  // The same check that decides, before this module is loaded, whether a press may be a shortcut.
  if (!mayBeShortcut(press)) {
    const shiftOnly =
      MODIFIER_KEYS.has(press.key) &&
      !press.ctrlKey &&
      !press.altKey &&
      !press.metaKey &&
      !press.typing;
    return { action: null, pending: shiftOnly ? pending : [] };
  }
  if (pending.length > 0) {
    const continued = matchSequence([...pending, press.key], shortcuts);
    if (continued) return continued;
  }
  // A broken sequence ("g" then "j") still lets the new key act on its own.
  return matchSequence([press.key], shortcuts) ?? { action: null, pending: [] };
}

/** How a shortcut's keys read in the help dialog: `g then h`. */
export function describeKeys(keys: readonly string[]): string {
  return keys.join(" then ");
}

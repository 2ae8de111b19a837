import { moveFocus } from "./move-focus";
import type { KeyPress } from "./key-press";
import type { ShortcutTools } from "./shortcut-registry";
import { matchShortcut, type ShortcutAction } from "./shortcuts";

// The keyboard chunk: loaded on the first key press that may be a shortcut (see `shortcut-keys.ts`).

/** How long the second key of a sequence (`g` then `h`) may take. */
export const SEQUENCE_TIMEOUT_MS = 1500;

/** Turns one key press after another into the action to run, if any; remembers a begun sequence for a while. */
export type ShortcutMatcher = (press: KeyPress) => ShortcutAction | null;

/** A matcher over the site's shortcuts, with no sequence begun. */
export function createShortcutMatcher(): ShortcutMatcher {
  let pending: readonly string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (press) => {
    const match = matchShortcut(press, pending);
    pending = match.pending;
    clearTimeout(timer);
    if (pending.length > 0)
      timer = setTimeout(() => {
        pending = [];
      }, SEQUENCE_TIMEOUT_MS);
    return match.action;
  };
}

/** The tools handlers receive (see `ShortcutTools`). */
export const shortcutTools: ShortcutTools = { moveFocus };

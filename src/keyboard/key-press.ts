/**
 * What a key press is, and the one check that decides — before the shortcut table is even loaded — whether it
 * could be a shortcut at all. The full matcher (`shortcuts.ts`) applies the same check first, so the two cannot
 * disagree. Pure: no DOM, no React.
 */

/** The parts of a `keydown` event the logic needs. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** True when the key goes to a text field, a select or editable content: the reader is typing. */
  typing: boolean;
}

/**
 * Whether `press` could be (the start of) a shortcut: one visible character (not Space, which scrolls and
 * presses buttons), with neither Ctrl, Alt nor Meta held, while the reader is not typing. Shift is allowed
 * (`?`). Every shortcut's keys pass it; arrows, Tab, Enter, Space and browser shortcuts never do.
 */
export function mayBeShortcut(press: KeyPress): boolean {
  return (
    !press.ctrlKey &&
    !press.altKey &&
    !press.metaKey &&
    !press.typing &&
    press.key.length === 1 &&
    press.key.trim() !== ""
  );
}

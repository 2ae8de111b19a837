import type { ShortcutAction } from "./shortcuts";

/** What the keyboard chunk (`shortcut-matcher.ts`) lends a handler: code only shortcuts need, loaded with it. */
export interface ShortcutTools {
  /** See `move-focus.ts`. */
  moveFocus: (selector: string, direction: 1 | -1) => boolean;
}

/** Runs an action; returns false when it did not apply here (so the key press is left to the browser). */
export type ShortcutHandler = (tools: ShortcutTools) => boolean | undefined;

/** Where features plug in what a shortcut does; the most recently registered handler of an action runs first. */
export interface ShortcutRegistry {
  /** Adds a handler for `action`. Returns the function that removes it again. */
  register: (action: ShortcutAction, handler: ShortcutHandler) => () => void;
  /** Runs the handlers of `action` with `tools`, newest first, until one applies. Returns whether one did. */
  run: (action: ShortcutAction, tools: ShortcutTools) => boolean;
}

/** An empty registry. */
export function createShortcutRegistry(): ShortcutRegistry {
  const handlers = new Map<ShortcutAction, ShortcutHandler[]>();
  return {
    register(action, handler) {
      const list = handlers.get(action) ?? [];
      handlers.set(action, [...list, handler]);
      return () => {
        handlers.set(
          action,
          (handlers.get(action) ?? []).filter((other) => other !== handler),
        );
      };
    },
    run(action, tools) {
      const list = handlers.get(action) ?? [];
      return [...list].reverse().some((handler) => handler(tools) !== false);
    },
  };
}

import type * as Matcher from "./shortcut-matcher";

/** The keyboard chunk: the shortcut table, the matcher and the tools handlers use. */
export type ShortcutMatcherModule = typeof Matcher;

let loaded: ShortcutMatcherModule | null = null;
let loading: Promise<ShortcutMatcherModule> | null = null;

/** The keyboard chunk if it has been loaded already, else null. */
export function getLoadedShortcutMatcher(): ShortcutMatcherModule | null {
  return loaded;
}

/** Loads the keyboard chunk once; a failed load (offline, a new deploy) is tried again on the next call. */
export function loadShortcutMatcher(): Promise<ShortcutMatcherModule> {
  loading ??= import("./shortcut-matcher").then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

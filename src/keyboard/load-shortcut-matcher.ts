import { loadOnce } from "../lazy/load-once";
import type * as Matcher from "./shortcut-matcher";

/** The keyboard chunk: the shortcut table, the matcher and the tools handlers use. */
export type ShortcutMatcherModule = typeof Matcher;

const chunk = loadOnce<ShortcutMatcherModule>(
  () => import("./shortcut-matcher"),
);

/** The chunk if it has been loaded already, else null (always null while hydrating). */
export const getLoadedShortcutMatcher = chunk.loaded;

/** Loads the chunk once; a failed load (offline, a new deploy) is tried again on the next call. */
export const loadShortcutMatcher = chunk.load;

import { isTypingTarget } from "./is-typing-target";
import { mayBeShortcut, type KeyPress } from "./key-press";
import {
  getLoadedShortcutMatcher,
  loadShortcutMatcher,
  type ShortcutMatcherModule,
} from "./load-shortcut-matcher";
import type { ShortcutRegistry } from "./shortcut-registry";
import type { ShortcutMatcher } from "./shortcut-matcher";

// The press a keydown event stands for, or null when shortcuts must leave it alone altogether: already handled,
// part of an input-method composition, or in an open dialog (which has its own keys; the page behind is inert).
function readKeyPress(event: KeyboardEvent): KeyPress | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if (event.target instanceof Element && event.target.closest("dialog"))
    return null;
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    altKey: event.altKey,
    metaKey: event.metaKey,
    typing: isTypingTarget(event.target),
  };
}

/**
 * Listens for shortcut keys on `document` and runs them through `registry`, unless `isEnabled()` (read on every
 * key) says the reader has turned single-key shortcuts off. Until the keyboard chunk is loaded,
 * a press that `mayBeShortcut` is kept (its default prevented, so `/` types nothing and Firefox opens no quick
 * find) and the chunk is loaded; presses made meanwhile are kept too and all run, in order, when it arrives.
 * Once it is there, a key's default is prevented only when its action applied. Returns the function that stops.
 */
export function listenForShortcutKeys(
  document: Document,
  registry: ShortcutRegistry,
  isEnabled: () => boolean,
): () => void {
  let chunk = getLoadedShortcutMatcher();
  let matcher: ShortcutMatcher | null = chunk?.createShortcutMatcher() ?? null;
  let waiting: KeyPress[] | null = null;
  let stopped = false;

  function arrive(module: ShortcutMatcherModule): void {
    const presses = waiting ?? [];
    waiting = null;
    if (stopped) return;
    chunk = module;
    matcher = module.createShortcutMatcher();
    for (const press of presses) {
      const action = isEnabled() ? matcher(press) : null;
      if (action !== null) registry.run(action, module.shortcutTools);
    }
  }

  function handleKeyDown(event: KeyboardEvent): void {
    if (!isEnabled()) return;
    const press = readKeyPress(event);
    if (press === null) return;
    if (chunk && matcher) {
      const action = matcher(press);
      if (action !== null && registry.run(action, chunk.shortcutTools))
        event.preventDefault();
      return;
    }
    const maybe = mayBeShortcut(press);
    // Other keys matter only to a sequence begun while the chunk loads (`g`, then an arrow, cancels it).
    if (waiting) waiting.push(press);
    else if (maybe) {
      waiting = [press];
      loadShortcutMatcher().then(arrive, (error: unknown) => {
        waiting = null;
        console.error(
          "Shortcut keys failed to load; the next key retries.",
          error,
        );
      });
    }
    if (maybe) event.preventDefault();
  }

  document.addEventListener("keydown", handleKeyDown);
  return () => {
    stopped = true;
    document.removeEventListener("keydown", handleKeyDown);
  };
}

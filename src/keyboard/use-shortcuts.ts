import { createContext, use, useEffect, useRef } from "react";
import { isTypingTarget } from "./is-typing-target";
import {
  createShortcutRegistry,
  type ShortcutHandler,
  type ShortcutRegistry,
} from "./shortcut-registry";
import { matchShortcut, type ShortcutAction } from "./shortcuts";

/** The registry shortcuts run through; the root route provides one per app. */
export const ShortcutRegistryContext = createContext<ShortcutRegistry>(
  createShortcutRegistry(),
);

/** How long the second key of a sequence (`g` then `h`) may take. */
const SEQUENCE_TIMEOUT_MS = 1500;

/**
 * Makes `handler` what `action` does while the calling component is mounted. The latest handler is used
 * without re-registering, so an inline function is fine.
 */
export function useShortcut(
  action: ShortcutAction,
  handler: ShortcutHandler,
): void {
  const registry = use(ShortcutRegistryContext);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () => registry.register(action, () => latest.current()),
    [registry, action],
  );
}

/**
 * Listens for shortcut keys on the document and runs them through the registry, unless `isEnabled()` says the
 * reader has turned single-key shortcuts off. A key that runs an action does nothing else.
 */
export function useShortcutKeys(isEnabled: () => boolean): void {
  const registry = use(ShortcutRegistryContext);
  const enabled = useRef(isEnabled);
  useEffect(() => {
    enabled.current = isEnabled;
  });
  useEffect(() => {
    let pending: readonly string[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    function handleKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.isComposing || !enabled.current())
        return;
      // An open dialog has its own keys (Escape, Tab); the page behind it is inert.
      if (event.target instanceof Element && event.target.closest("dialog"))
        return;
      const match = matchShortcut(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          altKey: event.altKey,
          metaKey: event.metaKey,
          typing: isTypingTarget(event.target),
        },
        pending,
      );
      pending = match.pending;
      clearTimeout(timer);
      if (pending.length > 0)
        timer = setTimeout(() => {
          pending = [];
        }, SEQUENCE_TIMEOUT_MS);
      if (match.action !== null && registry.run(match.action))
        event.preventDefault();
    }
    document.addEventListener("keydown", handleKeyDown);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("keydown", handleKeyDown);
    };
  }, [registry]);
}

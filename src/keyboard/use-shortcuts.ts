import { createContext, use, useEffect, useRef } from "react";
import { listenForShortcutKeys } from "./shortcut-keys";
import {
  createShortcutRegistry,
  type ShortcutHandler,
  type ShortcutRegistry,
} from "./shortcut-registry";
import type { ShortcutAction } from "./shortcuts";

/** The registry shortcuts run through; the root route provides one per app. */
export const ShortcutRegistryContext = createContext<ShortcutRegistry>(
  createShortcutRegistry(),
);

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
    () => registry.register(action, (tools) => latest.current(tools)),
    [registry, action],
  );
}

/**
 * Listens for shortcut keys on the document and runs them through the registry, unless `isEnabled()` says the
 * reader has turned single-key shortcuts off. A key that runs an action does nothing else. The matcher is a
 * chunk of its own, loaded by the first key that may be a shortcut (see `shortcut-keys.ts`).
 */
export function useShortcutKeys(isEnabled: () => boolean): void {
  const registry = use(ShortcutRegistryContext);
  const enabled = useRef(isEnabled);
  useEffect(() => {
    enabled.current = isEnabled;
  });
  useEffect(
    () => listenForShortcutKeys(document, registry, () => enabled.current()),
    [registry],
  );
}

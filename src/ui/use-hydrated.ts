import { useSyncExternalStore } from "react";

const subscribe = (): (() => void) => () => undefined;

/**
 * False in the prerendered HTML and during hydration, true once React runs in the browser: for controls that
 * only work with JavaScript, so the page without it never shows a control that does nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

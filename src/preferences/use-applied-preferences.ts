import { use, useEffect } from "react";
import { applyPreferences } from "./apply-preferences";
import { PreferenceStoreContext } from "./use-preferences";

/**
 * Keeps `<html>`'s `data-*` attributes in step with the stored preferences, in this tab and from others. It
 * reads the store directly rather than through a render, so a change re-renders nothing, and hydration (which
 * renders the defaults first) never undoes what the boot script applied before the first paint.
 */
export function useAppliedPreferences(): void {
  const store = use(PreferenceStoreContext);
  useEffect(() => {
    const root = document.documentElement;
    const apply = () => {
      applyPreferences(root, store.getSnapshot());
    };
    apply();
    return store.subscribe(apply);
  }, [store]);
}

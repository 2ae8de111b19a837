import type * as Runtime from "./highlights-runtime";

/** The module that runs the reader's highlights on an article (its own chunk). */
export type HighlightsRuntime = typeof Runtime;

let loaded: HighlightsRuntime | null = null;
let loading: Promise<HighlightsRuntime> | null = null;

/** The runtime when an earlier article already loaded it, else null (always null while hydrating). */
export function getLoadedHighlightsRuntime(): HighlightsRuntime | null {
  return loaded;
}

/** Loads the runtime once; a failed load (offline, a new deploy) is tried again on the next call. */
export function loadHighlightsRuntime(): Promise<HighlightsRuntime> {
  loading ??= import("./highlights-runtime").then(
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

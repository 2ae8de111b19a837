import type * as Runtime from "./progress-runtime";

/** The module that records and resumes reading progress on an article (its own chunk). */
export type ProgressRuntime = typeof Runtime;

let loaded: ProgressRuntime | null = null;
let loading: Promise<ProgressRuntime> | null = null;

/** The runtime when an earlier article already loaded it, else null (always null while hydrating). */
export function getLoadedProgressRuntime(): ProgressRuntime | null {
  return loaded;
}

/** Loads the runtime once; a failed load (offline, a new deploy) is tried again on the next call. */
export function loadProgressRuntime(): Promise<ProgressRuntime> {
  loading ??= import("./progress-runtime").then(
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

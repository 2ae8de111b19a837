/** A chunk loaded on demand: `load` fetches it once, `loaded` gives it synchronously once it has arrived. */
export interface LoadOnce<T> {
  /** The module if an earlier `load` finished, else null (always null while hydrating a first page). */
  loaded: () => T | null;
  /** Starts the load, or joins the one under way; a failed load (offline, a new deploy) is tried again next call. */
  load: () => Promise<T>;
}

/** Wraps a dynamic `import()` so that every caller shares one load and a failure is not remembered. */
export function loadOnce<T>(importer: () => Promise<T>): LoadOnce<T> {
  let module: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    loaded: () => module,
    load: () => {
      loading ??= importer().then(
        (value) => {
          module = value;
          return value;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
  };
}

import { loadOnce } from "../lazy/load-once";
import type * as Runtime from "./progress-runtime";

/** The module that records and resumes reading progress on an article (its own chunk). */
export type ProgressRuntime = typeof Runtime;

const chunk = loadOnce<ProgressRuntime>(() => import("./progress-runtime"));

/** The chunk if it has been loaded already, else null (always null while hydrating). */
export const getLoadedProgressRuntime = chunk.loaded;

/** Loads the chunk once; a failed load (offline, a new deploy) is tried again on the next call. */
export const loadProgressRuntime = chunk.load;

import { loadOnce } from "../lazy/load-once";
import type * as Runtime from "./highlights-runtime";

/** The module that runs the reader's highlights on an article (its own chunk). */
export type HighlightsRuntime = typeof Runtime;

const chunk = loadOnce<HighlightsRuntime>(() => import("./highlights-runtime"));

/** The chunk if it has been loaded already, else null (always null while hydrating). */
export const getLoadedHighlightsRuntime = chunk.loaded;

/** Loads the chunk once; a failed load (offline, a new deploy) is tried again on the next call. */
export const loadHighlightsRuntime = chunk.load;

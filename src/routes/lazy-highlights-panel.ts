import { lazy } from "react";

/** The article's highlights panel (the list, export and import): its own chunk, loaded when the reader opens it. */
export const HighlightsPanel = lazy(() =>
  import("./highlights-panel").then((module) => ({
    default: module.HighlightsPanel,
  })),
);

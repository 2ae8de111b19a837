/**
 * The highlight colours and what they mean to a new reader: the little the article's light shell needs before the
 * highlights runtime loads (decision 0015). No React, no DOM, no storage.
 */

/** The four highlight colours; each has a meaning the reader can rename. */
export const HIGHLIGHT_COLORS = ["yellow", "green", "blue", "pink"] as const;

/** One of {@link HIGHLIGHT_COLORS}. */
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** What each colour means to the reader (editable; shown wherever the colour is). */
export type ColorNames = Record<HighlightColor, string>;

/** The colour a new highlight gets until the reader picks another. */
export const DEFAULT_COLOR: HighlightColor = "yellow";

/** The meanings a new reader starts with. */
export const DEFAULT_COLOR_NAMES: Readonly<ColorNames> = Object.freeze({
  yellow: "Important",
  green: "Agree",
  blue: "Question",
  pink: "Follow up",
});

/**
 * A cheap look at the stored highlights, so that an article loads the highlights runtime only when the reader has
 * something there for it (decision 0015). Tolerant by design: anything it cannot vouch for asks for the runtime,
 * whose store validates properly, backs unreadable values up and tells the reader. No React, no DOM, no storage.
 */
import { HIGHLIGHT_COLORS } from "./highlight-colors";

/** The localStorage key holding `{ v: 1, highlights, colorNames }` (see `highlight.ts`). */
export const HIGHLIGHTS_KEY = "broadsheet:highlights";

/**
 * What a stored value means for one article: `none` (nothing stored, or only other articles' highlights),
 * `article` (this article has highlights) or `unreadable` (not JSON, not our shape: the store must back it up).
 */
export type StoredHighlightsPeek = "none" | "article" | "unreadable";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Peeks at the raw stored value for the article `slug`. Never throws.
 * @example peekHighlights('{"v":1,"highlights":[{"slug":"a"}],"colorNames":{…}}', "a") // "article"
 */
export function peekHighlights(
  raw: string | null,
  slug: string,
): StoredHighlightsPeek {
  if (raw === null) return "none";
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return "unreadable";
  }
  if (!isRecord(value) || value.v !== 1 || !Array.isArray(value.highlights))
    return "unreadable";
  const { colorNames } = value;
  if (
    !isRecord(colorNames) ||
    HIGHLIGHT_COLORS.some((color) => typeof colorNames[color] !== "string")
  )
    return "unreadable";
  let found = false;
  for (const item of value.highlights as unknown[]) {
    if (!isRecord(item) || typeof item.slug !== "string") return "unreadable";
    if (item.slug === slug) found = true;
  }
  return found ? "article" : "none";
}

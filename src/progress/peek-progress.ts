/**
 * A cheap look at the stored reading progress, so that an article loads the progress runtime on arrival only when
 * there is something to resume or repair (decision 0016). Tolerant by design: a value it cannot vouch for asks for
 * the runtime, whose store validates properly. No React, no DOM, no storage.
 */

/** The localStorage key holding `{ v: 1, bySlug: ProgressMap }` (see `reading-progress.ts`). */
export const PROGRESS_KEY = "broadsheet:progress";

/**
 * What a stored value means for one article on arrival: `load` (progress is stored for it, or the value is not
 * JSON / not `{ v: 1, bySlug: {…} }`, which only the store can recover from) or `none`.
 */
export type StoredProgressPeek = "load" | "none";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Peeks at the raw stored value for the article `slug`. Never throws.
 * @example peekProgress('{"v":1,"bySlug":{"a":{…}}}', "a") // "load"
 */
export function peekProgress(
  raw: string | null,
  slug: string,
): StoredProgressPeek {
  if (raw === null) return "none";
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return "load";
  }
  if (!isRecord(value) || value.v !== 1 || !isRecord(value.bySlug))
    return "load";
  return Object.hasOwn(value.bySlug, slug) ? "load" : "none";
}

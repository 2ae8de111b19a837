/**
 * How far the reader got in each story, as data: validated parsing, bounded recording and the list status.
 * Pure: no React, no DOM, no storage (`progress-store.ts` does the I/O).
 */

/** Where the reader is in one story. */
export interface ArticleProgress {
  /** Id of the paragraph at the top of the screen when they last read (`p-…`). */
  paragraphId: string;
  /** Its position, from 0. */
  index: number;
  /** How many paragraphs the story had then. */
  count: number;
  /** Whether they have reached the last paragraph at least once. */
  finished: boolean;
  /** When this was recorded (ms since the epoch): the oldest entries go first when the cap is reached. */
  at: number;
}

/** Progress per article slug. */
export type ProgressMap = Readonly<Record<string, ArticleProgress>>;

/** What the list shows for a story (in words too, never by colour alone). */
export type ReadingStatus = "unread" | "in-progress" | "read";

// Defined with the peek, which the article's first paint uses without this module.
export { PROGRESS_KEY } from "./peek-progress";

/** At most this many stories are remembered; recording one more forgets the least recently read. */
export const MAX_PROGRESS_ENTRIES = 200;

const EMPTY: ProgressMap = Object.freeze({});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

function parseEntry(value: unknown): ArticleProgress | null {
  if (!isRecord(value)) return null;
  const { paragraphId, index, count, finished, at } = value;
  if (
    typeof paragraphId !== "string" ||
    !isCount(index) ||
    !isCount(count) ||
    index >= count ||
    typeof finished !== "boolean" ||
    typeof at !== "number" ||
    !Number.isFinite(at)
  )
    return null;
  return { paragraphId, index, count, finished, at };
}

/** Keeps the `MAX_PROGRESS_ENTRIES` most recent entries. */
function cap(entries: [string, ArticleProgress][]): ProgressMap {
  if (entries.length <= MAX_PROGRESS_ENTRIES)
    return Object.fromEntries(entries);
  return Object.fromEntries(
    [...entries]
      .sort(([, a], [, b]) => b.at - a.at)
      .slice(0, MAX_PROGRESS_ENTRIES),
  );
}

/**
 * Reads a stored value. Anything unreadable yields no progress; an invalid entry is dropped on its own and the
 * valid ones are kept (at most `MAX_PROGRESS_ENTRIES`). Never throws.
 * @example parseProgress('{"v":1,"bySlug":{}}') // {}
 */
export function parseProgress(raw: string | null): ProgressMap {
  if (raw === null) return EMPTY;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY;
  }
  if (!isRecord(value) || value.v !== 1 || !isRecord(value.bySlug))
    return EMPTY;
  const entries: [string, ArticleProgress][] = [];
  for (const [slug, entry] of Object.entries(value.bySlug)) {
    const parsed = parseEntry(entry);
    if (parsed) entries.push([slug, parsed]);
  }
  return cap(entries);
}

/** The stored form of `progress`, read back by `parseProgress`. */
export function serializeProgress(progress: ProgressMap): string {
  return JSON.stringify({ v: 1, bySlug: progress });
}

/** `progress` with `entry` recorded for `slug` (finished stays true once reached), capped in size. */
export function recordProgress(
  progress: ProgressMap,
  slug: string,
  entry: Omit<ArticleProgress, "finished">,
): ProgressMap {
  const finished =
    entry.index >= entry.count - 1 || (progress[slug]?.finished ?? false);
  const entries = Object.entries(progress).filter(([other]) => other !== slug);
  entries.push([slug, { ...entry, finished }]);
  return cap(entries);
}

/** Unread with no entry, read once the last paragraph was reached, in progress otherwise. */
export function getReadingStatus(
  entry: ArticleProgress | undefined,
): ReadingStatus {
  if (!entry) return "unread";
  return entry.finished ? "read" : "in-progress";
}

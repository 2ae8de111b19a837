/**
 * The reader's highlights as plain data: the stored shape, its validation, and the pure operations on it.
 * No React, no DOM, no storage.
 */
import { hashText } from "../content/hash-text";
import {
  DEFAULT_COLOR_NAMES,
  HIGHLIGHT_COLORS,
  type ColorNames,
  type HighlightColor,
} from "./highlight-colors";

export {
  DEFAULT_COLOR_NAMES,
  HIGHLIGHT_COLORS,
  type ColorNames,
  type HighlightColor,
} from "./highlight-colors";

/** W3C Web Annotation TextQuoteSelector: the highlighted text and a little context either side. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A highlight on one article, anchored by paragraph id plus a text quote (and a position hint). */
export interface Highlight {
  /** Derived from where it is (slug, paragraph, quote), so the same highlight imported twice is one. */
  id: string;
  slug: string;
  /** The article's title when highlighted, for lists and exports that show it without loading the article. */
  title: string;
  /** `paragraph` covers a whole paragraph; `text` a selection within one. */
  kind: "paragraph" | "text";
  paragraphId: string;
  quote: TextQuote;
  /** UTF-16 offsets into the paragraph text when highlighted: a hint, the quote is authoritative. */
  start: number;
  color: HighlightColor;
  note: string;
  /** ISO 8601. */
  createdAt: string;
}

/** Everything the reader keeps: highlights (any order) and the colour meanings. */
export interface HighlightState {
  highlights: readonly Highlight[];
  colorNames: Readonly<ColorNames>;
}

/** The state of a reader who has highlighted nothing. */
export const EMPTY_STATE: HighlightState = Object.freeze({
  highlights: Object.freeze([]),
  colorNames: DEFAULT_COLOR_NAMES,
});

/** What reading a stored value gave: the state, and whether anything in it could not be read. */
export interface ParsedState {
  state: HighlightState;
  /** True when the value (or part of it) was not a valid payload: the caller keeps a backup of it. */
  damaged: boolean;
}

const QUOTE_CONTEXT = 32;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isColor(value: unknown): value is HighlightColor {
  return (HIGHLIGHT_COLORS as readonly unknown[]).includes(value);
}

/** The id a highlight gets from where it is. */
export function getHighlightId(
  slug: string,
  paragraphId: string,
  quote: TextQuote,
): string {
  return `h-${hashText([slug, paragraphId, quote.prefix, quote.exact, quote.suffix].join("\u0000"))}`;
}

/**
 * The text-quote selector for `text.slice(start, end)`, with up to 32 characters of context either side.
 * @example getTextQuote("a big cat", 2, 5) // { exact: "big", prefix: "a ", suffix: " cat" }
 */
export function getTextQuote(
  text: string,
  start: number,
  end: number,
): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

/** Reads one stored highlight, or null when it is not one. */
export function parseHighlight(value: unknown): Highlight | null {
  if (!isRecord(value) || !isRecord(value.quote)) return null;
  const { id, slug, title, kind, paragraphId, start, color, note, createdAt } =
    value;
  const { exact, prefix, suffix } = value.quote;
  if (
    typeof id !== "string" ||
    typeof slug !== "string" ||
    typeof title !== "string" ||
    (kind !== "paragraph" && kind !== "text") ||
    typeof paragraphId !== "string" ||
    typeof exact !== "string" ||
    exact === "" ||
    typeof prefix !== "string" ||
    typeof suffix !== "string" ||
    typeof start !== "number" ||
    !Number.isSafeInteger(start) ||
    start < 0 ||
    !isColor(color) ||
    typeof note !== "string" ||
    typeof createdAt !== "string"
  )
    return null;
  return {
    id,
    slug,
    title,
    kind,
    paragraphId,
    quote: { exact, prefix, suffix },
    start,
    color,
    note,
    createdAt,
  };
}

function parseColorNames(value: unknown): ColorNames | null {
  if (!isRecord(value)) return null;
  const names = { ...DEFAULT_COLOR_NAMES };
  for (const color of HIGHLIGHT_COLORS) {
    const name = value[color];
    if (typeof name !== "string") return null;
    names[color] = name;
  }
  return names;
}

/**
 * Reads a stored value. Never throws: `null` is the empty state; anything unreadable keeps every highlight that
 * can be read and reports `damaged`, so that the caller can back the original up before replacing it.
 * @example parseState('{"v":1,"highlights":[],"colorNames":{...}}').damaged // false
 */
export function parseState(raw: string | null): ParsedState {
  if (raw === null) return { state: EMPTY_STATE, damaged: false };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { state: EMPTY_STATE, damaged: true };
  }
  if (!isRecord(value) || value.v !== 1 || !Array.isArray(value.highlights))
    return { state: EMPTY_STATE, damaged: true };
  const highlights = value.highlights.map(parseHighlight);
  const valid = highlights.filter((item) => item !== null);
  const colorNames = parseColorNames(value.colorNames);
  return {
    state: mergeHighlights(
      { highlights: [], colorNames: colorNames ?? DEFAULT_COLOR_NAMES },
      valid,
    ),
    damaged: colorNames === null || valid.length !== highlights.length,
  };
}

/** The stored form of `state` (`{ v: 1, highlights, colorNames }`), read back by {@link parseState}. */
export function serializeState(state: HighlightState): string {
  return JSON.stringify({
    v: 1,
    highlights: state.highlights,
    colorNames: state.colorNames,
  });
}

/**
 * Adds `incoming` highlights whose id is not in `state` yet; highlights already there win, so merging the same
 * set again changes nothing (merging is idempotent).
 */
export function mergeHighlights(
  state: HighlightState,
  incoming: readonly Highlight[],
): HighlightState {
  const ids = new Set(state.highlights.map((highlight) => highlight.id));
  const added: Highlight[] = [];
  for (const highlight of incoming) {
    if (ids.has(highlight.id)) continue;
    ids.add(highlight.id);
    added.push(highlight);
  }
  if (added.length === 0) return state;
  return { ...state, highlights: [...state.highlights, ...added] };
}

/** `state` without the highlight `id`. */
export function removeHighlight(
  state: HighlightState,
  id: string,
): HighlightState {
  return {
    ...state,
    highlights: state.highlights.filter((highlight) => highlight.id !== id),
  };
}

/** `state` with the highlight `id` changed by `patch` (colour or note). */
export function updateHighlight(
  state: HighlightState,
  id: string,
  patch: Partial<Pick<Highlight, "color" | "note">>,
): HighlightState {
  return {
    ...state,
    highlights: state.highlights.map((highlight) =>
      highlight.id === id ? { ...highlight, ...patch } : highlight,
    ),
  };
}

/** Highlights of one article, or of all, newest first. */
export function listHighlights(
  state: HighlightState,
  slug?: string,
): Highlight[] {
  return state.highlights
    .filter((highlight) => slug === undefined || highlight.slug === slug)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** What a new highlight needs; the id follows from it. */
export interface NewHighlight {
  slug: string;
  title: string;
  kind: Highlight["kind"];
  paragraphId: string;
  paragraphText: string;
  start: number;
  end: number;
  color: HighlightColor;
  createdAt: string;
}

/** A highlight over `paragraphText.slice(start, end)`. */
export function createHighlight(input: NewHighlight): Highlight {
  const quote = getTextQuote(input.paragraphText, input.start, input.end);
  return {
    id: getHighlightId(input.slug, input.paragraphId, quote),
    slug: input.slug,
    title: input.title,
    kind: input.kind,
    paragraphId: input.paragraphId,
    quote,
    start: input.start,
    color: input.color,
    note: "",
    createdAt: input.createdAt,
  };
}

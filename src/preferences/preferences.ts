/**
 * The reader's preferences as data: what can be chosen, the defaults, and the stored form. Pure: no React, no
 * DOM, no storage. The store (`preference-store.ts`) and the before-first-paint boot script
 * (`boot-script.ts`) both build on it.
 */

/** Every choice of each enumerated preference, in the order the panel offers them. */
export const PREFERENCE_CHOICES = {
  theme: ["system", "light", "dark", "sepia"],
  textSize: [1, 2, 3, 4, 5, 6],
  font: ["serif", "sans"],
  lineWidth: ["narrow", "medium", "wide"],
  lineSpacing: ["compact", "normal", "relaxed"],
} as const;

type Choices = typeof PREFERENCE_CHOICES;
/** The preferences that are applied to the page as `data-*` attributes on `<html>`. */
export type LayoutPreferenceName = keyof Choices;

export type Theme = Choices["theme"][number];
export type TextSize = Choices["textSize"][number];
export type ReadingFont = Choices["font"][number];
export type LineWidth = Choices["lineWidth"][number];
export type LineSpacing = Choices["lineSpacing"][number];

/** What the reader has chosen. A new preference gets a default here; its absence in storage yields the default. */
export interface Preferences {
  /** Whether quotes are highlighted in the reading view. */
  highlightQuotes: boolean;
  /** `system` follows `prefers-color-scheme`. */
  theme: Theme;
  /** A step from 1 (smallest) to 6; 3 is the site's own size. */
  textSize: TextSize;
  font: ReadingFont;
  lineWidth: LineWidth;
  lineSpacing: LineSpacing;
  /** Whether single-key shortcuts (j, k, ?, …) are on (WCAG 2.1.4 asks for a way to turn them off). */
  shortcuts: boolean;
}

/** The preferences a new reader gets, and what the prerendered HTML is rendered with. */
export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  highlightQuotes: true,
  theme: "system",
  textSize: 3,
  font: "serif",
  lineWidth: "medium",
  lineSpacing: "normal",
  shortcuts: true,
});

/** The localStorage key holding `{ v: 2, ...Preferences }` (version 1 held `highlightQuotes` only). */
export const PREFERENCES_KEY = "broadsheet:prefs";

/** The version `serializePreferences` writes. */
export const PREFERENCES_VERSION = 2;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pickChoice<T>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

function pickBoolean(value: unknown, fallback: boolean): boolean {
  return typeof value === "boolean" ? value : fallback;
}

/**
 * Reads a stored value, migrating version 1. Anything that is not a version 1 or 2 payload yields the defaults;
 * a field missing or out of range is defaulted on its own and the other fields are kept. Never throws.
 * @example parsePreferences('{"v":1,"highlightQuotes":false}') // defaults with highlightQuotes: false
 */
export function parsePreferences(raw: string | null): Preferences {
  const defaults = DEFAULT_PREFERENCES;
  if (raw === null) return { ...defaults };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ...defaults };
  }
  if (!isRecord(value) || (value.v !== 1 && value.v !== 2))
    return { ...defaults };
  const highlightQuotes = pickBoolean(
    value.highlightQuotes,
    defaults.highlightQuotes,
  );
  // Version 1 knew only highlightQuotes: everything else starts from the defaults.
  if (value.v === 1) return { ...defaults, highlightQuotes };
  const choices = PREFERENCE_CHOICES;
  return {
    highlightQuotes,
    theme: pickChoice(choices.theme, value.theme, defaults.theme),
    textSize: pickChoice(choices.textSize, value.textSize, defaults.textSize),
    font: pickChoice(choices.font, value.font, defaults.font),
    lineWidth: pickChoice(
      choices.lineWidth,
      value.lineWidth,
      defaults.lineWidth,
    ),
    lineSpacing: pickChoice(
      choices.lineSpacing,
      value.lineSpacing,
      defaults.lineSpacing,
    ),
    shortcuts: pickBoolean(value.shortcuts, defaults.shortcuts),
  };
}

/** The stored form of `preferences`, read back by `parsePreferences`. */
export function serializePreferences(preferences: Preferences): string {
  const { highlightQuotes, theme, textSize, font, lineWidth, lineSpacing } =
    preferences;
  return JSON.stringify({
    v: PREFERENCES_VERSION,
    ...{ highlightQuotes, theme, textSize, font, lineWidth, lineSpacing },
    shortcuts: preferences.shortcuts,
  });
}

/** `lineWidth` → `data-line-width`. */
export function toDataAttribute(name: LayoutPreferenceName): string {
  return `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * The `data-*` attributes on `<html>` that apply `preferences` (CSS does the rest); null means "remove it".
 * The `system` theme is the absence of `data-theme`, so that `prefers-color-scheme` decides.
 */
export function getPreferenceAttributes(
  preferences: Preferences,
): Record<string, string | null> {
  const attributes: Record<string, string | null> = {};
  for (const name of Object.keys(
    PREFERENCE_CHOICES,
  ) as LayoutPreferenceName[]) {
    const value = String(preferences[name]);
    attributes[toDataAttribute(name)] = value === "system" ? null : value;
  }
  return attributes;
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PREFERENCES,
  getPreferenceAttributes,
  parsePreferences,
  PREFERENCE_CHOICES,
  serializePreferences,
  type Preferences,
} from "./preferences";

/** Any valid set of preferences. */
const preferencesArbitrary: fc.Arbitrary<Preferences> = fc.record({
  highlightQuotes: fc.boolean(),
  theme: fc.constantFrom(...PREFERENCE_CHOICES.theme),
  textSize: fc.constantFrom(...PREFERENCE_CHOICES.textSize),
  font: fc.constantFrom(...PREFERENCE_CHOICES.font),
  lineWidth: fc.constantFrom(...PREFERENCE_CHOICES.lineWidth),
  lineSpacing: fc.constantFrom(...PREFERENCE_CHOICES.lineSpacing),
  shortcuts: fc.boolean(),
});

function isValid(preferences: Preferences): boolean {
  const choices = PREFERENCE_CHOICES;
  return (
    typeof preferences.highlightQuotes === "boolean" &&
    typeof preferences.shortcuts === "boolean" &&
    (choices.theme as readonly unknown[]).includes(preferences.theme) &&
    (choices.textSize as readonly unknown[]).includes(preferences.textSize) &&
    (choices.font as readonly unknown[]).includes(preferences.font) &&
    (choices.lineWidth as readonly unknown[]).includes(preferences.lineWidth) &&
    (choices.lineSpacing as readonly unknown[]).includes(
      preferences.lineSpacing,
    )
  );
}

describe("parsePreferences", () => {
  it("returns the defaults when nothing is stored", () => {
    expect(parsePreferences(null)).toEqual(DEFAULT_PREFERENCES);
  });

  it("migrates a version 1 payload, keeping its choice and defaulting the rest", () => {
    expect(parsePreferences('{"v":1,"highlightQuotes":false}')).toEqual({
      ...DEFAULT_PREFERENCES,
      highlightQuotes: false,
    });
  });

  it("keeps the valid fields of a version 2 payload and defaults the others one by one", () => {
    expect(
      parsePreferences(
        '{"v":2,"theme":"sepia","textSize":"5","font":"sans","lineWidth":"huge","shortcuts":false}',
      ),
    ).toEqual({
      ...DEFAULT_PREFERENCES,
      theme: "sepia",
      font: "sans",
      shortcuts: false,
    });
  });

  it.each([
    ["invalid JSON", "{not json"],
    ["an unknown version", '{"v":3,"theme":"dark"}'],
    ["no version", '{"theme":"dark"}'],
    ["an array", '[{"v":2,"theme":"dark"}]'],
    ["null", "null"],
    ["a string", '"dark"'],
  ])("returns the defaults for %s", (_name, raw) => {
    expect(parsePreferences(raw)).toEqual(DEFAULT_PREFERENCES);
  });

  it("never throws and always yields valid preferences, whatever is stored", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .dictionary(fc.string(), fc.jsonValue())
            .map((fields) => JSON.stringify({ ...fields, v: 2 })),
        ),
        (raw) => {
          expect(isValid(parsePreferences(raw))).toBe(true);
        },
      ),
    );
  });

  it("reads back what serializePreferences wrote", () => {
    fc.assert(
      fc.property(preferencesArbitrary, (preferences) => {
        expect(parsePreferences(serializePreferences(preferences))).toEqual(
          preferences,
        );
      }),
    );
  });
});

describe("getPreferenceAttributes", () => {
  it("maps each layout preference to a data attribute, and the system theme to none", () => {
    expect(getPreferenceAttributes(DEFAULT_PREFERENCES)).toEqual({
      "data-theme": null,
      "data-text-size": "3",
      "data-font": "serif",
      "data-line-width": "medium",
      "data-line-spacing": "normal",
    });
    expect(
      getPreferenceAttributes({ ...DEFAULT_PREFERENCES, theme: "dark" })[
        "data-theme"
      ],
    ).toBe("dark");
  });
});

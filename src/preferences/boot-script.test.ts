import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { applyPreferences } from "./apply-preferences";
import { BOOT_SCRIPT } from "./boot-script";
import {
  DEFAULT_PREFERENCES,
  getPreferenceAttributes,
  parsePreferences,
  PREFERENCE_CHOICES,
  PREFERENCES_KEY,
  serializePreferences,
} from "./preferences";

const root = document.documentElement;
const ATTRIBUTES = Object.keys(getPreferenceAttributes(DEFAULT_PREFERENCES));

function clearAttributes(): void {
  for (const name of ATTRIBUTES) root.removeAttribute(name);
}

/** Runs the boot script as the page would, over `raw` in storage, and returns what it set on `<html>`. */
function boot(raw: string | null): Record<string, string | null> {
  clearAttributes();
  localStorage.clear();
  if (raw !== null) localStorage.setItem(PREFERENCES_KEY, raw);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the exact inline script is the point
  const run = new Function(BOOT_SCRIPT) as () => void;
  run();
  return Object.fromEntries(
    ATTRIBUTES.map((name) => [name, root.getAttribute(name)]),
  );
}

/** What the app applies for `raw`, with attributes equal to the CSS defaults counted as absent. */
function appAttributes(raw: string | null): Record<string, string | null> {
  const defaults = getPreferenceAttributes(DEFAULT_PREFERENCES);
  return Object.fromEntries(
    Object.entries(getPreferenceAttributes(parsePreferences(raw))).map(
      ([name, value]) => [name, value === defaults[name] ? null : value],
    ),
  );
}

function withoutDefaults(
  attributes: Record<string, string | null>,
): Record<string, string | null> {
  const defaults = getPreferenceAttributes(DEFAULT_PREFERENCES);
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [
      name,
      value === defaults[name] ? null : value,
    ]),
  );
}

// Stored payloads close to valid ones: each field a valid choice, a near miss ("3" for 3) or junk.
const fieldArbitrary = (choices: readonly (string | number)[]) =>
  fc.oneof(
    fc.constantFrom(...choices),
    fc.constantFrom(...choices).map(String),
    fc.constantFrom(...choices).map((choice) => [choice]),
    fc.jsonValue(),
  );
const nearPayload = fc
  .record({
    v: fc.constantFrom(1, 2, "2", 3),
    theme: fieldArbitrary(PREFERENCE_CHOICES.theme),
    textSize: fieldArbitrary(PREFERENCE_CHOICES.textSize),
    font: fieldArbitrary(PREFERENCE_CHOICES.font),
    lineWidth: fieldArbitrary(PREFERENCE_CHOICES.lineWidth),
    lineSpacing: fieldArbitrary(PREFERENCE_CHOICES.lineSpacing),
  })
  .map((payload) => JSON.stringify(payload));

/** The boot script's value, run as the page's head script runs it: truthy when the page must load its rules. */
function bootValue(): unknown {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the exact inline script is the point
  const run = new Function(`return ${BOOT_SCRIPT}`) as () => unknown;
  return run();
}

afterEach(() => {
  clearAttributes();
  vi.restoreAllMocks();
});

// Vitest replaces imported .css files with empty modules: read the app's stylesheets from disk (`src/` has no Node
// types, STYLE.md §7, hence the narrow local type).
interface NodeFs {
  readdirSync: (path: string, options: { recursive: true }) => string[];
  readFileSync: (path: string, encoding: "utf8") => string;
}
const { process } = globalThis as unknown as {
  process: { cwd: () => string; getBuiltinModule: (id: "node:fs") => NodeFs };
};
const fs = process.getBuiltinModule("node:fs");
// Vitest runs from the project's folder (package.json's scripts).
const sourceDir = `${process.cwd()}/src/`;
const appCss = fs
  .readdirSync(sourceDir, { recursive: true })
  .filter((file) => file.endsWith(".css"))
  .map((file) => fs.readFileSync(`${sourceDir}${file}`, "utf8"))
  .join("\n");
// The attribute values that rules of a stored preference match (`:root[data-theme="dark"]`): the rules the
// first-paint CSS leaves out (tooling/critical-css.ts, `needsStoredPreference`), for the full stylesheet to bring.
const RULED = new Set(
  Array.from(
    appCss.matchAll(/:root\[(data-[\w-]+)="?([^"\]]+)"?\]/g),
    ([, name = "", value = ""]) => `${name}=${value}`,
  ),
);

describe("BOOT_SCRIPT", () => {
  it("stays small enough to inline in every page", () => {
    expect(new TextEncoder().encode(BOOT_SCRIPT).length).toBeLessThanOrEqual(
      600,
    );
  });

  it("applies stored preferences to <html>", () => {
    const raw = serializePreferences({
      ...DEFAULT_PREFERENCES,
      theme: "dark",
      textSize: 6,
      lineWidth: "wide",
    });
    expect(boot(raw)).toMatchObject({
      "data-theme": "dark",
      "data-text-size": "6",
      "data-line-width": "wide",
    });
  });

  it("applies exactly what the app applies, for any stored string", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json(), nearPayload, fc.constant(null)),
        (raw) => {
          expect(withoutDefaults(boot(raw))).toEqual(appAttributes(raw));
        },
      ),
    );
  });

  it("agrees with applyPreferences once the app takes over", () => {
    const raw = serializePreferences({
      ...DEFAULT_PREFERENCES,
      theme: "sepia",
      font: "sans",
    });
    const booted = withoutDefaults(boot(raw));
    applyPreferences(root, parsePreferences(raw));
    expect(
      withoutDefaults(
        Object.fromEntries(
          ATTRIBUTES.map((name) => [name, root.getAttribute(name)]),
        ),
      ),
    ).toEqual(booted);
  });

  it("is truthy exactly when it set an attribute some rule matches (not a default, not light), so that the page loads those rules", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json(), nearPayload, fc.constant(null)),
        (raw) => {
          clearAttributes();
          localStorage.clear();
          if (raw !== null) localStorage.setItem(PREFERENCES_KEY, raw);
          const value = bootValue();
          const styled = ATTRIBUTES.some((name) =>
            RULED.has(`${name}=${String(root.getAttribute(name))}`),
          );
          expect(Boolean(value)).toBe(styled);
        },
      ),
    );
  });

  it("is truthy for each single stored choice exactly when a rule of the app's stylesheets matches it", () => {
    // The stylesheets were read: the explicit dark theme has rules, the light one has none.
    expect(RULED).toContain("data-theme=dark");
    expect(RULED).not.toContain("data-theme=light");
    for (const [key, choices] of Object.entries(PREFERENCE_CHOICES))
      for (const choice of choices as readonly unknown[]) {
        clearAttributes();
        localStorage.setItem(
          PREFERENCES_KEY,
          serializePreferences({ ...DEFAULT_PREFERENCES, [key]: choice }),
        );
        const value = bootValue();
        const ruled = ATTRIBUTES.some((name) =>
          RULED.has(`${name}=${String(root.getAttribute(name))}`),
        );
        expect({ key, choice, truthy: Boolean(value) }).toEqual({
          key,
          choice,
          truthy: ruled,
        });
      }
  });

  it("needs no stylesheet for a reader whose stored choices are all plain", () => {
    localStorage.setItem(
      PREFERENCES_KEY,
      serializePreferences({
        ...DEFAULT_PREFERENCES,
        theme: "light",
        highlightQuotes: false,
        shortcuts: false,
      }),
    );
    expect(bootValue()).toBeFalsy();
    expect(root.getAttribute("data-theme")).toBe("light");
  });

  it("does not throw when storage itself throws", () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    expect(() => boot(null)).not.toThrow();
    expect(root.hasAttribute("data-theme")).toBe(false);
  });
});

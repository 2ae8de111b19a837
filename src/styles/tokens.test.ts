import { describe, expect, it } from "vitest";

// Vitest replaces every imported .css file with an empty module (even `?raw`) unless `test.css` includes it, so
// the test reads the file from disk. `src/` has no Node types (STYLE.md §7), hence the narrow local type.
interface NodeFs {
  readFileSync: (path: URL, encoding: "utf8") => string;
}
const { process } = globalThis as unknown as {
  process: { getBuiltinModule: (id: "node:fs") => NodeFs };
};
const testFileUrl = import.meta.url;
const tokensCss = process
  .getBuiltinModule("node:fs")
  .readFileSync(new URL("tokens.css", testFileUrl), "utf8");

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function readBlock(selector: string): Map<string, string> {
  const start = tokensCss.indexOf(`${selector} {`);
  if (start === -1) throw new Error(`No rule for ${selector} in tokens.css`);
  const body = tokensCss.slice(start, tokensCss.indexOf("}", start));
  return new Map(
    [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(
      ([, name = "", value = ""]) => [name, value],
    ),
  );
}

function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a 6-digit hex colour: ${hex}`);
  const [r = 0, g = 0, b = 0] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.04045
      ? channel / 12.92
      : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort(
    (x, y) => y - x,
  );
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const TEXT = 4.5; // WCAG 1.4.3, normal text
const NON_TEXT = 3; // WCAG 1.4.11, UI components and graphical objects (underlines, focus ring, borders)

// [foreground, background, minimum ratio]
const PAIRS: [string, string, number][] = [
  ["--color-text", "--color-bg", TEXT],
  ["--color-text", "--color-surface", TEXT],
  ["--color-text-muted", "--color-bg", TEXT],
  ["--color-text-muted", "--color-surface", TEXT],
  ["--color-link", "--color-bg", TEXT],
  ["--color-link", "--color-surface", TEXT],
  ["--color-link", "--color-target-bg", TEXT],
  ["--color-text", "--color-speech-bg", TEXT],
  ["--color-speaker", "--color-surface", TEXT],
  ["--color-text", "--color-target-bg", TEXT],
  ["--color-text", "--color-hl-yellow", TEXT],
  ["--color-text", "--color-hl-green", TEXT],
  ["--color-text", "--color-hl-blue", TEXT],
  ["--color-text", "--color-hl-pink", TEXT],
  ["--color-speaker", "--color-bg", TEXT],
  ["--color-on-pressed", "--color-pressed-bg", TEXT],
  ["--color-speech-line", "--color-speech-bg", NON_TEXT],
  ["--color-speech-line", "--color-bg", NON_TEXT],
  ["--color-term-line", "--color-bg", NON_TEXT],
  ["--color-focus", "--color-bg", NON_TEXT],
  ["--color-focus", "--color-surface", NON_TEXT],
  ["--color-focus", "--color-speech-bg", NON_TEXT],
  ["--color-border", "--color-bg", NON_TEXT],
  ["--color-pressed-bg", "--color-bg", NON_TEXT],
];

const light = readBlock(":root");
const dark = readBlock(':root[data-theme="dark"]');
const sepia = readBlock(':root[data-theme="sepia"]');
const systemDark = readBlock(":root:not([data-theme])");
const THEMES: [string, Map<string, string>][] = [
  ["light", light],
  ["dark", dark],
  ["sepia", sepia],
];

describe("tokens.css", () => {
  it("gives the system dark theme exactly the colours of the explicit dark theme", () => {
    expect(Object.fromEntries(systemDark)).toEqual(Object.fromEntries(dark));
  });

  it.each([
    ["dark", dark],
    ["sepia", sepia],
  ])("sets every colour of the light theme in the %s theme", (_name, theme) => {
    const colours = [...light.keys()].filter((name) =>
      name.startsWith("--color-"),
    );
    expect([...theme.keys()].sort()).toEqual(colours.sort());
  });

  describe.each(THEMES)("the %s theme", (_theme, colours) => {
    it.each(PAIRS)(
      "gives %s on %s a contrast of at least %d:1",
      (foreground, background, minimum) => {
        expect(
          contrast(
            colours.get(foreground) ?? "",
            colours.get(background) ?? "",
          ),
        ).toBeGreaterThanOrEqual(minimum);
      },
    );
  });
});

// Highlight backgrounds: the quote highlight, plus the reader's own highlight colours (issue 4), which are named
// `--color-highlight-*`. Whatever set of them exists, each carries body text and links at AA in every theme.
const highlightColours = [
  "--color-speech-bg",
  ...[...light.keys()].filter((name) => name.startsWith("--color-highlight-")),
];

describe.each(THEMES)(
  "highlight colours in the %s theme",
  (_theme, colours) => {
    it.each(
      highlightColours.flatMap((name) => [
        ["--color-text", name, TEXT] as const,
        ["--color-link", name, TEXT] as const,
        ["--color-focus", name, NON_TEXT] as const,
      ]),
    )(
      "give %s on %s a contrast of at least %d:1",
      (foreground, background, minimum) => {
        expect(
          contrast(
            colours.get(foreground) ?? "",
            colours.get(background) ?? "",
          ),
        ).toBeGreaterThanOrEqual(minimum);
      },
    );
  },
);

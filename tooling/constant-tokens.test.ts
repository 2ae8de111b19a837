import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "@fast-check/vitest";
import fc from "fast-check";
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import {
  collectConstantTokens,
  findConstantTokens,
  inlineConstantTokens,
  replaceVarReferences,
} from "./constant-tokens";

const TOKENS = `:root{color-scheme:light;--space-2:0.5rem;--radius:0.25rem;--color-bg:#fff;--measure:65ch;--scale:1;--size:calc(1rem * var(--scale))}
:root[data-theme="dark"]{--color-bg:#000}
:root[data-line-width="wide"]{--measure:80ch}
:root[data-text-size="1"]{--scale:.875}`;

const run = (
  css: string,
  tokens: ReadonlyMap<string, string>,
): Promise<string> =>
  postcss([inlineConstantTokens(tokens)])
    .process(css, { from: undefined })
    .then((result) => result.css);

describe("findConstantTokens", () => {
  it("keeps only the tokens declared once at :root that no theme, preference or script changes", () => {
    expect(
      findConstantTokens([
        TOKENS,
        "._a{margin:var(--space-2);border-radius:var(--radius)}",
      ]),
    ).toEqual(
      new Map([
        ["--space-2", "0.5rem"],
        ["--radius", "0.25rem"],
      ]),
    );
  });

  it("leaves a token redefined in a media query, in a module, set !important, or named by a script", () => {
    const constants = findConstantTokens(
      [
        ":root{--a:1px;--b:2px;--c:3px;--d:4px;--e:5px}",
        "@media (min-width: 40em){:root{--a:2px}}",
        "._x{--b:0}",
        ":root{--c:3px !important}",
      ],
      ['element.style.setProperty("--d", "8px")'],
    );
    expect([...constants.keys()]).toEqual(["--e"]);
  });

  it("leaves a token declared in a :root rule inside an at-rule, or with a longer selector", () => {
    expect(
      findConstantTokens([
        "@supports (display:grid){:root{--a:1px}} :root, .x{--b:1px} html{--c:1px}",
      ]).size,
    ).toBe(0);
  });

  it("leaves a long value used often, where one declaration is cheaper than writing it out", () => {
    const stack = "system-ui, -apple-system, Roboto, Arial, sans-serif";
    const uses = Array.from(
      { length: 5 },
      (_, i) => `._${String(i)}{font-family:var(--font)}`,
    );
    expect(findConstantTokens([`:root{--font:${stack}}`, ...uses]).size).toBe(
      0,
    );
    expect(
      findConstantTokens([
        `:root{--font:${stack}}`,
        "._a{font-family:var(--font)}",
      ]),
    ).toEqual(new Map([["--font", stack]]));
  });
});

describe("inlineConstantTokens", () => {
  const constants = findConstantTokens([TOKENS]);

  it("writes each constant token's value where it is used and drops its declaration", async () => {
    expect(await run(TOKENS, constants)).toBe(
      `:root{color-scheme:light;--color-bg:#fff;--measure:65ch;--scale:1;--size:calc(1rem * var(--scale))}
:root[data-theme="dark"]{--color-bg:#000}
:root[data-line-width="wide"]{--measure:80ch}
:root[data-text-size="1"]{--scale:.875}`,
    );
    expect(
      await run(
        "._a{margin:calc(-1 * var( --space-2 )) var(--radius, 1px);color:var(--color-bg, var(--space-2));max-width:var(--measure)}",
        constants,
      ),
    ).toBe(
      "._a{margin:calc(-1 * 0.5rem) 0.25rem;color:var(--color-bg, 0.5rem);max-width:var(--measure)}",
    );
  });

  it("drops a rule left empty and leaves text that only looks like a reference", async () => {
    const tokens = new Map([["--a", "1px"]]);
    expect(await run(":root{--a:1px}._b{width:var(--a)}", tokens)).toBe(
      "._b{width:1px}",
    );
    const css = '._b{content:"var(--a)";grid-area:myvar(--a)}';
    expect(await run(css, tokens)).toBe(css);
  });
});

describe("replaceVarReferences", () => {
  it("replaces a whole reference, fallback included, and looks into the fallback of one it keeps", () => {
    const tokens = new Map([["--a", "1px"]]);
    const replace = (value: string): string =>
      replaceVarReferences(value, (name) => tokens.get(name));
    expect(replace("var(--a, calc(2px + var(--b)))")).toBe("1px");
    expect(replace("var(--b, calc(2px + var(--a)))")).toBe(
      "var(--b, calc(2px + 1px))",
    );
    expect(replace('var(--b, ")") var(--a)')).toBe('var(--b, ")") 1px');
    expect(replace("calc(var(--a) * 2")).toBe("calc(1px * 2");
    expect(replace("var(--a")).toBe("var(--a");
  });

  const name = fc.constantFrom("--a", "--b", "--c", "--space-2");
  const value: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small" },
      fc.constantFrom(
        "1px",
        "0",
        "red",
        '"a)b"',
        "'var(--a)'",
        '"x var(--b, 1px)"',
        "calc(1px + 2px)",
      ),
      fc
        .tuple(name, fc.option(tie("value"), { nil: undefined }))
        .map(([token, fallback]) =>
          fallback === undefined
            ? `var(${token})`
            : `var(${token}, ${fallback})`,
        ),
      fc
        .array(tie("value"), { minLength: 2, maxLength: 3 })
        .map((parts) => parts.join(" ")),
    ),
  })).value;

  test.prop([value])("keeps a value whole when nothing is replaced", (css) => {
    expect(replaceVarReferences(css, () => undefined)).toBe(css);
  });

  test.prop([value, fc.dictionary(name, fc.constantFrom("1px", "2em", "0"))])(
    "leaves no reference to a replaced token outside strings, alters no string, and is done in one pass",
    (css, table) => {
      const out = replaceVarReferences(css, (token) => table[token]);
      const outside = out.replace(/"[^"]*"|'[^']*'/g, "");
      for (const token of Object.keys(table))
        expect(outside).not.toMatch(new RegExp(`var\\(${token}[,)]`));
      const strings = (text: string): string[] =>
        text.match(/"[^"]*"|'[^']*'/g) ?? [];
      for (const string of strings(out)) expect(strings(css)).toContain(string);
      expect(replaceVarReferences(out, (token) => table[token])).toBe(out);
    },
  );
});

describe("collectConstantTokens", () => {
  it("reads every stylesheet under a folder, and its scripts except tests", async () => {
    const dir = await mkdtemp(join(tmpdir(), "broadsheet-tokens-"));
    try {
      await mkdir(join(dir, "ui"));
      await writeFile(
        join(dir, "tokens.css"),
        ":root{--a:1px;--b:2px;--c:3px}",
      );
      await writeFile(join(dir, "ui", "x.module.css"), "._x{--b:0}");
      await writeFile(
        join(dir, "ui", "x.tsx"),
        'export const style = { "--c": "1px" };',
      );
      await writeFile(
        join(dir, "ui", "x.test.tsx"),
        'getComputedStyle(document.body).getPropertyValue("--a");',
      );
      expect(await collectConstantTokens(dir)).toEqual(
        new Map([["--a", "1px"]]),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

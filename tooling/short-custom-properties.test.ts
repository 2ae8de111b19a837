import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import {
  collectCustomProperties,
  shortCustomProperties,
} from "./short-custom-properties";

const NAMES = ["--color-bg", "--color-text-muted", "--space-4"];

const run = (css: string, names: readonly string[] = NAMES): Promise<string> =>
  postcss([shortCustomProperties(names)])
    .process(css, { from: undefined })
    .then((result) => result.css);

describe("shortCustomProperties", () => {
  it("renames a token where it is declared and wherever it is used, fallbacks included", async () => {
    expect(
      await run(
        ":root{--color-text-muted:#555;--space-4:1rem}p{color:var(--color-text-muted);margin:calc(-1 * var( --space-4 )) var(--color-bg, var(--space-4))}",
      ),
    ).toBe(
      ":root{--b:#555;--c:1rem}p{color:var(--b);margin:calc(-1 * var(--c )) var(--a, var(--c))}",
    );
  });

  it("gives a name the same short form in every stylesheet", async () => {
    expect(await run(":root{--color-bg:#fff}")).toBe(":root{--a:#fff}");
    expect(await run("._a{background:var(--color-bg)}")).toBe(
      "._a{background:var(--a)}",
    );
  });

  it("keeps a name the list lacks, and everything that is not a custom property", async () => {
    const css =
      '._a{content:"--color-bg";margin:0 -1px;color:var(--elsewhere)}';
    expect(await run(css)).toBe(css);
  });

  it("runs out of single letters into two, never repeating a name", async () => {
    const names = Array.from(
      { length: 60 },
      (_, index) => `--t${String(index)}`,
    );
    const css = names.map((name) => `${name}:0;`).join("");
    const renamed = await run(`:root{${css}}`, names);
    const shorts = [...renamed.matchAll(/(--[a-z]+):0/g)].map(([, n]) => n);
    expect(new Set(shorts).size).toBe(60);
    expect(shorts.slice(0, 2)).toEqual(["--a", "--b"]);
    expect(shorts[26]).toBe("--ba");
  });
});

describe("collectCustomProperties", () => {
  it("lists the custom properties of every stylesheet under a folder, sorted, once each", async () => {
    const dir = await mkdtemp(join(tmpdir(), "broadsheet-css-"));
    try {
      await mkdir(join(dir, "ui"));
      await writeFile(
        join(dir, "tokens.css"),
        ":root{--space-4:1rem;--color-bg:#fff}",
      );
      await writeFile(
        join(dir, "ui", "a.module.css"),
        "._a{margin:var(--space-4)}",
      );
      await writeFile(join(dir, "ui", "a.tsx"), "const x = '--not-css';");
      expect(await collectCustomProperties(dir)).toEqual([
        "--color-bg",
        "--space-4",
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

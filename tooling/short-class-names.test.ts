import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClassInventory } from "./short-class-names";
import {
  collectClassNames,
  createShortClassNames,
  scanStylesheet,
  shortClassName,
} from "./short-class-names";

/** A CSS identifier of 1–3 characters that is the same whatever a browser's case rules (quirks mode). */
const SHORT = /^[a-z][a-z0-9]{0,2}$/;
const HASHED = /^_[0-9a-z]{5}$/;
const CAPACITY = 26 + 26 * 36 + 26 * 36 * 36;

const inventory = (
  modules: ClassInventory["modules"],
  globals: string[] = [],
): ClassInventory => ({ modules, globals });

describe("shortClassName", () => {
  it("counts a … z, then two characters, then three, then runs out", () => {
    expect([0, 1, 25, 26, 27, 61].map(shortClassName)).toEqual([
      "a",
      "b",
      "z",
      "aa",
      "ab",
      "a9",
    ]);
    expect(shortClassName(26 + 26 * 36)).toBe("aaa");
    expect(shortClassName(CAPACITY - 1)).toBe("z99");
    expect(shortClassName(CAPACITY)).toBeUndefined();
  });

  test.prop([
    fc.uniqueArray(fc.integer({ min: 0, max: CAPACITY - 1 }), {
      minLength: 1,
      maxLength: 300,
    }),
  ])("gives distinct indices distinct valid short names", (indices) => {
    const names = indices.map(shortClassName);
    for (const name of names) expect(name).toMatch(SHORT);
    expect(new Set(names).size).toBe(indices.length);
  });
});

describe("createShortClassNames", () => {
  const modules = [
    ["src/ui/a.module.css", "text"],
    ["src/ui/a.module.css", "title"],
    ["src/ui/b.module.css", "title"],
  ] as const;

  it("names the listed classes a, b, c … in the list's order, the same under any project root", () => {
    const here = createShortClassNames("/project", inventory(modules));
    const there = createShortClassNames("/elsewhere", inventory(modules));
    expect([
      here("text", "/project/src/ui/a.module.css"),
      here("title", "/project/src/ui/a.module.css"),
      here("title", "/project/src/ui/b.module.css"),
    ]).toEqual(["a", "b", "c"]);
    expect(there("title", "/elsewhere/src/ui/b.module.css")).toBe("c");
  });

  it("ignores Vite's query suffix on the module's path", () => {
    const name = createShortClassNames("/p", inventory(modules));
    expect(name("title", "/p/src/ui/b.module.css?used")).toBe("c");
  });

  it("gives a class the list lacks a unique hashed name, the same on every build", () => {
    const name = createShortClassNames("/p", inventory(modules));
    const added = name("fresh", "/p/src/ui/new.module.css");
    expect(added).toMatch(HASHED);
    expect(
      createShortClassNames("/q")("fresh", "/q/src/ui/new.module.css"),
    ).toBe(added);
    expect(name("fresh", "/p/src/ui/other.module.css")).not.toBe(added);
  });

  it("skips a global class's name and names ad blockers hide", () => {
    const many = Array.from(
      { length: 40 },
      (_, index) =>
        ["src/m.module.css", `c${String(index).padStart(2, "0")}`] as const,
    );
    const name = createShortClassNames("/p", inventory(many, ["b"]));
    const names = many.map(([file, local]) => name(local, `/p/${file}`));
    expect(names.slice(0, 3)).toEqual(["a", "c", "d"]);
    expect(names).not.toContain("b");
    expect(names.filter((short) => short.startsWith("ad"))).toEqual([]);
    expect(names).toContain("ae");
  });

  it("fails the build when a hashed name would take a global class's name", () => {
    const name = createShortClassNames("/p");
    const hashed = name("fresh", "/p/src/x.module.css");
    const guarded = createShortClassNames("/p", inventory([], [hashed]));
    expect(() => guarded("fresh", "/p/src/x.module.css")).toThrow(
      `the global class .${hashed} and src/x.module.css:fresh both shorten to ${hashed}`,
    );
  });

  const pair = fc.tuple(
    fc.constantFrom(
      "src/a.module.css",
      "src/ui/b.module.css",
      "src/c.module.css",
    ),
    fc.stringMatching(/^[A-Za-z_][\w-]{0,11}$/),
  );

  test.prop([
    fc.uniqueArray(pair, {
      minLength: 1,
      maxLength: 200,
      selector: ([file, local]) => `${file}:${local}`,
    }),
    fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,2}$/), {
      maxLength: 30,
    }),
    fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  ])(
    "gives every listed class its own valid short name that is no global class, whatever order the builds ask in",
    (pairs, globals, seed) => {
      const list = inventory(pairs, globals);
      const first = createShortClassNames("/p", list);
      const names = pairs.map(([file, local]) => first(local, `/p/${file}`));
      for (const name of names) expect(name).toMatch(SHORT);
      expect(new Set(names).size).toBe(pairs.length);
      for (const global of globals) expect(names).not.toContain(global);

      // The server build asks for the same classes in another order: each keeps its name.
      const shuffled =
        fc.sample(fc.shuffledSubarray(pairs, { minLength: pairs.length }), {
          seed,
          numRuns: 1,
        })[0] ?? pairs;
      const second = createShortClassNames("/other", list);
      for (const [file, local] of shuffled)
        expect(second(local, `/other/${file}`)).toBe(
          names[pairs.findIndex(([f, l]) => f === file && l === local)],
        );
    },
  );

  test.prop([
    fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), {
      minLength: 2,
      maxLength: 200,
    }),
  ])(
    "never gives two unlisted classes the same name (or fails loudly)",
    (locals) => {
      const name = createShortClassNames("/p");
      const owners = new Map<string, string>();
      let outcome = "distinct";
      try {
        for (const local of locals) {
          const short = name(local, "/p/src/x.module.css");
          if ((owners.get(short) ?? local) !== local) outcome = "shared";
          owners.set(short, local);
        }
      } catch (error) {
        outcome = String(error).includes("both shorten to")
          ? "refused"
          : String(error);
      }
      expect(["distinct", "refused"]).toContain(outcome);
    },
  );
});

describe("scanStylesheet", () => {
  it("finds a module's classes wherever a selector names them, its ids and keyframes, and its :global classes apart", () => {
    const scan = scanStylesheet(
      `.a{color:red}
       :global(.visually-hidden) .b:not(.c:is(.d)), :global(p:focus-within) .e {margin:0}
       .f{ &.g{} }
       @media (min-width: 30em) { .h{} }
       #i{}
       @keyframes arrive { from { opacity: 0 } }
       .j{animation: arrive 1s}
       .esc\\:aped{}`,
      "src/x.module.css",
      true,
    );
    expect(scan.locals.sort()).toEqual(
      [
        "a",
        "arrive",
        "b",
        "c",
        "d",
        "e",
        "esc:aped",
        "f",
        "g",
        "h",
        "i",
        "j",
      ].sort(),
    );
    expect(scan.globals).toEqual(["visually-hidden"]);
  });

  it("counts every class of a plain stylesheet as global", () => {
    expect(
      scanStylesheet(
        ".visually-hidden{position:absolute} a:not(.plain):hover{color:red}",
        "src/styles/base.css",
        false,
      ),
    ).toEqual({ locals: [], globals: ["visually-hidden", "plain"] });
  });

  it("refuses CSS that does not parse, naming the file and place", () => {
    expect(() => scanStylesheet(".a..b{}", "src/x.module.css", true)).toThrow(
      /^src\/x\.module\.css:1:\d+: /,
    );
  });
});

describe("collectClassNames", () => {
  it("lists every module class by path from the root, sorted, and every global class", async () => {
    const root = await mkdtemp(join(tmpdir(), "broadsheet-classes-"));
    try {
      await mkdir(join(root, "src", "ui"), { recursive: true });
      await writeFile(
        join(root, "src", "ui", "b.module.css"),
        ".title{}.body{}",
      );
      await writeFile(join(root, "src", "a.module.css"), ".z{}:global(.g){}");
      await writeFile(join(root, "src", "base.css"), ".visually-hidden{}");
      await writeFile(join(root, "src", "a.tsx"), "const x = '.not-css';");
      expect(await collectClassNames(root, join(root, "src"))).toEqual({
        modules: [
          ["src/a.module.css", "z"],
          ["src/ui/b.module.css", "body"],
          ["src/ui/b.module.css", "title"],
        ],
        globals: ["g", "visually-hidden"],
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("gives every class of the app's own stylesheets a short name that no global class has", async () => {
    const root = fileURLToPath(new URL("..", import.meta.url));
    const classes = await collectClassNames(root, join(root, "src"));
    expect(classes.globals).toContain("visually-hidden");
    const name = createShortClassNames(root, classes);
    const names = classes.modules.map(([file, local]) =>
      name(local, join(root, file)),
    );
    for (const short of names) expect(short).toMatch(SHORT);
    expect(new Set(names).size).toBe(names.length);
  });
});

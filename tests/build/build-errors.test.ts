import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildRun } from "../support/run-build";
import { runBuild } from "../support/run-build";

// Every kind of seed that cannot be an article (issue "The reader, end to end", Bad input).
const BAD_SEEDS: Record<string, string | Buffer> = {
  "empty.txt": "",
  "whitespace.txt": " \n\t\r\n  \n",
  "title-only.txt": "A headline with no story\n",
  "invalid-utf8.txt": Buffer.concat([
    Buffer.from("Title\n\nBody "),
    Buffer.from([0xc3, 0x28, 0xff]),
    Buffer.from(" end.\n"),
  ]),
  "nul-byte.txt": "Title\n\nA body with a \0 NUL byte in it.\n",
  "too-large.txt": `Huge\n\n${"All work and no play makes a long story. ".repeat(140_000)}\n`,
};

const GOOD_SEED =
  "Aleppo update\n\nFighting continued on Sunday, according to residents.\n";

describe("npm run build with bad seeds", () => {
  let workDir: string;
  let outDir: string;
  let run: BuildRun;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "broadsheet-bad-seeds-"));
    const seedsDir = join(workDir, "seeds");
    outDir = join(workDir, "dist");
    await mkdir(seedsDir);
    await writeFile(join(seedsDir, "good.txt"), GOOD_SEED);
    for (const [name, content] of Object.entries(BAD_SEEDS))
      await writeFile(join(seedsDir, name), content);
    run = await runBuild({ SEEDS_DIR: seedsDir, OUT_DIR: outDir });
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it("fails with exit code 1 and writes no site", () => {
    expect(run.code).toBe(1);
    expect(existsSync(join(outDir, "index.html"))).toBe(false);
  });

  it.each(Object.keys(BAD_SEEDS))(
    "lists %s as `seeds/<file>: <reason>`",
    (name) => {
      const line = run.stderr
        .split("\n")
        .find((text) => text.startsWith(`seeds/${name}:`));
      expect(line).toMatch(
        new RegExp(`^seeds/${name.replace(".", "\\.")}:(\\d+:)? \\S`),
      );
    },
  );

  it("does not blame the good seed and prints no stack trace", () => {
    expect(run.stderr).not.toContain("good.txt");
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toMatch(/Error:/);
  });
});

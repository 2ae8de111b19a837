import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(projectRoot, "node_modules/.bin/tsx");
const cli = path.join(projectRoot, "tooling/cli.ts");
const workDir = mkdtempSync(path.join(tmpdir(), "broadsheet-cli-"));
writeFileSync(
  path.join(workDir, "good.txt"),
  'Title\n\n"We will stay," said Mariam Haddad.\n\n"It is our home."\n\n"We built it," she said.\n',
);
writeFileSync(path.join(workDir, "bad.txt"), "Only a title\n");
mkdirSync(path.join(workDir, "md"));
writeFileSync(
  path.join(workDir, "md", "story.md"),
  "---\ntitle: Bridge\ndate: 2026-11-26\nauthor: Ana Jones\n---\nThe council **voted**.\n",
);
writeFileSync(
  path.join(workDir, "md", "broken.md"),
  "---\ntitle: Broken\ndate: tomorrow\n---\nBody.\n",
);

function run(
  args: string[],
  cwd = workDir,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, [cli, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 30_000,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe("inspect command", () => {
  it("reads Markdown seeds with their front matter and reports a bad block by line", () => {
    const { status, stdout, stderr } = run(["inspect", "md"]);
    expect(status).toBe(1);
    expect(stderr.trimEnd().split("\n")).toEqual([
      'md/broken.md:3: date "tomorrow" is not an ISO 8601 date like 2026-11-26 or 2026-11-26T09:30:00Z',
    ]);
    const record = JSON.parse(stdout) as Record<string, unknown>;
    expect(record).toMatchObject({
      file: "md/story.md",
      title: "Bridge",
      date: "2026-11-26",
      author: "Ana Jones",
      source: null,
    });
    expect(record.paragraphs).toEqual([
      expect.objectContaining({ text: "The council voted." }),
    ]);
  });

  it("prints one JSON object per seed with paragraphs and quotes", () => {
    const { status, stdout, stderr } = run(["inspect", "good.txt"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] ?? "") as Record<string, unknown>;
    expect(record).toMatchObject({
      file: "good.txt",
      title: "Title",
      slug: "title",
      readingMinutes: 1,
    });
    expect(record).toHaveProperty("wordCount", 15);
    expect(record.paragraphs).toEqual([
      expect.objectContaining({
        index: 1,
        text: '"We will stay," said Mariam Haddad.',
        quotes: [
          expect.objectContaining({
            text: "We will stay,",
            speaker: "Mariam Haddad",
            resolvedSpeaker: "Mariam Haddad",
            kind: "speech",
            start: 1,
            end: 14,
            outerStart: 0,
            outerEnd: 15,
            depth: 0,
            of: null,
            closed: true,
          }),
        ],
      }),
      expect.objectContaining({
        index: 2,
        quotes: [
          expect.objectContaining({
            text: "It is our home.",
            speaker: "Mariam Haddad",
          }),
        ],
      }),
      expect.objectContaining({
        index: 3,
        quotes: [
          expect.objectContaining({
            text: "We built it,",
            speaker: "she",
            resolvedSpeaker: "Mariam Haddad",
          }),
        ],
      }),
    ]);
  });

  it("prints good seeds, reports bad ones on stderr as file: reason, and exits 1", () => {
    const { status, stdout, stderr } = run(["inspect", "."]);
    expect(status).toBe(1);
    expect(
      stdout
        .trimEnd()
        .split("\n")
        .map((line) => (JSON.parse(line) as { file: string }).file),
    ).toEqual(["good.txt"]);
    expect(stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^bad\.txt:1: title "Only a title" has no body/u),
    ]);
  });

  it("prints usage for --help, and fails with usage when no seed is named", () => {
    const help = run(["inspect", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(
      "Usage: npm run --silent inspect -- <file-or-folder>...",
    );
    const none = run(["inspect"]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("Usage:");
  });

  it("runs through npm as `npm run --silent inspect -- seeds/`", () => {
    const result = spawnSync(
      "npm",
      ["run", "--silent", "inspect", "--", "seeds/"],
      {
        cwd: projectRoot,
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(0);
    const first = JSON.parse(result.stdout.split("\n")[0] ?? "") as {
      title: string;
      paragraphs: unknown[];
    };
    expect(first.title).toBe(
      "Syria: Rebel alliance launches battle to retake all of Aleppo",
    );
    expect(first.paragraphs).toHaveLength(15);
  });
});

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_SEED_BYTES } from "../../src/content/parse-article";
import { loadSeeds } from "../../tooling/load-seeds";

let root = "";

const seeds: Record<string, string | Uint8Array> = {
  "a-good.txt": "Same title\n\nThe first story.",
  "b-good.txt": "Same title\r\n\r\nThe second story.",
  "c-empty.txt": "",
  "d-blank.txt": " \n\t\n\u00a0\n",
  "e-title-only.txt": "Only a title\n\n\n",
  "f-invalid-utf8.txt": new Uint8Array([
    ...new TextEncoder().encode("Title\n\nBad "),
    0xff,
    0x0a,
  ]),
  "g-nul.txt": "Title\n\nA\u0000B",
  "h-too-big.txt": "x".repeat(MAX_SEED_BYTES + 1),
  "i-good.md":
    "---\ntitle: Markdown story\nauthor: Ana Jones\n---\nThe *third* story.",
  "j-bad-front-matter.md": "---\ntitle Missing colon\n---\nBody.",
  "notes.rst": "Not a seed\n\nIgnored.",
};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "broadsheet-seeds-"));
  await mkdir(path.join(root, "seeds/nested"), { recursive: true });
  await mkdir(path.join(root, "empty-folder"));
  await writeFile(
    path.join(root, "seeds/nested/skipped.txt"),
    "Nested\n\nNot read: folders are not recursive.",
  );
  for (const [name, content] of Object.entries(seeds))
    await writeFile(path.join(root, "seeds", name), content);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("loadSeeds", () => {
  it("loads the good seeds of a folder and names every bad one with a reason", async () => {
    const { articles, errors } = await loadSeeds(["seeds"], { root });
    expect(articles.map((article) => [article.file, article.slug])).toEqual([
      ["seeds/a-good.txt", "same-title"],
      ["seeds/b-good.txt", "same-title-2"],
      ["seeds/i-good.md", "markdown-story"],
    ]);
    expect(articles[2]?.author).toBe("Ana Jones");
    expect(errors.map((error) => [error.file, error.line])).toEqual([
      ["seeds/c-empty.txt", null],
      ["seeds/d-blank.txt", null],
      ["seeds/e-title-only.txt", 1],
      ["seeds/f-invalid-utf8.txt", 3],
      ["seeds/g-nul.txt", 3],
      ["seeds/h-too-big.txt", null],
      ["seeds/j-bad-front-matter.md", 2],
    ]);
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringContaining("file is empty"),
      expect.stringContaining("only whitespace"),
      expect.stringContaining("has no body"),
      expect.stringContaining("not valid UTF-8"),
      expect.stringContaining("NUL byte"),
      expect.stringContaining("over the 5 MB limit"),
      expect.stringContaining('expected "key: value"'),
    ]);
  });

  it("takes single files too, loads a file named twice once, and reports missing paths", async () => {
    const { articles, errors } = await loadSeeds(
      ["seeds/b-good.txt", "seeds", "seeds/nope.txt", "empty-folder"],
      {
        root,
      },
    );
    expect(articles.map((article) => article.file)).toEqual([
      "seeds/b-good.txt",
      "seeds/a-good.txt",
      "seeds/i-good.md",
    ]);
    // Slugs follow file names, not the order the files were named in.
    expect(articles.map((article) => article.slug)).toEqual([
      "same-title-2",
      "same-title",
      "markdown-story",
    ]);
    expect(
      errors.filter(
        (error) =>
          !error.file.startsWith("seeds/") || error.file === "seeds/nope.txt",
      ),
    ).toEqual([
      { file: "seeds/nope.txt", line: null, message: "no such file or folder" },
      {
        file: "empty-folder",
        line: null,
        message: "folder holds no .txt or .md seed",
      },
    ]);
  });

  it("names files relative to the working directory by default", async () => {
    const { articles } = await loadSeeds([path.join(root, "seeds/a-good.txt")]);
    expect(articles[0]?.file).toBe(
      path
        .relative(process.cwd(), path.join(root, "seeds/a-good.txt"))
        .split(path.sep)
        .join("/"),
    );
  });
});

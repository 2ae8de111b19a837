import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { fileURLToPath } from "node:url";
import { collectClassNames } from "../../tooling/short-class-names";
import { listFiles } from "./site-files";

const outDir = inject("outDir");
const root = fileURLToPath(new URL("../..", import.meta.url));

/** Every class a built page's markup names. */
function classesOf(html: string): string[] {
  return [...html.matchAll(/\sclass="([^"]*)"/g)].flatMap(([, value = ""]) =>
    value.split(/\s+/).filter(Boolean),
  );
}

describe("the built site's class names", () => {
  it("are 1–3 characters (or the app's global classes), and each is styled by the client build's stylesheets", async () => {
    const files = await listFiles(outDir);
    const css = (
      await Promise.all(
        files
          .filter((file) => file.endsWith(".css"))
          .map((file) => readFile(join(outDir, file), "utf8")),
      )
    ).join("\n");
    const styled = new Set(
      [...css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map(([, name]) => name),
    );
    const pages = files.filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(3);
    const used = new Set<string>();
    for (const page of pages)
      for (const name of classesOf(await readFile(join(outDir, page), "utf8")))
        used.add(name);
    expect(used.size).toBeGreaterThan(10);
    const { globals } = await collectClassNames(root, join(root, "src"));
    expect(
      [...used].filter(
        (name) => !globals.includes(name) && !/^[a-z][a-z0-9]{0,2}$/.test(name),
      ),
    ).toEqual([]);
    // The server build rendered the names the client build gave the stylesheets.
    expect([...used].filter((name) => !styled.has(name))).toEqual([]);
  });
});

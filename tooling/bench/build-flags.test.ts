import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { BUILD_NODE_FLAGS } from "./run-measured-build";

describe("the Node flags of the build", () => {
  it("are the same for npm run build, npm start and the build the bench measures", async () => {
    const { scripts } = JSON.parse(
      await readFile(new URL("../../package.json", import.meta.url), "utf8"),
    ) as { scripts: Record<string, string> };
    for (const name of ["build", "start"])
      for (const flag of BUILD_NODE_FLAGS)
        expect(scripts[name]).toContain(flag);
  });
});

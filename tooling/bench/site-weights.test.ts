import { describe, expect, it } from "vitest";
import { createBootstrapScript } from "../optimize-template";
import { findEntryScript, formatBytes } from "./site-weights";

describe("findEntryScript", () => {
  it("finds the entry in a plain module script and in the inline bootstrap", () => {
    expect(
      findEntryScript(
        '<script type="module" crossorigin src="/assets/index-a1.js"></script>',
      ),
    ).toBe("assets/index-a1.js");
    expect(findEntryScript(createBootstrapScript("/assets/index-b2.js"))).toBe(
      "assets/index-b2.js",
    );
  });

  it("says so when a page loads no script", () => {
    expect(() => findEntryScript("<p>static</p>")).toThrow(/no module script/);
  });
});

describe("formatBytes", () => {
  it("uses the units Lighthouse reports (1 KB = 1000 B)", () => {
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(101_600)).toBe("101.6 KB");
    expect(formatBytes(2e9)).toBe("2.00 GB");
  });
});

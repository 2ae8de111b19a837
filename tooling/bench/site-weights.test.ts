import { describe, expect, it } from "vitest";
import { createHeadScript } from "../optimize-template";
import { findEntryScript, findPageScripts, formatBytes } from "./site-weights";

describe("findEntryScript", () => {
  it("finds the entry in a plain module script and in the inline head script", () => {
    expect(
      findEntryScript(
        '<script type="module" crossorigin src="/assets/index-a1.js"></script>',
      ),
    ).toBe("assets/index-a1.js");
    expect(
      findEntryScript(
        createHeadScript("boot()", "/assets/index-b2.js", [
          "/assets/vendor-v.js",
        ]),
      ),
    ).toBe("assets/index-b2.js");
  });

  it("says so when a page loads no script", () => {
    expect(() => findEntryScript("<p>static</p>")).toThrow(/no module script/);
  });
});

describe("findPageScripts", () => {
  it("lists the entry, then each module the page names for preloading", () => {
    const html = createHeadScript("boot()", "/assets/index-b2.js", [
      "/assets/vendor-v.js",
      "/assets/home-h.js",
    ]);
    expect(findPageScripts(html)).toEqual([
      "assets/index-b2.js",
      "assets/vendor-v.js",
      "assets/home-h.js",
    ]);
  });
});

describe("formatBytes", () => {
  it("uses the units Lighthouse reports (1 KB = 1000 B)", () => {
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(101_600)).toBe("101.6 KB");
    expect(formatBytes(2e9)).toBe("2.00 GB");
  });
});

import { describe, expect, it } from "vitest";
import type { BuildManifest } from "./page-assets";
import { getPageAssets } from "./page-assets";

// The shape Vite writes for an entry with a vendor chunk and two lazy routes sharing a chunk.
const MANIFEST: BuildManifest = {
  "index.html": {
    file: "assets/index-a.js",
    isEntry: true,
    imports: ["_vendor-v.js", "_runtime-r.js"],
    css: ["assets/index-a.css"],
  },
  "_vendor-v.js": { file: "assets/vendor-v.js", imports: ["_runtime-r.js"] },
  "_runtime-r.js": { file: "assets/runtime-r.js" },
  "src/routes/speakers.tsx": {
    file: "assets/speakers-s.js",
    imports: ["index.html", "_vendor-v.js", "_view-w.js"],
  },
  "src/routes/speaker.tsx": {
    file: "assets/speaker-t.js",
    imports: ["index.html", "_view-w.js"],
    css: ["assets/speaker-t.css"],
  },
  "_view-w.js": {
    file: "assets/view-w.js",
    imports: ["index.html", "_vendor-v.js"],
    css: ["assets/view-w.css"],
  },
};

describe("getPageAssets", () => {
  it("preloads the entry's imports on a page without lazy routes, and inlines nothing more", () => {
    expect(getPageAssets(MANIFEST, [])).toEqual({
      scripts: ["assets/vendor-v.js", "assets/runtime-r.js"],
      styles: [],
    });
  });

  it("adds a lazy route's chunk and its shared chunks, each once, with their stylesheets", () => {
    const { scripts, styles } = getPageAssets(MANIFEST, [
      "src/routes/speaker.tsx",
      "src/routes/speakers.tsx",
    ]);
    expect(scripts).toEqual([
      "assets/vendor-v.js",
      "assets/runtime-r.js",
      "assets/speaker-t.js",
      "assets/view-w.js",
      "assets/speakers-s.js",
    ]);
    expect(styles).toEqual(["assets/speaker-t.css", "assets/view-w.css"]);
  });

  it("never lists the entry itself or its stylesheet (the template has them)", () => {
    const { scripts, styles } = getPageAssets(MANIFEST, [
      "src/routes/speakers.tsx",
    ]);
    expect(scripts).not.toContain("assets/index-a.js");
    expect(styles).not.toContain("assets/index-a.css");
  });

  it("fails loudly for a route module the build did not split out", () => {
    expect(() => getPageAssets(MANIFEST, ["src/routes/nope.tsx"])).toThrow(
      "src/routes/nope.tsx is not a chunk of the build manifest",
    );
  });

  it("fails on a manifest without exactly one entry", () => {
    expect(() =>
      getPageAssets({ "a.js": { file: "assets/a.js" } }, []),
    ).toThrow("0 entry chunks");
  });
});

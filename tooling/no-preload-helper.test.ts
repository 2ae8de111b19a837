import { describe, expect, it } from "vitest";
import {
  noPreloadHelper,
  PLAIN_PRELOAD_HELPER,
  PRELOAD_HELPER_ID,
} from "./no-preload-helper";

type Load = (id: string) => unknown;
type GenerateBundle = (
  this: { error: (message: string) => never },
  options: unknown,
  bundle: Record<string, { type: string; fileName: string; code?: string }>,
) => void;

const plugin = noPreloadHelper();
const load = plugin.load as unknown as Load;
const generateBundle = plugin.generateBundle as unknown as GenerateBundle;
const context = {
  error(message: string): never {
    throw new Error(message);
  },
};

describe("noPreloadHelper", () => {
  it("gives Vite's preload helper as a plain call of the import, and leaves every other module alone", async () => {
    expect(load(PRELOAD_HELPER_ID)).toBe(PLAIN_PRELOAD_HELPER);
    expect(load("/src/main.tsx")).toBeNull();
    const helper = (await import(
      `data:text/javascript,${encodeURIComponent(PLAIN_PRELOAD_HELPER)}`
    )) as { __vitePreload: (load: () => Promise<string>) => Promise<string> };
    await expect(
      helper.__vitePreload(() => Promise.resolve("chunk")),
    ).resolves.toBe("chunk");
  });

  it("fails the build when a chunk has dependencies to preload", () => {
    expect(() => {
      generateBundle.call(
        context,
        {},
        {
          "main.js": {
            type: "chunk",
            fileName: "assets/main.js",
            code: 'const __vite__mapDeps=(i)=>i;import("./a.js")',
          },
        },
      );
    }).toThrow("assets/main.js preloads dependencies");
    expect(() => {
      generateBundle.call(
        context,
        {},
        {
          "main.js": { type: "chunk", fileName: "assets/main.js", code: "" },
          "style.css": { type: "asset", fileName: "assets/style.css" },
        },
      );
    }).not.toThrow();
  });
});

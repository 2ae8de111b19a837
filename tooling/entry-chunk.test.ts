import { describe, expect, it } from "vitest";
import { collectStaticGraph } from "./entry-chunk";

const IMPORTS: Record<string, string[]> = {
  entry: ["app", "react"],
  app: ["view", "react"],
  view: ["format", "app"], // a cycle
  react: [],
  format: [],
  lazy: ["format", "extra"], // reached only by a dynamic import
  extra: [],
};

describe("collectStaticGraph", () => {
  it("collects every module the entry reaches by static imports, cycles included, and not the entry", () => {
    const graph = collectStaticGraph("entry", (id) => IMPORTS[id] ?? []);
    expect([...graph].sort()).toEqual(["app", "format", "react", "view"]);
  });

  it("leaves out what only a dynamic import reaches", () => {
    const graph = collectStaticGraph("entry", (id) => IMPORTS[id] ?? []);
    expect(graph.has("lazy")).toBe(false);
    expect(graph.has("extra")).toBe(false);
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { pickSections, SECTIONS } from "./bench";
import { generateQuoteCorpus } from "./quotes";
import type { BenchSection } from "./section";
import { createRandom, summarise } from "./section";

const section = (name: string): BenchSection => ({
  name,
  description: name,
  run: () => Promise.resolve([]),
});
const sections = [section("quotes"), section("lighthouse"), section("scale")];

describe("pickSections", () => {
  it("runs every registered section by default, quotes among them", () => {
    expect(pickSections([], sections).map((item) => item.name)).toEqual([
      "quotes",
      "lighthouse",
      "scale",
    ]);
    expect(SECTIONS.map((item) => item.name)).toContain("quotes");
  });

  it("runs only the sections named by --only, in registry order", () => {
    const names = (args: string[]) =>
      pickSections(args, sections).map((item) => item.name);
    expect(names(["--only", "quotes"])).toEqual(["quotes"]);
    expect(names(["--only=scale,quotes"])).toEqual(["quotes", "scale"]);
  });

  it("refuses an unknown section or a missing name, naming the known ones", () => {
    expect(() => pickSections(["--only", "nope"], sections)).toThrow(
      /unknown bench section: nope \(known: quotes, lighthouse, scale\)/u,
    );
    expect(() => pickSections(["--only"], sections)).toThrow(
      /needs a section/u,
    );
  });
});

describe("summarise", () => {
  it("gives the median, min and max", () => {
    expect(summarise([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(summarise([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4 });
    expect(() => summarise([])).toThrow(/no samples/u);
  });

  test.prop([
    fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1 }),
  ])("the median lies between min and max", (samples) => {
    const { median, min, max } = summarise(samples);
    expect(min).toBeLessThanOrEqual(median);
    expect(median).toBeLessThanOrEqual(max);
  });
});

describe("generated corpus", () => {
  it("is deterministic for a seed and reaches the size asked", () => {
    const first = generateQuoteCorpus(7, 20_000);
    expect(generateQuoteCorpus(7, 20_000)).toEqual(first);
    expect(generateQuoteCorpus(8, 20_000)).not.toEqual(first);
    const bytes = first.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    expect(bytes).toBeGreaterThanOrEqual(20_000);
  });

  it("mixes paragraphs with every mark style and paragraphs with none", () => {
    const text = generateQuoteCorpus(7, 50_000).join("\n\n");
    for (const mark of ['"', "“", "‘", "«", "„", "»", "「"])
      expect(text).toContain(mark);
    expect(
      text
        .split("\n\n")
        .some((paragraph) => !/["“”‘’«»„「」]/u.test(paragraph)),
    ).toBe(true);
  });

  test.prop([fc.integer()])("random numbers stay in [0, 1)", (seed) => {
    const random = createRandom(seed);
    for (let index = 0; index < 20; index += 1) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  isPronoun,
  mergeSpeakerNames,
  tidySpeakerName,
} from "./merge-speaker-names";

const merge = (...names: string[]): Record<string, string> =>
  Object.fromEntries(mergeSpeakerNames(names));

describe("mergeSpeakerNames", () => {
  it("merges a surname into the full name given earlier", () => {
    expect(merge("Assaad al-Achi", "al-Achi")).toEqual({
      "Assaad al-Achi": "Assaad al-Achi",
      "al-Achi": "Assaad al-Achi",
    });
  });

  it("merges the full name given later too, and a courtesy title before the surname", () => {
    expect(merge("Mr al-Achi", "Assaad al-Achi", "Dr. Achi")).toEqual({
      "Mr al-Achi": "Assaad al-Achi",
      "Assaad al-Achi": "Assaad al-Achi",
      "Dr. Achi": "Dr. Achi",
    });
  });

  it("merges through a middle form to the longest name", () => {
    expect(merge("Maria Lopez", "Ana Maria Lopez", "Lopez")).toEqual({
      "Maria Lopez": "Ana Maria Lopez",
      "Ana Maria Lopez": "Ana Maria Lopez",
      Lopez: "Ana Maria Lopez",
    });
  });

  it("leaves a surname two people share as it is", () => {
    expect(merge("John Smith", "Jane Smith", "Smith").Smith).toBe("Smith");
  });

  it("writes names that differ in case and spacing the first way they appear", () => {
    expect(merge("Nadia  Karam", "nadia karam")).toEqual({
      "Nadia  Karam": "Nadia Karam",
      "nadia karam": "Nadia Karam",
    });
  });

  it("leaves out pronouns and empty names", () => {
    expect(merge("he", "She", "elle", "  ", "Ben Ode")).toEqual({
      "Ben Ode": "Ben Ode",
    });
  });

  it("does not merge a first name or a word inside another name", () => {
    expect(merge("Assaad al-Achi", "Assaad", "Achi")).toEqual({
      "Assaad al-Achi": "Assaad al-Achi",
      Assaad: "Assaad",
      Achi: "Achi",
    });
  });

  const word = fc.constantFrom("Ana", "Ben", "al-Achi", "Ode", "Lopez", "Mr");
  const name = fc
    .array(word, { minLength: 1, maxLength: 3 })
    .map((words) => words.join(" "));
  const names = fc.array(fc.oneof(name, fc.constantFrom("he", "she")), {
    maxLength: 8,
  });

  test.prop([names])("maps every non-pronoun name and nothing else", (list) => {
    const merged = mergeSpeakerNames(list);
    expect([...merged.keys()].sort()).toEqual(
      [...new Set(list.filter((n) => !isPronoun(n)))].sort(),
    );
  });

  test.prop([names])(
    "maps each name to a name that ends with its words, and is a fixed point",
    (list) => {
      const merged = mergeSpeakerNames(list);
      const targets = new Set(merged.values());
      for (const [from, to] of merged) {
        const lastWord = tidySpeakerName(from).toLowerCase().split(" ").pop();
        expect(to.toLowerCase().endsWith(lastWord ?? "")).toBe(true);
      }
      const again = mergeSpeakerNames([...targets]);
      for (const target of targets) expect(again.get(target)).toBe(target);
    },
  );

  test.prop([
    names.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.shuffledSubarray(list, {
          minLength: list.length,
          maxLength: list.length,
        }),
      ),
    ),
  ])(
    "groups the same names together whatever order they come in",
    ([list, shuffled]) => {
      const groups = (merged: Map<string, string>): string[][] => {
        const byTarget = new Map<string, string[]>();
        for (const [from, to] of merged) {
          const key = to.toLowerCase();
          byTarget.set(key, [...(byTarget.get(key) ?? []), from].sort());
        }
        return [...byTarget.values()]
          .map((group) => group.join("|"))
          .sort()
          .map((g) => [g]);
      };
      expect(groups(mergeSpeakerNames(shuffled))).toEqual(
        groups(mergeSpeakerNames(list)),
      );
    },
  );
});

describe("isPronoun", () => {
  it.each(["he", "She", " they ", "il", "sie", "ella"])(
    "%s is a pronoun",
    (word) => {
      expect(isPronoun(word)).toBe(true);
    },
  );

  it.each(["Helen", "Shell", "the council"])("%s is not", (word) => {
    expect(isPronoun(word)).toBe(false);
  });
});

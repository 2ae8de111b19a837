import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  findPersonNames,
  isPronoun,
  resolveSpeakers,
} from "./resolve-speakers";

const at = (paragraph: number, offset: number, speaker: string | null) => ({
  paragraph,
  at: offset,
  speaker,
});

describe("resolveSpeakers", () => {
  it("resolves a pronoun to the named speaker of the paragraph before", () => {
    const texts = [
      "“The school will reopen,” said the head teacher, Ruth Allen.",
      "“Every child will get a meal,” she added.",
    ];
    expect(
      resolveSpeakers(texts, [at(0, 0, "Ruth Allen"), at(1, 0, "she")]),
    ).toEqual(["Ruth Allen", "Ruth Allen"]);
  });

  it("resolves a pronoun to a person named earlier in its own paragraph, without the title", () => {
    const texts = [
      'Foreign Minister Paul Girard arrived late. "We are ready," he said.',
    ];
    expect(resolveSpeakers(texts, [at(0, 43, "he")])).toEqual(["Paul Girard"]);
  });

  it("leaves a pronoun unresolved when two people are named just before it", () => {
    const texts = [
      'Omar Khalil met Sara Berg on Monday. "We agreed," he said.',
    ];
    expect(resolveSpeakers(texts, [at(0, 37, "he")])).toEqual([null]);
  });

  it("leaves a pronoun unresolved when no person is named, and plural pronouns always", () => {
    const texts = [
      'The ministry was silent. "No comment," she said.',
      '"Never," they said.',
    ];
    expect(
      resolveSpeakers(texts, [at(0, 25, "she"), at(1, 0, "they")]),
    ).toEqual([null, null]);
  });

  it("looks back one paragraph only", () => {
    const texts = [
      "Lena Ortiz spoke first.",
      "The hall was full.",
      '"Yes," she said.',
    ];
    expect(resolveSpeakers(texts, [at(2, 0, "she")])).toEqual([null]);
  });

  test.prop([fc.string({ maxLength: 40 })])(
    "a speaker that is not a pronoun resolves to itself, and null stays null",
    (name) => {
      fc.pre(!isPronoun(name));
      expect(resolveSpeakers([name], [at(0, 0, name), at(0, 0, null)])).toEqual(
        [name, null],
      );
    },
  );
});

describe("findPersonNames", () => {
  it("finds full names and skips institutions and dates", () => {
    expect(
      findPersonNames(
        "Assaad al-Achi and the Syrian Observatory said on Monday March that Dr Jane Roe left.",
      ).map(({ name }) => name),
    ).toEqual(["Assaad al-Achi", "Jane Roe"]);
  });
});

import { describe, expect, it } from "vitest";
import { detectQuotes } from "./detect-quotes";

type Found = [text: string, kind: string, speaker: string | null];

function found(text: string): Found[] {
  return detectQuotes(text).quotes.map((quote) => [
    quote.text,
    quote.kind,
    quote.speaker,
  ]);
}

describe("speaker attribution (attributeSpeaker, through detectQuotes)", () => {
  it.each([
    [
      '"We will not leave," said Mariam Haddad, a teacher in the east.',
      "Mariam Haddad",
    ],
    ['"We will not leave," Mariam Haddad said.', "Mariam Haddad"],
    ['Mariam Haddad said: "We will not leave."', "Mariam Haddad"],
    [
      '"It is a slap in the face", said Assaad al-Achi, the director of Baytna Syria.',
      "Assaad al-Achi",
    ],
    [
      '"We did what we could," Dr. Aisha Rahman told Reuters.',
      "Dr. Aisha Rahman",
    ],
    ['"The bridge is safe," the mayor told Reuters on Tuesday.', "the mayor"],
    [
      "According to Jonas Keller, the lead engineer, “the design was never tested.”",
      "Jonas Keller",
    ],
    [
      '"The city is surrounded," according to a local resident.',
      "a local resident",
    ],
    [
      "The ministry said in a statement that it “deeply regrets the loss of life”.",
      "The ministry",
    ],
    [
      "The council released a statement Monday saying it was ready to talk “on the condition that the shelling stops”.",
      "The council",
    ],
    ['"We are ready," Foreign Minister Sergei Lavrov said.', "Sergei Lavrov"],
    ['"We are ready," said the head teacher, Ruth Allen.', "Ruth Allen"],
    [
      '"We are studying it," a senior official, who asked not to be named, told AFP.',
      "a senior official",
    ],
    ['"We will win," he said.', "he"],
    [
      "« Nous ne céderons pas », a déclaré Claire Dubois devant la mairie.",
      "Claire Dubois",
    ],
    ["« Nous ne céderons pas », a-t-elle déclaré.", "elle"],
    [
      "„Wir haben keine Zeit mehr“, sagte Jürgen Weber am Montag.",
      "Jürgen Weber",
    ],
    ["„Es reicht“, so der Sprecher.", "der Sprecher"],
    ["«Abbiamo fatto il possibile», ha spiegato Marco Rossi.", "Marco Rossi"],
    ["«Sicuramente – ha osservato la premier – andremo avanti»", "la premier"],
    [
      "«No vamos a rendirnos», dijo Carlos Medina a la prensa.",
      "Carlos Medina",
    ],
    ["“A economia vai crescer”, disse João Pereira em Lisboa.", "João Pereira"],
    [
      "Selon Marie Lefèvre, « rien n'a changé depuis dix ans ».",
      "Marie Lefèvre",
    ],
    [
      '"It is difficult," U.N. Secretary-General António Guterres told reporters in New York.',
      "António Guterres",
    ],
    [
      'The chairman, Sen. Chuck Grassley, R-Iowa, said the bill "goes too far."',
      "Chuck Grassley",
    ],
    ["“We have lost everything,” said Fatima, 42, a mother of four.", "Fatima"],
    [
      '"I am not going anywhere," Smith, who has led the party since 2019, told supporters.',
      "Smith",
    ],
    ['"Enough is enough," tweeted the actor Mark Ruffalo.', "Mark Ruffalo"],
    ['"What now?" asked one resident.', "one resident"],
    ['"We want peace," the protesters chanted.', "the protesters"],
    [
      '"That is false," the Kremlin\'s spokesman Dmitry Peskov said on Monday.',
      "Dmitry Peskov",
    ],
  ])("attributes %s", (text, speaker) => {
    expect(found(text).map(([, , who]) => who)).toEqual([speaker]);
  });

  it("gives both halves of a split quote the same speaker", () => {
    expect(found('"The problem," he said, "is that nobody listens."')).toEqual([
      ["The problem,", "speech", "he"],
      ["is that nobody listens.", "speech", "he"],
    ]);
  });

  it("lets a quote with no cue continue the previous speaker of the paragraph", () => {
    expect(
      found('"We will stay," she said. "This is our home."').map(
        ([, , who]) => who,
      ),
    ).toEqual(["she", "she"]);
  });

  it("leaves the speaker null when the text does not say", () => {
    expect(found("The message was clear: “Go home.”")).toEqual([
      ["Go home.", "speech", null],
    ]);
  });
});

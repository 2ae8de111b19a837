import { describe, expect, it } from "vitest";
import { scoreQuotes, type ScoredQuote } from "./score-quotes";

const speech = (text: string, speaker: string | null, p = 0): ScoredQuote => ({
  p,
  text,
  kind: "speech",
  speaker,
});
const term = (text: string, p = 0): ScoredQuote => ({
  p,
  text,
  kind: "term",
  speaker: null,
});

describe("scoreQuotes", () => {
  it("gives perfect scores when the engine finds exactly the corpus", () => {
    const gold = [
      speech("We will rebuild,", "Omar Khalil"),
      term("Army of Conquest"),
    ];
    const scores = scoreQuotes([
      { name: "a", paragraphCount: 2, gold, found: gold },
    ]);
    expect(scores.speech).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scores.speaker.accuracy).toBe(1);
    expect(scores.terms.rate).toBe(0);
    expect(scores.quietParagraphs).toBe(1);
    expect(scores.mistakes).toEqual([]);
  });

  it("counts a span that differs by one character as both a miss and a spurious quote", () => {
    const scores = scoreQuotes([
      {
        name: "a",
        paragraphCount: 1,
        gold: [speech("We will rebuild,", "X")],
        found: [speech("We will rebuild", "X")],
      },
    ]);
    expect(scores.speech).toMatchObject({
      matched: 0,
      precision: 0,
      recall: 0,
      f1: 0,
    });
    expect(scores.mistakes).toHaveLength(2);
  });

  it("scores speakers only on matched quotes, ignoring case and spacing", () => {
    const scores = scoreQuotes([
      {
        name: "a",
        paragraphCount: 1,
        gold: [
          speech("One.", "The ministry"),
          speech("Two.", "Lena Ortiz"),
          speech("Three.", null),
        ],
        found: [speech("One.", "the  ministry"), speech("Two.", "Ortiz")],
      },
    ]);
    expect(scores.speaker).toEqual({ matched: 2, correct: 1, accuracy: 0.5 });
    expect(scores.speech.recall).toBeCloseTo(2 / 3);
  });

  it("reports quotes found in paragraphs the corpus leaves quiet, and terms called speech", () => {
    const scores = scoreQuotes([
      {
        name: "a",
        paragraphCount: 2,
        gold: [term("Free Valley")],
        found: [speech("Free Valley", null), speech("90s", null, 1)],
      },
    ]);
    expect(scores.falseQuotesInQuietParagraphs).toBe(1);
    expect(scores.terms).toEqual({ gold: 1, reportedAsSpeech: 1, rate: 1 });
  });
});

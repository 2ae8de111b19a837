import { beforeAll, describe, expect, it } from "vitest";
import { loadQuoteCorpus, runQuoteCase } from "../../tooling/quote-corpus";
import type { QuoteScores } from "../../tooling/score-quotes";
import { QUOTE_TARGETS, scoreQuotes } from "../../tooling/score-quotes";

// The quote engine's gate: the whole self-written corpus (tests/fixtures/quotes) must meet the bar.
// `npm run eval:quotes` lists every mistake when one of these fails.
let cases = 0;
let scores: QuoteScores;

beforeAll(async () => {
  const corpus = await loadQuoteCorpus();
  cases = corpus.length;
  scores = scoreQuotes(
    corpus.map(({ name, case: corpusCase }) => runQuoteCase(name, corpusCase)),
  );
});

describe("quote engine on the evaluation corpus", () => {
  it("has a corpus large enough to mean something, with quiet paragraphs and terms", () => {
    expect(cases).toBeGreaterThanOrEqual(250);
    expect(scores.quietParagraphs).toBeGreaterThanOrEqual(50);
    expect(scores.terms.gold).toBeGreaterThanOrEqual(40);
  });

  it("finds speech quotes with exact spans at F1 ≥ 0.95", () => {
    expect(scores.speech.f1).toBeGreaterThanOrEqual(QUOTE_TARGETS.speechF1);
  });

  it("names the right speaker for at least 90% of matched quotes", () => {
    expect(scores.speaker.accuracy).toBeGreaterThanOrEqual(
      QUOTE_TARGETS.speakerAccuracy,
    );
  });

  it("reports no quote in a paragraph without quotation marks", () => {
    expect(scores.falseQuotesInQuietParagraphs).toBe(0);
  });

  it("reports at most 1 in 6 quoted terms as speech", () => {
    expect(scores.terms.rate).toBeLessThanOrEqual(QUOTE_TARGETS.termsAsSpeech);
  });
});

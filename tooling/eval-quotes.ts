// `npm run eval:quotes`: scores quote detection and attribution on the corpus in tests/fixtures/quotes.
import { loadQuoteCorpus, runQuoteCase } from "./quote-corpus";
import { QUOTE_TARGETS as TARGETS, scoreQuotes } from "./score-quotes";

const corpus = await loadQuoteCorpus(process.argv[2]);
const scores = scoreQuotes(
  corpus.map(({ name, case: corpusCase }) => runQuoteCase(name, corpusCase)),
);
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
const verdict = (ok: boolean): string => (ok ? "pass" : "FAIL");

const checks = [
  [
    `speech F1 ${scores.speech.f1.toFixed(3)} (precision ${pct(scores.speech.precision)}, recall ${pct(scores.speech.recall)}; ${String(scores.speech.matched)}/${String(scores.speech.gold)} found, ${String(scores.speech.found)} reported)`,
    scores.speech.f1 >= TARGETS.speechF1,
    `≥ ${String(TARGETS.speechF1)}`,
  ],
  [
    `speaker accuracy ${pct(scores.speaker.accuracy)} (${String(scores.speaker.correct)}/${String(scores.speaker.matched)} matched quotes)`,
    scores.speaker.accuracy >= TARGETS.speakerAccuracy,
    `≥ ${pct(TARGETS.speakerAccuracy)}`,
  ],
  [
    `false quotes in ${String(scores.quietParagraphs)} paragraphs without quotes: ${String(scores.falseQuotesInQuietParagraphs)}`,
    scores.falseQuotesInQuietParagraphs === 0,
    "0",
  ],
  [
    `terms reported as speech ${String(scores.terms.reportedAsSpeech)}/${String(scores.terms.gold)} (${pct(scores.terms.rate)})`,
    scores.terms.rate <= TARGETS.termsAsSpeech,
    "≤ 1 in 6",
  ],
] as const;

console.log(`Quote evaluation over ${String(corpus.length)} cases`);
for (const [line, ok, target] of checks)
  console.log(`  ${verdict(ok)}  ${line}  [target ${target}]`);
if (scores.mistakes.length > 0) {
  console.log("\nMistakes:");
  for (const mistake of scores.mistakes) console.log(`  - ${mistake}`);
}
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;

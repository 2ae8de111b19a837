/** The bar of issue 3: speech F1, speaker accuracy on matched quotes, and the share of terms called speech. */
export const QUOTE_TARGETS = {
  speechF1: 0.95,
  speakerAccuracy: 0.9,
  termsAsSpeech: 1 / 6,
} as const;

/** A quote as the evaluation corpus states it, or as the engine reported it. */
export interface ScoredQuote {
  /** 0-based paragraph index within its case. */
  p: number;
  text: string;
  kind: "speech" | "term";
  speaker: string | null;
}

/** One evaluation case: what a careful editor marks (`gold`) and what the engine found (`found`). */
export interface ScoredCase {
  name: string;
  paragraphCount: number;
  gold: ScoredQuote[];
  found: ScoredQuote[];
}

/** Scores over a whole corpus, with the misses listed so a failure can be read. */
export interface QuoteScores {
  speech: {
    gold: number;
    found: number;
    matched: number;
    precision: number;
    recall: number;
    f1: number;
  };
  speaker: { matched: number; correct: number; accuracy: number };
  /** Quotes reported in paragraphs where the corpus has none. */
  falseQuotesInQuietParagraphs: number;
  quietParagraphs: number;
  terms: { gold: number; reportedAsSpeech: number; rate: number };
  mistakes: string[];
}

const normaliseSpeaker = (speaker: string | null): string | null =>
  speaker === null ? null : speaker.replace(/\s+/gu, " ").trim().toLowerCase();

const key = (quote: ScoredQuote): string =>
  `${String(quote.p)}\u0000${quote.text}`;

const ratio = (part: number, whole: number): number =>
  whole === 0 ? 1 : part / whole;

/**
 * Scores the engine's quotes against the corpus: exact-span precision, recall and F1 on speech quotes, speaker
 * accuracy on the speech quotes both sides found, false quotes in paragraphs with none, and terms called speech.
 */
export function scoreQuotes(cases: readonly ScoredCase[]): QuoteScores {
  let gold = 0;
  let found = 0;
  let matched = 0;
  let correct = 0;
  let quiet = 0;
  let falseQuiet = 0;
  let goldTerms = 0;
  let termsAsSpeech = 0;
  const mistakes: string[] = [];

  for (const scoredCase of cases) {
    const foundByKey = new Map(
      scoredCase.found.map((quote) => [key(quote), quote]),
    );
    const goldKeys = new Set(scoredCase.gold.map(key));
    for (const goldQuote of scoredCase.gold) {
      const hit = foundByKey.get(key(goldQuote));
      if (goldQuote.kind === "term") {
        goldTerms += 1;
        if (hit?.kind === "speech") {
          termsAsSpeech += 1;
          mistakes.push(
            `${scoredCase.name}: term reported as speech: "${goldQuote.text}"`,
          );
        }
        continue;
      }
      gold += 1;
      if (hit?.kind !== "speech") {
        mistakes.push(`${scoredCase.name}: missed speech: "${goldQuote.text}"`);
        continue;
      }
      matched += 1;
      if (normaliseSpeaker(hit.speaker) === normaliseSpeaker(goldQuote.speaker))
        correct += 1;
      else {
        const said = hit.speaker ?? "null";
        mistakes.push(
          `${scoredCase.name}: speaker of "${goldQuote.text}" is ${goldQuote.speaker ?? "null"}, found ${said}`,
        );
      }
    }
    for (const foundQuote of scoredCase.found) {
      if (foundQuote.kind === "speech") found += 1;
      if (!goldKeys.has(key(foundQuote))) {
        mistakes.push(
          `${scoredCase.name}: spurious ${foundQuote.kind}: "${foundQuote.text}"`,
        );
      }
    }
    for (let p = 0; p < scoredCase.paragraphCount; p += 1) {
      if (scoredCase.gold.some((quote) => quote.p === p)) continue;
      quiet += 1;
      falseQuiet += scoredCase.found.filter((quote) => quote.p === p).length;
    }
  }

  const precision = ratio(matched, found);
  const recall = ratio(matched, gold);
  const f1 =
    precision + recall === 0
      ? 0
      : (2 * precision * recall) / (precision + recall);
  return {
    speech: { gold, found, matched, precision, recall, f1 },
    speaker: { matched, correct, accuracy: ratio(correct, matched) },
    falseQuotesInQuietParagraphs: falseQuiet,
    quietParagraphs: quiet,
    terms: {
      gold: goldTerms,
      reportedAsSpeech: termsAsSpeech,
      rate: goldTerms === 0 ? 0 : termsAsSpeech / goldTerms,
    },
    mistakes,
  };
}

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArticle } from "../src/content/parse-article";
import type { ScoredCase, ScoredQuote } from "./score-quotes";

interface CorpusQuote {
  p?: number;
  text: string;
  kind: "speech" | "term";
  speaker?: string | null;
}

interface CorpusCase {
  paragraphs: string[];
  quotes: CorpusQuote[];
}

/** The default location of the quote evaluation corpus. */
export const QUOTE_CORPUS_DIR = "tests/fixtures/quotes";

/** Loads every `*.json` file of the corpus, sorted by name. */
export async function loadQuoteCorpus(
  dir = QUOTE_CORPUS_DIR,
): Promise<{ name: string; case: CorpusCase }[]> {
  const files = (await readdir(dir))
    .filter((file) => file.endsWith(".json"))
    .sort();
  const cases: { name: string; case: CorpusCase }[] = [];
  for (const file of files) {
    const parsed = JSON.parse(
      await readFile(path.join(dir, file), "utf8"),
    ) as CorpusCase[];
    parsed.forEach((corpusCase, index) => {
      cases.push({ name: `${file}#${String(index)}`, case: corpusCase });
    });
  }
  return cases;
}

/**
 * Runs one corpus case through the real build path (a seed with a title and the case's paragraphs, parsed by
 * `parseArticle`) and pairs what the engine found with what the corpus states.
 */
export function runQuoteCase(name: string, corpusCase: CorpusCase): ScoredCase {
  const seed = ["Evaluation case", ...corpusCase.paragraphs].join("\n\n");
  const result = parseArticle(seed, { file: name });
  const found: ScoredQuote[] = result.ok
    ? result.article.paragraphs.flatMap((paragraph, p) =>
        paragraph.quotes.map((quote) => ({
          p,
          text: quote.text,
          kind: quote.kind,
          speaker: quote.speaker,
        })),
      )
    : [];
  const gold = corpusCase.quotes.map((quote) => ({
    p: quote.p ?? 0,
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker ?? null,
  }));
  return { name, paragraphCount: corpusCase.paragraphs.length, gold, found };
}

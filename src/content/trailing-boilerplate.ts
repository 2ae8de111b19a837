import type { TextBlock } from "./split-blocks";

// Labels news sites append after a story; they qualify even without a larger gap.
const KNOWN_LABELS = new Set([
  "other news",
  "more news",
  "latest news",
  "related",
  "related news",
  "related articles",
  "related stories",
  "read more",
  "read next",
  "see also",
  "advertisement",
  "share this article",
  "share",
]);
const MAX_CHARS = 40;
const MAX_WORDS = 5;
// A sentence ends in terminal punctuation, possibly followed by a closing mark or bracket.
const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/u;

/**
 * The most common gap (in blank lines) between the body blocks before the last one: what "a larger gap" is
 * measured against. One blank line when there is nothing to compare with.
 */
export function getTypicalGap(body: readonly TextBlock[]): number {
  const counts = new Map<number, number>();
  for (const block of body.slice(1, -1))
    counts.set(block.gap, (counts.get(block.gap) ?? 0) + 1);
  let typical = 1;
  let best = 0;
  for (const [gap, count] of counts) {
    if (count > best || (count === best && gap < typical)) {
      typical = gap;
      best = count;
    }
  }
  return typical;
}

/**
 * True when the last block of a seed is site boilerplate rather than story: one short line that is not a
 * sentence, set off by a larger gap than the story's paragraphs (or a label such as "Other news").
 * @example isTrailingBoilerplate({ lines: ["Other news"], line: 40, gap: 3 }, 1) // true
 */
export function isTrailingBoilerplate(
  block: TextBlock,
  typicalGap: number,
): boolean {
  const [line, ...rest] = block.lines;
  if (line === undefined || rest.length > 0) return false;
  if (line.length > MAX_CHARS || line.split(" ").length > MAX_WORDS)
    return false;
  if (SENTENCE_END.test(line)) return false;
  const label = line.toLowerCase().replace(/[\s:>»›|-]+$/u, "");
  return block.gap > typicalGap || KNOWN_LABELS.has(label);
}

import type { ParagraphId, Quote } from "./article";
import type { OpenQuoteState } from "./detect-quotes";
import { detectQuotes } from "./detect-quotes";
import { pairQuotes } from "./pair-quotes";
import { resolveSpeakers } from "./resolve-speakers";

/**
 * The quotes of every paragraph of an article, with ids (`<paragraph id>-q<n>`). A quote that runs over
 * several paragraphs comes out as one piece per paragraph, later pieces naming the first in `of`, and all
 * pieces share one speaker (named in any of them). A paragraph that opens with a speech quote with no cue of
 * its own continues the last speaker of the paragraph before it.
 * @example detectArticleQuotes(['"One," she said.'], ["p-1"])[0]?.[0]?.speaker // "she"
 */
export function detectArticleQuotes(
  texts: readonly string[],
  ids: readonly ParagraphId[],
): Quote[][] {
  let open: OpenQuoteState | null = null;
  let openId: string | null = null;
  let previousSpeaker: string | null = null;
  const groups = new Map<string, Quote[]>();
  const inherited: [Quote, string][] = [];
  const result = texts.map((text, position) => {
    const paragraphId = ids[position] ?? `p-${String(position + 1)}`;
    const runsOn =
      open !== null && continuesThrough(texts, position, open.mark);
    const detection = detectQuotes(
      text,
      open === null ? null : { ...open, runsOn },
    );
    const quotes = detection.quotes.map(
      ({ continued, ...quote }, index): Quote => ({
        id: `${paragraphId}-q${String(index + 1)}`,
        ...quote,
        resolvedSpeaker: null,
        of: continued ? openId : null,
      }),
    );
    const opening = quotes.find((quote) => quote.depth === 0);
    const leading = text.length - text.trimStart().length;
    if (
      opening?.kind === "speech" &&
      opening.speaker === null &&
      opening.of === null &&
      opening.outerStart === leading
    ) {
      if (previousSpeaker !== null) inherited.push([opening, previousSpeaker]);
    }
    for (const quote of quotes) {
      if (quote.of === null) continue;
      const group = groups.get(quote.of);
      if (group === undefined) groups.set(quote.of, [quote]);
      else group.push(quote);
    }
    const still =
      detection.open === null
        ? undefined
        : quotes.find((quote) => quote.depth === 0 && !quote.closed);
    open = still === undefined ? null : detection.open;
    openId = still === undefined ? null : (still.of ?? still.id);
    previousSpeaker =
      quotes.findLast((quote) => quote.depth === 0 && quote.kind === "speech")
        ?.speaker ?? null;
    return quotes;
  });
  // A speaker named in a multi-paragraph quote wins over one carried from the paragraph before it.
  const byId = new Map(result.flat().map((quote) => [quote.id, quote]));
  shareSpeakers(byId, groups);
  for (const [quote, speaker] of inherited) quote.speaker ??= speaker;
  shareSpeakers(byId, groups);
  const speech = result.flatMap((quotes, paragraph) =>
    quotes.flatMap((quote) =>
      quote.kind === "speech" ? [{ quote, paragraph }] : [],
    ),
  );
  const resolved = resolveSpeakers(
    texts,
    speech.map(({ quote, paragraph }) => ({
      paragraph,
      at: quote.outerStart,
      speaker: quote.speaker,
    })),
  );
  speech.forEach(({ quote }, index) => {
    quote.resolvedSpeaker = resolved[index] ?? null;
  });
  return result;
}

/** Gives every piece of a multi-paragraph quote the speaker named in any piece, and the kind speech. */
function shareSpeakers(
  byId: ReadonlyMap<string, Quote>,
  groups: ReadonlyMap<string, Quote[]>,
): void {
  for (const [firstId, rest] of groups) {
    const first = byId.get(firstId);
    const pieces = first === undefined ? rest : [first, ...rest];
    const speaker =
      pieces.find((piece) => piece.speaker !== null)?.speaker ?? null;
    for (const piece of pieces) {
      piece.kind = "speech";
      piece.speaker ??= speaker;
    }
  }
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** How many paragraphs without marks a quote opened once may run through before its closing mark. */
export const MAX_RUN_ON = 3;

/**
 * Whether a quote left open (by `mark`) before paragraph `position` runs through it when it has no quotation
 * mark at all: only when a later paragraph, within {@link MAX_RUN_ON} mark-less ones, closes the quote with a
 * closing mark that has no opening mark of its own. Any other quote structure on the way (a paragraph that
 * opens a new quote, re-opens at its start, or pairs its own marks) contradicts the run-on, and the quote
 * ends with its first paragraph: an unclosed quote never swallows the rest of the article.
 */
export function continuesThrough(
  texts: readonly string[],
  position: number,
  mark: string,
): boolean {
  for (
    let ahead = position;
    ahead < texts.length && ahead <= position + MAX_RUN_ON;
    ahead += 1
  ) {
    const text = texts[ahead] ?? "";
    const carried = pairQuotes(text, mark);
    // The closing paragraph must hold words of the quote, so that its piece exists to link to.
    if (carried.carriedClosed)
      return (
        ahead > position &&
        carried.quotes.some((quote) => quote.openMark === "")
      );
    if (!HAS_WORD.test(text)) return false;
    if (pairQuotes(text, null).quotes.length > 0) return false;
  }
  return false;
}

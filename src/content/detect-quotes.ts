import type { QuoteKind } from "./article";
import { attributeSpeaker } from "./attribute-speaker";
import { classifyQuote, getQuoteContext } from "./classify-quote";
import type { PairedQuote } from "./pair-quotes";
import { pairQuotes } from "./pair-quotes";
import { tokenize } from "./quote-tokens";
import { findDashDialogue } from "./dash-dialogue";

/** A quote found in one paragraph; offsets are into the paragraph text (see `Quote` in article.ts). */
export interface DetectedQuote {
  start: number;
  end: number;
  outerStart: number;
  outerEnd: number;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  depth: number;
  closed: boolean;
  /** True when this piece continues a quote left open by the previous paragraph. */
  continued: boolean;
}

/** A quote still open at the end of a paragraph, handed to the next one. */
export interface OpenQuoteState {
  /** The opening mark, to recognise its closing mark in the next paragraph. */
  mark: string;
  kind: QuoteKind;
  speaker: string | null;
  /**
   * True when this paragraph has no quotation mark of its own but a later one closes the quote (the caller
   * checks, see `detect-article-quotes.ts`): the whole paragraph is then a piece of the running quote.
   */
  runsOn?: boolean;
}

/** Everything {@link detectQuotes} finds in a paragraph. */
export interface QuoteDetection {
  /** Sorted by position, outer before inner: ranges are in bounds, and disjoint at each depth. */
  quotes: DetectedQuote[];
  /** The outermost quote left open at the paragraph end, or null. */
  open: OpenQuoteState | null;
}

interface Span extends DetectedQuote {
  openMark: string;
  parent: number;
}

const SPACE = /\s/u;

/**
 * Finds the quotations of one paragraph, with their kind and speaker. Pure: the only outside input is the
 * quote left open by the previous paragraph, which continues here either re-opened by a mark at the start
 * (`“…` / `“…”`) or closed by a mark of its own with no opening one (`…”`). An unclosed quote runs to the
 * end of this paragraph only, unless `previous.runsOn` says a later paragraph closes it.
 * @example detectQuotes('"We will win," said Jane Doe, the mayor.').quotes[0] // { text: "We will win,", kind: "speech", speaker: "Jane Doe", … }
 */
export function detectQuotes(
  text: string,
  previous: OpenQuoteState | null = null,
): QuoteDetection {
  const leading = text.length - text.trimStart().length;
  let pairing = pairQuotes(text, previous?.mark ?? null);
  const carried = pairing.carriedClosed;
  if (previous !== null && !carried) pairing = pairQuotes(text, null);
  const dialogue = pairing.quotes.length === 0 ? findDashDialogue(text) : [];
  if (dialogue.length > 0) pairing = { quotes: dialogue, carriedClosed: false };
  else if (previous?.runsOn === true && !carried && pairing.quotes.length === 0)
    pairing = {
      quotes: [
        // From the first word: a run-on piece starts where the paragraph's text does.
        {
          openIndex: leading,
          openMark: "",
          closeIndex: text.length,
          closeMark: "",
        },
      ],
      carriedClosed: false,
    };
  const spans = toSpans(text, pairing.quotes);
  const first = spans[0];
  if (
    previous !== null &&
    first !== undefined &&
    (carried || first.outerStart === leading)
  )
    first.continued = true;
  const children = groupByParent(spans);
  analyseScope(text, 0, text.length, children.get(-1) ?? []);
  for (const [index, span] of spans.entries())
    analyseScope(text, span.start, span.end, children.get(index) ?? []);
  inheritSpeakers(spans, previous);
  const open = spans.find((span) => span.depth === 0 && !span.closed);
  return {
    quotes: spans.map(toDetectedQuote),
    open:
      open === undefined
        ? null
        : {
            mark: open.openMark || (previous?.mark ?? '"'),
            kind: open.kind,
            speaker: open.speaker,
          },
  };
}

function toDetectedQuote(span: Span): DetectedQuote {
  const {
    start,
    end,
    outerStart,
    outerEnd,
    text,
    kind,
    speaker,
    depth,
    closed,
    continued,
  } = span;
  return {
    start,
    end,
    outerStart,
    outerEnd,
    text,
    kind,
    speaker,
    depth,
    closed,
    continued,
  };
}

function toSpans(text: string, pairs: readonly PairedQuote[]): Span[] {
  const spans: Span[] = [];
  const stack: number[] = [];
  for (const pair of pairs) {
    let start = pair.openIndex + pair.openMark.length;
    let end = pair.closeIndex;
    while (start < end && SPACE.test(text.charAt(start))) start += 1;
    while (end > start && SPACE.test(text.charAt(end - 1))) end -= 1;
    const outerEnd = pair.closeIndex + pair.closeMark.length;
    while (
      stack.length > 0 &&
      (spans[stack.at(-1) ?? -1]?.outerEnd ?? 0) <= pair.openIndex
    )
      stack.pop();
    spans.push({
      start,
      end,
      outerStart: pair.openIndex,
      outerEnd,
      text: text.slice(start, end),
      kind: "speech",
      speaker: null,
      depth: stack.length,
      closed: pair.closed ?? pair.closeMark !== "",
      continued: false,
      openMark: pair.openMark,
      parent: stack.at(-1) ?? -1,
    });
    stack.push(spans.length - 1);
  }
  return spans;
}

function groupByParent(spans: readonly Span[]): Map<number, Span[]> {
  const groups = new Map<number, Span[]>();
  for (const span of spans) {
    const group = groups.get(span.parent);
    if (group === undefined) groups.set(span.parent, [span]);
    else group.push(span);
  }
  return groups;
}

/** Classifies, then attributes, the quotes directly inside one scope (the paragraph, or a quote). */
function analyseScope(
  text: string,
  from: number,
  to: number,
  children: readonly Span[],
): void {
  if (children.length === 0) return;
  const tokens = tokenize(text, from, to, children);
  const quoteTokens = tokens.flatMap((token, index) =>
    token.kind === "quote" ? [index] : [],
  );
  for (const index of quoteTokens) {
    const span = children[tokens[index]?.quote ?? -1];
    if (span !== undefined)
      span.kind = span.continued
        ? "speech"
        : classifyQuote(span.text, getQuoteContext(tokens, index));
  }
  const scope = {
    text,
    tokens,
    quotes: children,
    kinds: children.map((span) => span.kind),
  };
  for (const index of quoteTokens) {
    const span = children[tokens[index]?.quote ?? -1];
    if (span?.kind === "speech") span.speaker = attributeSpeaker(scope, index);
  }
}

/**
 * A speech quote with no cue of its own continues the speaker before it in the paragraph (`"…," she said.
 * "…"`), and a continued piece keeps the speaker of the quote it continues.
 */
function inheritSpeakers(spans: Span[], previous: OpenQuoteState | null): void {
  let last: string | null = null;
  for (const span of spans) {
    if (span.depth > 0 || span.kind !== "speech") continue;
    if (span.continued && previous !== null) span.speaker ??= previous.speaker;
    span.speaker ??= last;
    last = span.speaker;
  }
}

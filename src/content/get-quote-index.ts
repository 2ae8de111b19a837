import type {
  ArticleData,
  ParagraphId,
  QuoteSegment,
  Segment,
} from "./article";
import { mergeSpeakerNames } from "./merge-speaker-names";
import { getSpeakerSlug } from "./speaker";

/** One speech quote of an article, as the "Who said what" panel lists it. */
export interface QuoteIndexEntry {
  quoteId: string;
  paragraphId: ParagraphId;
  /** The quoted words as written, inner marks included, outer marks left out. */
  text: string;
  /** The speaker's name (variants merged), or null when the text names nobody (or only a pronoun). */
  speaker: string | null;
  /** Slug of the speaker's page, or null with no speaker. */
  speakerSlug: string | null;
}

/** A speaker of the article and how many of its speech quotes are theirs. */
export interface QuoteIndexSpeaker {
  name: string;
  slug: string;
  count: number;
}

/** Every speech quote of an article in reading order, and its speakers in order of first appearance. */
export interface QuoteIndex {
  entries: QuoteIndexEntry[];
  speakers: QuoteIndexSpeaker[];
}

// The quote engine may add the speaker a pronoun stands for; prefer it when it is there.
type QuoteWithResolvedSpeaker = QuoteSegment & {
  resolvedSpeaker?: string | null;
};

function getSegmentText(segments: readonly Segment[]): string {
  return segments
    .map((segment) =>
      segment.type === "text"
        ? segment.text
        : segment.open + getSegmentText(segment.children) + segment.close,
    )
    .join("");
}

function collectQuotes(
  segments: readonly Segment[],
  into: QuoteWithResolvedSpeaker[],
): void {
  for (const segment of segments) {
    if (segment.type === "text") continue;
    if (segment.kind === "speech") into.push(segment);
    collectQuotes(segment.children, into);
  }
}

/**
 * The "Who said what" index of an article: each speech quote (nested ones too, in reading order) with its
 * paragraph and its speaker, name variants within the article merged and pronouns left unnamed.
 * @example getQuoteIndex(article).speakers // [{ name: "Assaad al-Achi", slug: "assaad-al-achi", count: 2 }]
 */
export function getQuoteIndex(
  article: Pick<ArticleData, "paragraphs">,
): QuoteIndex {
  const found: { paragraphId: ParagraphId; quote: QuoteWithResolvedSpeaker }[] =
    [];
  for (const paragraph of article.paragraphs) {
    const quotes: QuoteWithResolvedSpeaker[] = [];
    collectQuotes(paragraph.segments, quotes);
    for (const quote of quotes)
      found.push({ paragraphId: paragraph.id, quote });
  }
  const nameOf = ({ quote }: (typeof found)[number]): string | null =>
    quote.resolvedSpeaker ?? quote.speaker;
  const merged = mergeSpeakerNames(
    found.map(nameOf).filter((name) => name !== null),
  );
  const speakers = new Map<string, QuoteIndexSpeaker>();
  const entries = found.map((item): QuoteIndexEntry => {
    const raw = nameOf(item);
    const speaker = raw === null ? null : (merged.get(raw) ?? null);
    const speakerSlug = speaker === null ? null : getSpeakerSlug(speaker);
    if (speaker !== null && speakerSlug !== null) {
      const group = speakers.get(speaker) ?? {
        name: speaker,
        slug: speakerSlug,
        count: 0,
      };
      group.count += 1;
      speakers.set(speaker, group);
    }
    return {
      quoteId: item.quote.quoteId,
      paragraphId: item.paragraphId,
      text: getSegmentText(item.quote.children),
      speaker,
      speakerSlug,
    };
  });
  return { entries, speakers: [...speakers.values()] };
}

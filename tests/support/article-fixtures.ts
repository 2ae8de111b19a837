/**
 * Hand-built article data for component and route tests. Independent of the parser on purpose: these tests pin
 * down how the UI renders the data contract in `src/content/article.ts`, whatever produces it.
 */
import type {
  ArticleData,
  ParagraphData,
  QuoteKind,
  QuoteSegment,
  Segment,
  TextSegment,
} from "../../src/content/article";
import { getQuoteIndex } from "../../src/content/get-quote-index";

let quoteCounter = 0;

export function textSegment(text: string): TextSegment {
  return { type: "text", text };
}

interface QuoteOptions {
  kind?: QuoteKind;
  speaker?: string | null;
  open?: string;
  close?: string;
}

/** A quote segment around `children` (a string is one text segment), with straight marks by default. */
export function quoteSegment(
  children: string | Segment[],
  {
    kind = "speech",
    speaker = null,
    open = '"',
    close = '"',
  }: QuoteOptions = {},
): QuoteSegment {
  quoteCounter += 1;
  return {
    type: "quote",
    quoteId: `q${String(quoteCounter)}`,
    kind,
    speaker,
    open,
    close,
    children: typeof children === "string" ? [textSegment(children)] : children,
  };
}

function collectSpeakers(
  segments: readonly Segment[],
  into: string[],
): string[] {
  for (const segment of segments) {
    if (segment.type === "text") continue;
    if (
      segment.kind === "speech" &&
      segment.speaker !== null &&
      !into.includes(segment.speaker)
    ) {
      into.push(segment.speaker);
    }
    collectSpeakers(segment.children, into);
  }
  return into;
}

/** The plain text of segments, marks included. */
export function joinSegments(segments: readonly Segment[]): string {
  return segments
    .map((segment) =>
      segment.type === "text"
        ? segment.text
        : segment.open + joinSegments(segment.children) + segment.close,
    )
    .join("");
}

/** A paragraph with id `p-<index>`; a string is one text segment. */
export function buildParagraph(
  index: number,
  content: string | Segment[],
): ParagraphData {
  const segments =
    typeof content === "string" ? [textSegment(content)] : content;
  return {
    id: `p-${String(index)}`,
    index,
    segments,
    speakers: collectSpeakers(segments, []),
  };
}

/** An article from paragraph contents, with word count and reading time computed from them. */
export function buildArticle(
  slug: string,
  title: string,
  contents: (string | Segment[])[],
  overrides: Partial<Omit<ArticleData, "slug" | "title" | "paragraphs">> = {},
): ArticleData {
  const paragraphs = contents.map((content, position) =>
    buildParagraph(position + 1, content),
  );
  const words = paragraphs.flatMap((p) =>
    joinSegments(p.segments).split(/\s+/).filter(Boolean),
  ).length;
  return {
    slug,
    title,
    quoteIndex: getQuoteIndex({ paragraphs }),
    lang: null,
    dir: null,
    wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / 230)),
    excerpt: joinSegments(paragraphs[0]?.segments ?? []).slice(0, 160),
    paragraphs,
    ...overrides,
  };
}

/** Modelled on the seed: a term, an unattributed speech quote, an attributed one, a nested one. */
export const aleppoArticle: ArticleData = buildArticle(
  "syria-rebel-alliance-launches-battle-to-retake-all-of-aleppo",
  "Syria: Rebel alliance launches battle to retake all of Aleppo",
  [
    "Syrian regime forces were on the defensive around Aleppo yesterday.",
    [
      textSegment("The "),
      quoteSegment("Army of Conquest", { kind: "term" }),
      textSegment(", a coalition of rebels and jihadists, said it would "),
      quoteSegment("double the number of fighters for this next battle"),
      textSegment("."),
    ],
    [
      quoteSegment(
        "It's a big slap in the face of the regime and allied militia forces",
        {
          speaker: "Assaad al-Achi",
          open: "“",
          close: "”",
        },
      ),
      textSegment(", said Assaad al-Achi, the director of Baytna Syria."),
    ],
    [
      textSegment("An official said: "),
      quoteSegment(
        [
          textSegment("They called it "),
          quoteSegment("a victory", { kind: "term", open: "‘", close: "’" }),
          textSegment(" too soon."),
        ],
        { speaker: "Jane Roe", open: "“", close: "”" },
      ),
    ],
  ],
  { readingMinutes: 3 },
);

/** An article whose text must come out as literal characters, never as markup. */
export const scriptArticle: ArticleData = buildArticle(
  "markup-in-text",
  "Tags </script> in a <b>title</b>",
  [
    "Before <script>alert(1)</script> after.",
    [
      textSegment("He wrote "),
      quoteSegment("<img src=x onerror=alert(1)>", {
        speaker: "<i>Mallory</i>",
      }),
    ],
  ],
);

/** A right-to-left article with a language tag. */
export const arabicArticle: ArticleData = buildArticle(
  "halab",
  "معركة حلب",
  ["قال المرصد إن القتال مستمر."],
  { lang: "ar", dir: "rtl" },
);

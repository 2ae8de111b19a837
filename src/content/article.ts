/**
 * The article model shared by the build (parsing, prerendering) and the browser (rendering).
 * Pure types: no React, no DOM, no Node.
 */

import type { QuoteIndex } from "./get-quote-index";

/** URL-safe, readable identifier of an article, unique within a site (`syria-rebel-alliance-…`). */
export type Slug = string;

/** Stable paragraph anchor: `p-` + a short hash of the paragraph's text, so it survives edits elsewhere. */
export type ParagraphId = string;

/** `speech` is direct speech or writing; `term` is a scare quote, name, title or label in marks. */
export type QuoteKind = "speech" | "term";

/**
 * A direct quotation found in one paragraph. Offsets are UTF-16 code-unit indices into `Paragraph.text`.
 * `start`/`end` delimit the quoted words (between the marks); `outerStart`/`outerEnd` include the marks.
 * A quote that spans paragraphs is reported as one piece per paragraph, each naming the first piece in `of`.
 */
export interface Quote {
  /** Unique within the article: `<paragraph id>-q<n>`. */
  id: string;
  start: number;
  end: number;
  outerStart: number;
  outerEnd: number;
  /** `paragraph.text.slice(start, end)`. */
  text: string;
  kind: QuoteKind;
  /** The speaker as the text names them, or null when the text does not say. Never a guess. */
  speaker: string | null;
  /**
   * Who the speaker is: equal to `speaker` when it is a name or description; for a pronoun ("she", "il") the
   * nearest preceding named person when the text makes it unambiguous, else null. Null when `speaker` is.
   */
  resolvedSpeaker: string | null;
  /** 0 for an outermost quote, 1 for a quote nested inside it, and so on. */
  depth: number;
  /** Id of the first piece of a multi-paragraph quote, or null when this is a quote of its own. */
  of: string | null;
  /** False when no closing mark was found in this paragraph (the quote runs on, or was never closed). */
  closed: boolean;
}

/** A piece of a paragraph as the reader renders it. Joining all segments gives back the paragraph text exactly. */
export type Segment = TextSegment | QuoteSegment;

/** Plain text between (or inside) quotes. */
export interface TextSegment {
  type: "text";
  text: string;
}

/** A quote as rendered: its marks as written around its own segments (which may hold nested quotes). */
export interface QuoteSegment {
  type: "quote";
  quoteId: string;
  kind: QuoteKind;
  /**
   * The speaker to show: the quote's `resolvedSpeaker` when known ("Ruth Allen" for a "she said"), else its
   * `speaker` as written ("she"), else null.
   */
  speaker: string | null;
  /** The opening mark as written ("" when a continued quote has no mark of its own). */
  open: string;
  /** The closing mark as written ("" when unclosed). */
  close: string;
  children: Segment[];
}

/** One paragraph of an article, with its quotes found and its segments ready to render. */
export interface Paragraph {
  id: ParagraphId;
  /** 1-based position in the article. */
  index: number;
  text: string;
  quotes: Quote[];
  segments: Segment[];
  /** Distinct speakers of speech quotes in this paragraph, in order of first appearance. */
  speakers: string[];
}

/** Text direction where the text itself calls for one; null leaves it to `dir="auto"`. */
export type TextDirection = "ltr" | "rtl";

/** A fully parsed article, as the build sees it (and as `inspect` prints it). */
export interface Article {
  /** Seed path relative to the project, for error messages (`seeds/000_x.txt`). */
  file: string;
  slug: Slug;
  title: string;
  /** BCP 47 tag when known (front matter or script detection), else null (the site default applies). */
  lang: string | null;
  dir: TextDirection | null;
  paragraphs: Paragraph[];
  wordCount: number;
  readingMinutes: number;
  /** Plain-text summary of about 160 characters, cut at a word boundary (or the front matter's `summary`). */
  excerpt: string;
  /** Publication date from front matter, ISO 8601 (`2026-11-26` or `2026-11-26T09:30:00Z`); absent or null when unknown. */
  date?: string | null;
  /** Byline from front matter; absent or null when unknown. */
  author?: string | null;
  /** Where the story comes from (a publication's name or a URL), from front matter; absent or null when unknown. */
  source?: string | null;
}

/** What the browser receives for one article: the article without build-only fields. */
export interface ArticleData {
  slug: Slug;
  title: string;
  lang: string | null;
  dir: TextDirection | null;
  wordCount: number;
  readingMinutes: number;
  excerpt: string;
  paragraphs: ParagraphData[];
  /** "Who said what", worked out at build time so the browser needs no speaker-name logic. */
  quoteIndex: QuoteIndex;
  /** Publication date from front matter, ISO 8601 (`2026-11-26` or `2026-11-26T09:30:00Z`); absent or null when unknown. */
  date?: string | null;
  /** Byline from front matter; absent or null when unknown. */
  author?: string | null;
  /** Where the story comes from (a publication's name or a URL), from front matter; absent or null when unknown. */
  source?: string | null;
}

/**
/**
 * What a prerendered article page hands the app for hydration: the article without its paragraphs, which the page
 * already shows as HTML (decisions 0023, 0025), and without its quote index, which only the opened "Who said what"
 * panel lists (decision 0024). What needs the paragraphs before the whole article is here (reading progress,
 * shortcut keys, a press of a paragraph's button) finds them on the page. The app fetches the whole `ArticleData`
 * only when something needs it: the reader's highlights, quotes shown plain, or the panel.
 */
export type ArticleOutline = Omit<ArticleData, "paragraphs" | "quoteIndex"> & {
  /** How many entries the quote index has: what the closed "Who said what" panel says. */
  quoteCount: number;
  /** Marks an outline: it has no paragraphs. */
  outline: true;
};

/** The article as the reading view gets it: whole, or as the outline a prerendered page carries. */
export type ArticleView = ArticleData | ArticleOutline;

/** What the browser receives for one paragraph: segments to render, no raw quote offsets. */
export interface ParagraphData {
  id: ParagraphId;
  index: number;
  segments: Segment[];
  speakers: string[];
}

/** One row of the article list. */
export interface ArticleSummary {
  slug: Slug;
  title: string;
  lang: string | null;
  dir: TextDirection | null;
  excerpt: string;
  wordCount: number;
  readingMinutes: number;
  /** Number of speech quotes (continuation pieces of one quote count once). */
  quoteCount: number;
  /** Distinct speakers of speech quotes, most quoted first. */
  speakers: string[];
  /** Publication date from front matter, ISO 8601 (`2026-11-26` or `2026-11-26T09:30:00Z`); absent or null when unknown. */
  date?: string | null;
  /** Byline from front matter; absent or null when unknown. */
  author?: string | null;
  /** Where the story comes from (a publication's name or a URL), from front matter; absent or null when unknown. */
  source?: string | null;
}

/** One page of the article list, as served to the browser. */
export interface ArticleListPage {
  page: number;
  pageCount: number;
  total: number;
  articles: ArticleSummary[];
}

/** A problem with one seed file: reported as `file:line: message` (or `file: message` without a line). */
export interface ParseError {
  file: string;
  line: number | null;
  message: string;
}

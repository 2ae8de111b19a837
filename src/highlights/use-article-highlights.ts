import { useEffect, useMemo, useState } from "react";
import type { ArticleData } from "../content/article";
import { getSegmentsText } from "../content/segment-paragraph";
import { anchorHighlights, type AnchoredHighlight } from "./anchor";
import {
  createHighlight,
  listHighlights,
  type Highlight,
  type HighlightColor,
} from "./highlight";
import type { HighlightSnapshot, HighlightStore } from "./highlight-store";
import { overlaySegments, type OverlaySegment } from "./overlay-segments";
import { getQuoteRanges } from "./quote-ranges";
import { useHighlights } from "./use-highlights";
import {
  useTextSelection,
  type ParagraphSelection,
} from "./use-text-selection";

/** One paragraph as the reader's highlights see it. */
export interface ParagraphHighlightState {
  overlay: OverlaySegment[] | undefined;
  /** The whole-paragraph highlight on it, if any. */
  paragraphHighlight: Highlight | null;
  quoteCount: number;
}

/** Everything the article view needs to show and change the reader's highlights. */
export interface ArticleHighlights {
  snapshot: HighlightSnapshot;
  store: HighlightStore;
  /** This article's highlights, newest first, each with where it is now (null: orphaned). */
  anchored: AnchoredHighlight[];
  paragraphs: ReadonlyMap<string, ParagraphHighlightState>;
  selection: ParagraphSelection | null;
  color: HighlightColor;
  setColor: (color: HighlightColor) => void;
  /** The last thing announced to screen readers. */
  announcement: string;
  toggleParagraph: (paragraphId: string) => void;
  highlightQuotes: (paragraphId: string) => void;
  highlightSelection: (color: HighlightColor) => void;
}

const QUOTE_PREVIEW = 60;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > QUOTE_PREVIEW
    ? `${flat.slice(0, QUOTE_PREVIEW).trimEnd()}…`
    : flat;
}

/** The reader's highlights on `article`, placed in its current text, and the actions that change them. */
export function useArticleHighlights(article: ArticleData): ArticleHighlights {
  const { snapshot, store } = useHighlights();
  const [selection, clearSelection] = useTextSelection();
  const [color, setColor] = useState<HighlightColor>("yellow");
  const [announcement, setAnnouncement] = useState("");
  const { slug, title } = article;

  const texts = useMemo(
    () =>
      article.paragraphs.map((paragraph) => ({
        id: paragraph.id,
        text: getSegmentsText(paragraph.segments),
      })),
    [article],
  );
  const { state } = snapshot;
  const anchored = useMemo(
    () => anchorHighlights(texts, listHighlights(state, slug)),
    [texts, state, slug],
  );
  const paragraphs = useMemo(() => {
    const map = new Map<string, ParagraphHighlightState>();
    for (const paragraph of article.paragraphs) {
      const here = anchored.filter(
        ({ anchor }) => anchor?.paragraphId === paragraph.id,
      );
      // Older highlights first, so a newer one drawn over an older one wins only where the older is absent.
      const ranges = here.flatMap(({ highlight, anchor }) =>
        anchor
          ? [
              {
                id: highlight.id,
                start: anchor.start,
                end: anchor.end,
                color: highlight.color,
                label: state.colorNames[highlight.color],
              },
            ]
          : [],
      );
      map.set(paragraph.id, {
        overlay:
          ranges.length > 0
            ? overlaySegments(paragraph.segments, ranges)
            : undefined,
        paragraphHighlight:
          here.find(({ highlight }) => highlight.kind === "paragraph")
            ?.highlight ?? null,
        quoteCount: getQuoteRanges(paragraph.segments).length,
      });
    }
    return map;
  }, [article, anchored, state.colorNames]);

  useEffect(() => {
    if (announcement === "") return;
    // Cleared after a while, so the same words a second time are a change that is announced again.
    const timer = setTimeout(() => {
      setAnnouncement("");
    }, 3000);
    return () => {
      clearTimeout(timer);
    };
  }, [announcement]);

  function add(
    paragraphId: string,
    kind: Highlight["kind"],
    ranges: readonly { start: number; end: number }[],
    withColor: HighlightColor,
  ): void {
    const paragraphText = texts.find((p) => p.id === paragraphId)?.text;
    if (paragraphText === undefined || ranges.length === 0) return;
    const createdAt = new Date().toISOString();
    for (const { start, end } of ranges)
      store.add(
        createHighlight({
          ...{ slug, title, kind, paragraphId, paragraphText, start, end },
          color: withColor,
          createdAt,
        }),
      );
    const quoted = ranges
      .map(({ start, end }) => `“${preview(paragraphText.slice(start, end))}”`)
      .join(", ");
    setAnnouncement(`Highlighted as ${state.colorNames[withColor]}: ${quoted}`);
  }

  return {
    snapshot,
    store,
    anchored,
    paragraphs,
    selection,
    color,
    setColor,
    announcement,
    toggleParagraph(paragraphId) {
      const existing = paragraphs.get(paragraphId)?.paragraphHighlight;
      if (existing) {
        store.remove(existing.id);
        setAnnouncement("Highlight removed");
        return;
      }
      const text = texts.find((p) => p.id === paragraphId)?.text ?? "";
      add(paragraphId, "paragraph", [{ start: 0, end: text.length }], color);
    },
    highlightQuotes(paragraphId) {
      const paragraph = article.paragraphs.find((p) => p.id === paragraphId);
      if (paragraph)
        add(paragraphId, "text", getQuoteRanges(paragraph.segments), color);
    },
    highlightSelection(withColor) {
      if (!selection) return;
      add(selection.paragraphId, "text", [selection], withColor);
      setColor(withColor);
      clearSelection();
      document.getSelection()?.removeAllRanges();
    },
  };
}

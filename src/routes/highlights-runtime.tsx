import { memo, useLayoutEffect, useRef } from "react";
import type { ArticleData } from "../content/article";
import {
  useArticleHighlights,
  type ArticleHighlights,
} from "../highlights/use-article-highlights";

// Part of this chunk rather than one more: a selection is one of the things that loads it.
export { SelectionToolbar } from "../ui/selection-toolbar";

/** What the reader asked for in the article before this chunk arrived, carried out once it has. */
export interface HighlightIntents {
  /** Paragraphs whose button the reader left pressed. */
  paragraphs: ReadonlySet<string>;
  /** Paragraphs whose quotes the reader asked to highlight. */
  quotes: ReadonlySet<string>;
}

interface Props {
  article: ArticleData;
  /** Hands over (and forgets) what the reader asked for so far. */
  takeIntents: () => HighlightIntents;
  /** Receives the article's highlights after every change, before the browser paints. */
  onChange: (highlights: ArticleHighlights) => void;
}

/**
 * The highlights runtime of one article, rendering nothing: it runs the store, anchoring and selection hooks and
 * hands their result to the article (`highlighted-article.tsx`), which owns the DOM, so that loading this chunk
 * moves no focus and drops no selection. A pressed button becomes a highlight unless the paragraph has one.
 */
export const HighlightsController = memo(function HighlightsController({
  article,
  takeIntents,
  onChange,
}: Props) {
  const highlights = useArticleHighlights(article);
  useLayoutEffect(() => {
    onChange(highlights);
  });
  const replayed = useRef(false);
  useLayoutEffect(() => {
    if (replayed.current) return;
    replayed.current = true;
    const { paragraphs, quotes } = takeIntents();
    for (const id of paragraphs)
      if (!highlights.paragraphs.get(id)?.paragraphHighlight)
        highlights.toggleParagraph(id);
    for (const id of quotes) highlights.highlightQuotes(id);
  }, [highlights, takeIntents]);
  return null;
});

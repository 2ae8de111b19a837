import type { ReactNode } from "react";
import type { ParagraphData } from "../content/article";
import {
  DEFAULT_COLOR,
  DEFAULT_COLOR_NAMES,
} from "../highlights/highlight-colors";
import { getQuoteRanges } from "../highlights/quote-ranges";
import type { ArticleHighlights } from "../highlights/use-article-highlights";
import { ParagraphHighlightControls } from "../ui/paragraph-highlight-controls";

/** A paragraph's highlight buttons, from its data: its position and how many quotes it has. */
export function ParagraphControls({
  paragraph,
  pressed = false,
  colorLabel = DEFAULT_COLOR_NAMES[DEFAULT_COLOR],
  onToggle,
  onHighlightQuotes,
  children,
}: {
  paragraph: ParagraphData;
  pressed?: boolean;
  colorLabel?: string;
  onToggle: () => void;
  onHighlightQuotes: () => void;
  children?: ReactNode;
}) {
  return (
    <ParagraphHighlightControls
      index={paragraph.index}
      pressed={pressed}
      colorLabel={colorLabel}
      quoteCount={getQuoteRanges(paragraph.segments).length}
      onToggle={onToggle}
      onHighlightQuotes={onHighlightQuotes}
    >
      {children}
    </ParagraphHighlightControls>
  );
}

/** The reader's highlights of the article as the panel lists them, each with a link to it while it is in the text. */
export function getHighlightItems(highlights: ArticleHighlights | null) {
  return (highlights?.anchored ?? []).map(({ highlight, anchor }, index) => ({
    highlight,
    orphaned: anchor === null,
    link:
      anchor === null ? null : (
        <a href={`#${highlight.id}`}>Go to highlight {index + 1}</a>
      ),
  }));
}

import type { ReactNode } from "react";
import type { ParagraphData } from "../content/article";
import { getQuoteRanges } from "../highlights/quote-ranges";
import type { ArticleHighlights } from "../highlights/use-article-highlights";
import { ParagraphHighlightControls } from "../ui/paragraph-highlight-controls";

/** A paragraph's highlight buttons, from its data: its position and how many quotes it has. */
export function ParagraphControls({
  paragraph,
  pressed = false,
  onToggle,
  onHighlightQuotes,
  children,
}: {
  paragraph: ParagraphData;
  pressed?: boolean;
  onToggle: () => void;
  onHighlightQuotes: () => void;
  children?: ReactNode;
}) {
  return (
    <ParagraphHighlightControls
      index={paragraph.index}
      pressed={pressed}
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

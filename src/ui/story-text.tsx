import { useEffect, type ReactNode } from "react";
import type { ParagraphData } from "../content/article";
import type { OverlaySegment } from "../highlights/overlay-segments";
import { ArticleParagraph } from "./article-paragraph";

/** What the reader's own highlights add to one paragraph. */
export interface ParagraphExtras {
  overlay?: readonly OverlaySegment[] | undefined;
  controls?: ReactNode;
}

/** How the story renders: everything but its paragraphs. */
export interface StoryProps {
  highlight: boolean;
  /** Per paragraph id: the reader's highlights and controls. A paragraph without gets `defaultControls`. */
  extras?: ReadonlyMap<string, ParagraphExtras> | undefined;
  /** The controls a paragraph shows before the reader's highlights are known (as the prerendered page has them). */
  defaultControls?: ((paragraph: ParagraphData) => ReactNode) | undefined;
  /** Called once the paragraphs are in place: rendered, or hydrated once their data came. */
  onReady?: (() => void) | undefined;
}

/** The story's paragraphs, and which of them the page's script made focusable before the story hydrated. */
interface Props extends StoryProps {
  paragraphs: readonly ParagraphData[];
  focusable?: ReadonlySet<string> | undefined;
}

/** The story's paragraphs, each with its quotes marked, and the reader's highlights and controls. */
export function StoryText({
  paragraphs,
  highlight,
  extras,
  defaultControls,
  onReady,
  focusable,
}: Props) {
  useEffect(() => {
    onReady?.();
  }, [onReady]);
  return paragraphs.map((paragraph) => {
    const extra = extras?.get(paragraph.id);
    return (
      <ArticleParagraph
        key={paragraph.id}
        paragraph={paragraph}
        highlight={highlight}
        overlay={extra?.overlay}
        controls={extra ? extra.controls : defaultControls?.(paragraph)}
        focusable={focusable?.has(paragraph.id)}
      />
    );
  });
}

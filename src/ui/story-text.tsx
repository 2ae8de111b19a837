import { memo, Suspense, use, useEffect, type ReactNode } from "react";
import type { ParagraphData } from "../content/article";
import type { OverlaySegment } from "../highlights/overlay-segments";
import { ArticleParagraph } from "./article-paragraph";

/** What the reader's own highlights add to one paragraph. */
export interface ParagraphExtras {
  overlay?: readonly OverlaySegment[] | undefined;
  controls?: ReactNode;
}

interface Props {
  /**
   * The paragraphs, or a promise of them: a prerendered page hydrates without its story's data, and its text
   * stays as the server wrote it until the promise settles (decision 0022).
   */
  paragraphs: readonly ParagraphData[] | Promise<readonly ParagraphData[]>;
  highlight: boolean;
  onCopyLink: (url: string) => void;
  /** Per paragraph id: the reader's highlights and controls. A paragraph without gets `defaultControls`. */
  extras?: ReadonlyMap<string, ParagraphExtras> | undefined;
  /** The controls a paragraph shows before the reader's highlights are known (as the prerendered page has them). */
  defaultControls?: ((paragraph: ParagraphData) => ReactNode) | undefined;
  /** Called once the paragraphs are in place: rendered, or hydrated once their data came. */
  onReady?: (() => void) | undefined;
}

/**
 * The story's paragraphs in their own Suspense boundary. Memoised: while a prerendered story waits for its data,
 * nothing may re-render it (React would have to replace the server's text instead of hydrating it), so its parent
 * keeps every prop the same until `onReady`.
 */
export const StoryText = memo(function StoryText(props: Props) {
  return (
    <Suspense fallback={null}>
      <Paragraphs {...props} />
    </Suspense>
  );
});

function Paragraphs({
  paragraphs,
  highlight,
  onCopyLink,
  extras,
  defaultControls,
  onReady,
}: Props) {
  const shown = paragraphs instanceof Promise ? use(paragraphs) : paragraphs;
  useEffect(() => {
    onReady?.();
  }, [onReady]);
  return shown.map((paragraph) => {
    const extra = extras?.get(paragraph.id);
    return (
      <ArticleParagraph
        key={paragraph.id}
        paragraph={paragraph}
        highlight={highlight}
        onCopyLink={onCopyLink}
        overlay={extra?.overlay}
        controls={extra ? extra.controls : defaultControls?.(paragraph)}
      />
    );
  });
}

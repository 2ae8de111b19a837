import { lazy, Suspense, useState, type ComponentProps } from "react";
import { useArticleHighlights } from "../highlights/use-article-highlights";
import { useHighlightShortcut } from "../highlights/use-highlight-shortcut";
import { HighlightNotices } from "../ui/highlight-notices";
import { HighlightsSection } from "../ui/highlights-section";
import { ParagraphHighlightControls } from "../ui/paragraph-highlight-controls";
import { ReadingView, type ParagraphExtras } from "../ui/reading-view";

// Not needed for the first paint: loaded when the reader selects text or opens the panel.
const SelectionToolbar = lazy(() =>
  import("../ui/selection-toolbar").then((module) => ({
    default: module.SelectionToolbar,
  })),
);
const HighlightsPanel = lazy(() =>
  import("./highlights-panel").then((module) => ({
    default: module.HighlightsPanel,
  })),
);

type Props = Omit<
  ComponentProps<typeof ReadingView>,
  "paragraphExtras" | "children"
>;

/** The reading view with the reader's own highlights: in the text, per paragraph, and in a panel. */
export function HighlightedArticle({ article, ...view }: Props) {
  const highlights = useArticleHighlights(article);
  const [open, setOpen] = useState(false);
  useHighlightShortcut(highlights.toggleParagraph);
  const { snapshot, selection, color } = highlights;
  const { colorNames } = snapshot.state;

  const extras = new Map<string, ParagraphExtras>();
  for (const { id, index } of article.paragraphs) {
    const here = highlights.paragraphs.get(id);
    extras.set(id, {
      overlay: here?.overlay,
      controls: (
        <ParagraphHighlightControls
          index={index}
          pressed={here?.paragraphHighlight != null}
          colorLabel={colorNames[color]}
          quoteCount={here?.quoteCount ?? 0}
          onToggle={() => {
            highlights.toggleParagraph(id);
          }}
          onHighlightQuotes={() => {
            highlights.highlightQuotes(id);
          }}
        >
          {selection?.paragraphId === id ? (
            <Suspense fallback={null}>
              <SelectionToolbar
                colorNames={colorNames}
                onHighlight={highlights.highlightSelection}
              />
            </Suspense>
          ) : null}
        </ParagraphHighlightControls>
      ),
    });
  }
  const items = highlights.anchored.map(({ highlight, anchor }, index) => ({
    highlight,
    orphaned: anchor === null,
    link:
      anchor === null ? null : (
        <a href={`#${highlight.id}`}>Go to highlight {index + 1}</a>
      ),
  }));
  return (
    <ReadingView {...view} article={article} paragraphExtras={extras}>
      <HighlightNotices
        recoveredTo={snapshot.recoveredTo}
        error={snapshot.error}
        announcement={highlights.announcement}
        onDismiss={highlights.store.dismissNotice}
      />
      <HighlightsSection
        count={items.length}
        open={open}
        onOpenChange={setOpen}
      >
        <Suspense fallback={<p role="status">Loading your highlights…</p>}>
          <HighlightsPanel
            items={items}
            color={color}
            onColorChoice={highlights.setColor}
          />
        </Suspense>
      </HighlightsSection>
    </ReadingView>
  );
}

import { Suspense, useState, type ComponentProps } from "react";
import type { ArticleData } from "../content/article";
import { isWholeArticle } from "../content/article-outline";
import {
  DEFAULT_COLOR,
  DEFAULT_COLOR_NAMES,
} from "../highlights/highlight-colors";
import type { ArticleHighlights } from "../highlights/use-article-highlights";
import { useHighlightShortcut } from "../highlights/use-highlight-shortcut";
import { useHighlightsDemand } from "../highlights/use-highlights-demand";
import { HighlightNotices } from "../ui/highlight-notices";
import { HighlightsSection } from "../ui/highlights-section";
import { getHighlightItems, ParagraphControls } from "./paragraph-controls";
import { HighlightsPanel } from "./lazy-highlights-panel";
import { useHighlightIntents } from "./use-highlight-intents";
import { useWholeStory } from "./use-whole-story";
import {
  ReadingView,
  type ParagraphAction,
  type ParagraphExtras,
} from "../ui/reading-view";
import {
  getLoadedHighlightsRuntime,
  loadHighlightsRuntime,
} from "./load-highlights-runtime";

type Props = Omit<
  ComponentProps<typeof ReadingView>,
  | "paragraphExtras"
  | "children"
  | "storyHighlight"
  | "defaultControls"
  | "onParagraphAction"
  | "onStoryReady"
  | "onStoryMissing"
  | "loadQuotes"
> & {
  /** Loads the whole article when `article` is a prerendered page's outline (it then comes as `article`). */
  loadWholeArticle?: (() => Promise<ArticleData>) | undefined;
};

const LOAD_ERROR =
  "Your highlights could not be loaded. Check your connection, then try again.";

/**
 * The reading view with the reader's own highlights: in the text, per paragraph, and in a panel. It renders the
 * same DOM from the first paint, but loads the highlights runtime (`highlights-runtime.tsx`) only when the article
 * needs it: stored highlights of this article, a press, the `h` key, a selection or the panel (decision 0015).
 */
export function HighlightedArticle({
  article,
  loadWholeArticle,
  ...view
}: Props) {
  const whole = isWholeArticle(article) ? article : null;
  const [runtime, setRuntime] = useState(getLoadedHighlightsRuntime);
  const [highlights, setHighlights] = useState<ArticleHighlights | null>(null);
  const [open, setOpen] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { intents, pressed, setPressed, takeIntents, forgetIntents } =
    useHighlightIntents();

  const { live, storyHighlight, onStoryReady, onStoryMissing, loadWhole } =
    useWholeStory(
      whole !== null,
      loadWholeArticle,
      view.highlightQuotes,
      setLoadError,
    );

  // The runtime and, on a page that hydrated from its outline, the story's data (decision 0023).
  function demand(): void {
    if (runtime && whole) return;
    setLoadError(null);
    Promise.all([runtime ?? loadHighlightsRuntime(), loadWhole()]).then(
      ([loaded]) => {
        setRuntime(loaded);
      },
      () => {
        forgetIntents();
        setLoadError(LOAD_ERROR);
      },
    );
  }
  useHighlightsDemand(article.slug, runtime === null || whole === null, demand);

  function toggleParagraph(id: string): void {
    if (highlights) {
      highlights.toggleParagraph(id);
      return;
    }
    const wanted = intents.current.paragraphs;
    if (!wanted.delete(id)) wanted.add(id);
    setPressed(new Set(wanted));
    demand();
  }
  // A press of a paragraph's buttons, from React or, before the story hydrates, from the story's own listener.
  function act(action: ParagraphAction, id: string): void {
    if (action === "toggle") toggleParagraph(id);
    else if (highlights) highlights.highlightQuotes(id);
    else {
      intents.current.quotes.add(id);
      demand();
    }
  }
  useHighlightShortcut(toggleParagraph);

  const colorNames =
    highlights?.snapshot.state.colorNames ?? DEFAULT_COLOR_NAMES;
  const color = highlights?.color ?? DEFAULT_COLOR;
  const extras = new Map<string, ParagraphExtras>();
  for (const paragraph of whole?.paragraphs ?? []) {
    const { id } = paragraph;
    const here = highlights?.paragraphs.get(id);
    extras.set(id, {
      overlay: here?.overlay,
      controls: (
        <ParagraphControls
          paragraph={paragraph}
          pressed={
            highlights ? here?.paragraphHighlight != null : pressed.has(id)
          }
          onToggle={() => {
            act("toggle", id);
          }}
          onHighlightQuotes={() => {
            act("quotes", id);
          }}
        >
          {highlights?.selection?.paragraphId === id && runtime ? (
            <runtime.SelectionToolbar
              colorNames={colorNames}
              onHighlight={highlights.highlightSelection}
            />
          ) : null}
        </ParagraphControls>
      ),
    });
  }
  const items = getHighlightItems(highlights);
  const loading = <p role="status">Loading your highlights…</p>;
  return (
    <>
      <ReadingView
        {...view}
        article={article}
        storyHighlight={storyHighlight}
        paragraphExtras={live ? extras : undefined}
        defaultControls={(paragraph) => (
          // Before the story is live: as prerendered, with the presses the reader made meanwhile.
          <ParagraphControls
            paragraph={paragraph}
            pressed={pressed.has(paragraph.id)}
            onToggle={() => {
              act("toggle", paragraph.id);
            }}
            onHighlightQuotes={() => {
              act("quotes", paragraph.id);
            }}
          />
        )}
        pressedParagraphs={pressed}
        onParagraphAction={act}
        onStoryMissing={onStoryMissing}
        onStoryReady={onStoryReady}
        loadQuotes={loadWhole}
      >
        <HighlightNotices
          recoveredTo={highlights?.snapshot.recoveredTo ?? null}
          error={highlights?.snapshot.error ?? loadError}
          announcement={highlights?.announcement ?? ""}
          onDismiss={() => {
            highlights?.store.dismissNotice();
          }}
        />
        <HighlightsSection
          count={items.length}
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            if (next) demand();
          }}
        >
          {highlights ? (
            <Suspense fallback={loading}>
              <HighlightsPanel
                items={items}
                color={color}
                onColorChoice={highlights.setColor}
              />
            </Suspense>
          ) : (
            loading
          )}
        </HighlightsSection>
      </ReadingView>
      {runtime && whole ? (
        <runtime.HighlightsController
          article={whole}
          takeIntents={takeIntents}
          onChange={setHighlights}
        />
      ) : null}
    </>
  );
}

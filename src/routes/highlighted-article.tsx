import {
  lazy,
  Suspense,
  useCallback,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
} from "react";
import {
  DEFAULT_COLOR,
  DEFAULT_COLOR_NAMES,
} from "../highlights/highlight-colors";
import { getQuoteRanges } from "../highlights/quote-ranges";
import type { ArticleHighlights } from "../highlights/use-article-highlights";
import { useHighlightShortcut } from "../highlights/use-highlight-shortcut";
import { useHighlightsDemand } from "../highlights/use-highlights-demand";
import { HighlightNotices } from "../ui/highlight-notices";
import { HighlightsSection } from "../ui/highlights-section";
import { ParagraphHighlightControls } from "../ui/paragraph-highlight-controls";
import { ReadingView, type ParagraphExtras } from "../ui/reading-view";
import type { HighlightIntents } from "./highlights-runtime";
import {
  getLoadedHighlightsRuntime,
  loadHighlightsRuntime,
} from "./load-highlights-runtime";

// Not needed until the reader opens the panel: the list, export and import.
const HighlightsPanel = lazy(() =>
  import("./highlights-panel").then((module) => ({
    default: module.HighlightsPanel,
  })),
);

type Props = Omit<
  ComponentProps<typeof ReadingView>,
  "paragraphExtras" | "children"
>;

const LOAD_ERROR =
  "Your highlights could not be loaded. Check your connection, then try again.";

const noIntents = (): { paragraphs: Set<string>; quotes: Set<string> } => ({
  paragraphs: new Set(),
  quotes: new Set(),
});

/**
 * The reading view with the reader's own highlights: in the text, per paragraph, and in a panel. It renders the
 * same DOM from the first paint, but loads the highlights runtime (`highlights-runtime.tsx`) only when the article
 * needs it: stored highlights of this article, a press, the `h` key, a selection or the panel (decision 0015).
 */
export function HighlightedArticle({ article, ...view }: Props) {
  const [runtime, setRuntime] = useState(getLoadedHighlightsRuntime);
  const [highlights, setHighlights] = useState<ArticleHighlights | null>(null);
  const [open, setOpen] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  // What the reader asked for before the runtime arrived; `pressed` mirrors it for the buttons.
  const intents = useRef(noIntents());
  const [pressed, setPressed] = useState<ReadonlySet<string>>(new Set());
  const takeIntents = useCallback((): HighlightIntents => {
    const taken = intents.current;
    intents.current = noIntents();
    return taken;
  }, []);
  const quoteCounts = useMemo(
    () =>
      new Map(
        article.paragraphs.map(({ id, segments }) => [
          id,
          getQuoteRanges(segments).length,
        ]),
      ),
    [article],
  );

  function demand(): void {
    if (runtime) return;
    setLoadError(null);
    loadHighlightsRuntime().then(setRuntime, () => {
      intents.current = noIntents();
      setPressed(new Set());
      setLoadError(LOAD_ERROR);
    });
  }
  useHighlightsDemand(article.slug, runtime === null, demand);

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
  useHighlightShortcut(toggleParagraph);

  const colorNames =
    highlights?.snapshot.state.colorNames ?? DEFAULT_COLOR_NAMES;
  const color = highlights?.color ?? DEFAULT_COLOR;
  const extras = new Map<string, ParagraphExtras>();
  for (const { id, index } of article.paragraphs) {
    const here = highlights?.paragraphs.get(id);
    const selected = highlights?.selection?.paragraphId === id;
    extras.set(id, {
      overlay: here?.overlay,
      controls: (
        <ParagraphHighlightControls
          index={index}
          pressed={
            highlights ? here?.paragraphHighlight != null : pressed.has(id)
          }
          colorLabel={colorNames[color]}
          quoteCount={quoteCounts.get(id) ?? 0}
          onToggle={() => {
            toggleParagraph(id);
          }}
          onHighlightQuotes={() => {
            if (highlights) highlights.highlightQuotes(id);
            else {
              intents.current.quotes.add(id);
              demand();
            }
          }}
        >
          {selected && runtime ? (
            <runtime.SelectionToolbar
              colorNames={colorNames}
              onHighlight={highlights.highlightSelection}
            />
          ) : null}
        </ParagraphHighlightControls>
      ),
    });
  }
  const items = (highlights?.anchored ?? []).map(
    ({ highlight, anchor }, index) => ({
      highlight,
      orphaned: anchor === null,
      link:
        anchor === null ? null : (
          <a href={`#${highlight.id}`}>Go to highlight {index + 1}</a>
        ),
    }),
  );
  const loading = <p role="status">Loading your highlights…</p>;
  return (
    <>
      <ReadingView {...view} article={article} paragraphExtras={extras}>
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
      {runtime ? (
        <runtime.HighlightsController
          article={article}
          takeIntents={takeIntents}
          onChange={setHighlights}
        />
      ) : null}
    </>
  );
}

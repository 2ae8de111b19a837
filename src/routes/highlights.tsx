import {
  lazy,
  Suspense,
  useEffect,
  useState,
  useSyncExternalStore,
} from "react";
import { Link } from "react-router";
import type { ContentSource } from "../content/content-source";
import { getArticlePath } from "../content/data-paths";
import { getSegmentsText } from "../content/segment-paragraph";
import { locateHighlight } from "../highlights/anchor";
import { listHighlights } from "../highlights/highlight";
import { useHighlights } from "../highlights/use-highlights";
import { HighlightsPage } from "../ui/highlights-page";
import { PageMeta } from "../ui/page-meta";

const HighlightsPanel = lazy(() =>
  import("./highlights-panel").then((module) => ({
    default: module.HighlightsPanel,
  })),
);

const noSubscription = () => () => undefined;

/** `/highlights/`: every highlight across articles, newest first. The list is drawn in the browser only. */
export function createHighlightsRoute(source: ContentSource) {
  return function HighlightsRoute() {
    const hydrated = useSyncExternalStore(
      noSubscription,
      () => true,
      () => false,
    );
    const { snapshot } = useHighlights();
    const highlights = listHighlights(snapshot.state);
    const [orphaned, setOrphaned] = useState<ReadonlySet<string>>(new Set());
    const slugs = [...new Set(highlights.map((h) => h.slug))].join("\n");
    useEffect(() => {
      let live = true;
      const wanted = slugs === "" ? [] : slugs.split("\n");
      void Promise.all(
        wanted.map((slug) => source.loadArticle(slug).catch(() => null)),
      ).then((articles) => {
        if (!live) return;
        const lost = new Set<string>();
        for (const highlight of highlights) {
          const article = articles.find((a) => a?.slug === highlight.slug);
          const texts = article?.paragraphs.map((p) => ({
            id: p.id,
            text: getSegmentsText(p.segments),
          }));
          if (!texts || !locateHighlight(texts, highlight))
            lost.add(highlight.id);
        }
        setOrphaned(lost);
      });
      return () => {
        live = false;
      };
      // `slugs` and the state stand for `highlights`, which is a new array on every render.
      // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
    }, [slugs, snapshot.state]);
    const items = highlights.map((highlight) => ({
      highlight,
      orphaned: orphaned.has(highlight.id),
      link: (
        <Link to={`${getArticlePath(highlight.slug)}#${highlight.paragraphId}`}>
          Open in “{highlight.title}”
        </Link>
      ),
    }));
    return (
      <>
        <PageMeta
          title="Your highlights"
          description="Every passage you highlighted, newest first."
        />
        <HighlightsPage hydrated={hydrated} count={items.length}>
          <Suspense fallback={<p role="status">Loading your highlights…</p>}>
            <HighlightsPanel items={items} showTitle />
          </Suspense>
        </HighlightsPage>
      </>
    );
  };
}

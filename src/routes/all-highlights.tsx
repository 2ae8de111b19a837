import { useEffect, useState } from "react";
import { Link } from "react-router";
import type { ContentSource } from "../content/content-source";
import { getArticlePath } from "../content/data-paths";
import { getSegmentsText } from "../content/segment-paragraph";
import { locateHighlight } from "../highlights/anchor";
import { listHighlights, type Highlight } from "../highlights/highlight";
import { useHighlights } from "../highlights/use-highlights";
import { HighlightsPanel } from "./highlights-panel";

/** Ids of the highlights that can no longer be placed in their article (or whose article is gone). */
async function findOrphans(
  source: ContentSource,
  highlights: readonly Highlight[],
): Promise<Set<string>> {
  const slugs = [...new Set(highlights.map((highlight) => highlight.slug))];
  const articles = await Promise.all(
    slugs.map((slug) => source.loadArticle(slug).catch(() => null)),
  );
  const orphans = new Set<string>();
  for (const highlight of highlights) {
    const article = articles.find((a) => a?.slug === highlight.slug);
    const texts = article?.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      text: getSegmentsText(paragraph.segments),
    }));
    if (!texts || !locateHighlight(texts, highlight)) orphans.add(highlight.id);
  }
  return orphans;
}

/** Every highlight across articles, newest first; loaded on demand by `/highlights/`. */
export function AllHighlights({ source }: { source: ContentSource }) {
  const { snapshot } = useHighlights();
  const { state } = snapshot;
  const [orphans, setOrphans] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    void findOrphans(source, state.highlights).then((found) => {
      if (live) setOrphans(found);
    });
    return () => {
      live = false;
    };
  }, [source, state.highlights]);
  const items = listHighlights(state).map((highlight) => ({
    highlight,
    orphaned: orphans.has(highlight.id),
    link: (
      <Link
        discover="none"
        to={`${getArticlePath(highlight.slug)}#${highlight.paragraphId}`}
      >
        Open in “{highlight.title}”
      </Link>
    ),
  }));
  return <HighlightsPanel items={items} showTitle />;
}

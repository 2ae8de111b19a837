import { useHref } from "react-router";
import { getArticlePath } from "../content/data-paths";
import { downloadFile } from "../highlights/download-file";
import {
  exportAnnotations,
  exportMarkdown,
  importAnnotations,
  type LinkBuilder,
} from "../highlights/export-highlights";
import type { HighlightColor } from "../highlights/highlight";
import { useHighlights } from "../highlights/use-highlights";
import { HighlightList, type HighlightListItem } from "../ui/highlight-list";
import { HighlightTools } from "../ui/highlight-tools";

interface Props {
  items: readonly HighlightListItem[];
  showTitle?: boolean;
  color?: HighlightColor;
  onColorChoice?: (color: HighlightColor) => void;
}

/** Absolute links to articles under the site's base path, for exports read outside the site. */
function useLinkBuilder(): LinkBuilder {
  const base = useHref("/");
  return (slug, paragraphId) =>
    `${window.location.origin}${base.replace(/\/$/, "")}${getArticlePath(encodeURIComponent(slug))}${paragraphId === "" ? "" : `#${paragraphId}`}`;
}

/** The reader's highlights with their tools; loaded on demand, as no first paint needs it. */
export function HighlightsPanel({
  items,
  showTitle,
  color,
  onColorChoice,
}: Props) {
  const { snapshot, store } = useHighlights();
  const link = useLinkBuilder();
  const { state } = snapshot;
  return (
    <>
      <HighlightTools
        colorNames={state.colorNames}
        {...(color !== undefined && onColorChoice && { color, onColorChoice })}
        onRenameColor={store.renameColor}
        onExport={(format) => {
          if (format === "markdown")
            downloadFile(
              "highlights.md",
              "text/markdown",
              exportMarkdown(state, link),
            );
          else
            downloadFile(
              "highlights.json",
              "application/ld+json",
              exportAnnotations(state, link),
            );
        }}
        onImport={(text) => {
          const result = importAnnotations(text);
          if (!result.ok) return result.error;
          const added = store.importHighlights(
            result.highlights,
            result.colorNames,
          );
          return `Imported ${String(added)} new of ${String(result.highlights.length)} highlights.`;
        }}
      />
      <HighlightList
        items={items}
        colorNames={state.colorNames}
        showTitle={showTitle ?? false}
        onChangeColor={(id, newColor) => {
          store.update(id, { color: newColor });
        }}
        onChangeNote={(id, note) => {
          store.update(id, { note });
        }}
        onRemove={store.remove}
      />
    </>
  );
}

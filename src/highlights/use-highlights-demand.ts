import { useEffect, useRef } from "react";
import { getStoryParagraph } from "../dom/story-paragraphs";
import { getBrowserStorage, readStorageItem } from "../storage/local-store";
import { HIGHLIGHTS_KEY, peekHighlights } from "./peek-highlights";

// In a paragraph of the article, its text or its block (speaker note, highlight controls).
function isInParagraph(node: Node | null): boolean {
  return getStoryParagraph(node) !== null;
}

/**
 * Calls `onDemand` when the article `slug` needs the highlights runtime without the reader pressing anything: on
 * mount when storage holds highlights of this article or a value only the store can read (and back up), when a
 * text selection starts inside a paragraph, and when another tab stores such a value. Listens only while
 * `active`. The buttons, the `h` key and the panel ask for the runtime themselves (decision 0015).
 */
export function useHighlightsDemand(
  slug: string,
  active: boolean,
  onDemand: () => void,
): void {
  const latest = useRef(onDemand);
  useEffect(() => {
    latest.current = onDemand;
  });
  useEffect(() => {
    if (!active) return;
    const demand = () => {
      latest.current();
    };
    const needed = (raw: string | null) => peekHighlights(raw, slug) !== "none";
    if (needed(readStorageItem(getBrowserStorage, HIGHLIGHTS_KEY))) demand();
    function handleSelection() {
      const selection = document.getSelection();
      if (
        selection &&
        !selection.isCollapsed &&
        (isInParagraph(selection.anchorNode) ||
          isInParagraph(selection.focusNode))
      )
        demand();
    }
    function handleStorage(event: StorageEvent) {
      if (event.key === HIGHLIGHTS_KEY && needed(event.newValue)) demand();
    }
    document.addEventListener("selectionchange", handleSelection);
    window.addEventListener("storage", handleStorage);
    return () => {
      document.removeEventListener("selectionchange", handleSelection);
      window.removeEventListener("storage", handleStorage);
    };
  }, [slug, active]);
}

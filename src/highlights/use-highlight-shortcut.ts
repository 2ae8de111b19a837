import { getStoryParagraph } from "../dom/story-paragraphs";
import { useShortcut } from "../keyboard/use-shortcuts";

/**
 * The `h` shortcut (see `src/keyboard/shortcuts.ts`): highlights the focused paragraph, or removes its highlight,
 * when focus is on the paragraph or anything in its block (its buttons). The keyboard module decides when
 * shortcuts fire (never while typing, with a modifier, or when the reader turned them off).
 */
export function useHighlightShortcut(
  onHighlight: (paragraphId: string) => void,
): void {
  useShortcut("highlight", () => {
    const paragraph = getStoryParagraph(document.activeElement);
    if (!paragraph) return false;
    onHighlight(paragraph.id);
    return true;
  });
}

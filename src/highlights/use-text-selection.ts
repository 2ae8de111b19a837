import { useEffect, useState } from "react";
import { getStoryParagraph } from "../dom/story-paragraphs";

/** A text selection inside one paragraph, as offsets into the paragraph's text. */
export interface ParagraphSelection {
  paragraphId: string;
  start: number;
  end: number;
}

// Text a sighted reader does not see as part of the paragraph (speaker names for screen readers, labels).
const NOT_TEXT = ".visually-hidden, [aria-hidden='true']";

function offsetIn(paragraph: HTMLElement, node: Node, offset: number): number {
  const doc = paragraph.ownerDocument;
  // A boundary between elements: measure up to the child it points at.
  const range = doc.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  const walker = doc.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text.parentElement?.closest(NOT_TEXT)) continue;
    if (!range.intersectsNode(text)) break;
    const length = text.textContent?.length ?? 0;
    total += text === node ? Math.min(offset, length) : length;
    if (text === node) break;
  }
  return total;
}

/**
 * Reads the document's selection when it lies within one article paragraph and is not empty. A selection that
 * runs on into the paragraph's own controls (a drag past its end) is cut at the end of its text.
 */
export function readParagraphSelection(
  selection: Selection | null,
): ParagraphSelection | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0)
    return null;
  const range = selection.getRangeAt(0);
  // The paragraph of each end, through its block (holding its `<p id>` and controls).
  const paragraph = getStoryParagraph(range.startContainer);
  if (!paragraph || paragraph !== getStoryParagraph(range.endContainer))
    return null;
  const textLength = offsetIn(
    paragraph,
    paragraph,
    paragraph.childNodes.length,
  );
  const start = paragraph.contains(range.startContainer)
    ? offsetIn(paragraph, range.startContainer, range.startOffset)
    : 0;
  const end = paragraph.contains(range.endContainer)
    ? offsetIn(paragraph, range.endContainer, range.endOffset)
    : textLength;
  return end > start ? { paragraphId: paragraph.id, start, end } : null;
}

/**
 * The reader's current text selection inside an article paragraph. It stays while focus is in the selection
 * toolbar (`[data-selection-toolbar]`), so a keyboard user can Tab to its buttons. A selection made before the
 * hook mounted (the one that loaded the highlights runtime) counts too.
 */
export function useTextSelection(): [ParagraphSelection | null, () => void] {
  const [selection, setSelection] = useState<ParagraphSelection | null>(() =>
    typeof document === "undefined"
      ? null
      : readParagraphSelection(document.getSelection()),
  );
  useEffect(() => {
    function handleChange() {
      const next = readParagraphSelection(document.getSelection());
      if (next) setSelection(next);
      else if (!document.activeElement?.closest("[data-selection-toolbar]"))
        setSelection(null);
    }
    document.addEventListener("selectionchange", handleChange);
    return () => {
      document.removeEventListener("selectionchange", handleChange);
    };
  }, []);
  return [
    selection,
    () => {
      setSelection(null);
    },
  ];
}

import { useEffect, useRef, type RefObject } from "react";
import type { ParagraphAction } from "./reading-view";

interface Handlers {
  onCopyLink: (url: string) => void;
  onParagraphAction?:
    ((action: ParagraphAction, paragraphId: string) => void) | undefined;
}

/**
 * While `active`, makes the story in `story` work as the server wrote it, before React hydrates it (decision 0020).
 * React stops every click and key press inside a Suspense boundary it has not hydrated yet (in the capture phase
 * at its root), so: clicks on a paragraph's link or buttons are handled here, from the window's capture phase; other
 * key presses are handed on to the document's own listeners (the shortcut keys) as a copy. Either way React does
 * not see the original, so nothing is handled twice when React happens to hydrate the story on that very event.
 */
export function usePrerenderedStoryEvents(
  story: RefObject<HTMLElement | null>,
  active: boolean,
  handlers: Handlers,
): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const element = story.current;
    if (!active || !element) return;
    const inStory = (event: Event): event is Event & { target: Element } =>
      event.target instanceof Element && element.contains(event.target);

    const handleClick = (event: MouseEvent) => {
      if (!inStory(event)) return;
      event.stopPropagation();
      const block = event.target.closest("[data-paragraph-id]");
      const id = block?.getAttribute("data-paragraph-id");
      if (!block || !id) return;
      const link = event.target.closest<HTMLAnchorElement>(`a[href="#${id}"]`);
      const button = event.target.closest("button");
      if (link) latest.current.onCopyLink(link.href);
      else if (button && block.contains(button))
        latest.current.onParagraphAction?.(
          button.hasAttribute("aria-pressed") ? "toggle" : "quotes",
          id,
        );
    };
    const handleKeyDown = (event: KeyboardEvent) => {
      if (!inStory(event)) return;
      event.stopPropagation();
      const copy = new KeyboardEvent("keydown", {
        key: event.key,
        code: event.code,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        repeat: event.repeat,
        isComposing: event.isComposing,
        bubbles: true,
        cancelable: true,
      });
      element.ownerDocument.dispatchEvent(copy);
      if (copy.defaultPrevented) event.preventDefault();
    };
    window.addEventListener("click", handleClick, true);
    window.addEventListener("keydown", handleKeyDown, true);
    return () => {
      window.removeEventListener("click", handleClick, true);
      window.removeEventListener("keydown", handleKeyDown, true);
    };
  }, [story, active]);
}

import { useEffect } from "react";
import { getLinkedParagraph, makeFocusable } from "../dom/story-paragraphs";

/**
 * Focus follows links to the story's paragraphs, which the page does not make focusable in advance (decision
 * 0025): a click on a link to one on this page makes it focusable before the browser or the link's own handler
 * moves focus there, and an address naming one, on arrival (unless the reader has put focus somewhere already)
 * or after a change of `#hash`, moves focus to it, as the browser does for an element it can focus.
 */
export function useLinkedParagraphFocus(): void {
  useEffect(() => {
    const focusLinked = (always: boolean) => {
      const paragraph = getLinkedParagraph(window.location.hash);
      if (!paragraph) return;
      makeFocusable(paragraph);
      const active = document.activeElement;
      if (active === paragraph) return;
      if (always || active === null || active === document.body)
        paragraph.focus({ preventScroll: true });
    };
    const handleClick = (event: MouseEvent) => {
      const link =
        event.target instanceof Element
          ? event.target.closest<HTMLAnchorElement>("a[href*='#']")
          : null;
      const here = window.location;
      if (
        link?.origin === here.origin &&
        link.pathname === here.pathname &&
        link.search === here.search
      ) {
        const paragraph = getLinkedParagraph(link.hash);
        if (paragraph) makeFocusable(paragraph);
      }
    };
    const handleHashChange = () => {
      focusLinked(true);
    };
    focusLinked(false);
    // Capture: before the link's own click handler runs.
    document.addEventListener("click", handleClick, true);
    window.addEventListener("hashchange", handleHashChange);
    return () => {
      document.removeEventListener("click", handleClick, true);
      window.removeEventListener("hashchange", handleHashChange);
    };
  }, []);
}

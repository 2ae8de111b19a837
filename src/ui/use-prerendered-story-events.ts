import { useEffect, useRef, type RefObject } from "react";
import type { ParagraphAction } from "./reading-view";

interface Handlers {
  onCopyLink: (url: string) => void;
  onParagraphAction?:
    ((action: ParagraphAction, paragraphId: string) => void) | undefined;
}

// The events React answers, inside a Suspense boundary it has not hydrated, by trying to hydrate it there and
// then (and by stopping them): its discrete and its continuous replayable events (react-dom's event system).
const REACT_HYDRATING_EVENTS = [
  "mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup",
  "dragend dragstart drop compositionend compositionstart keypress keyup input textInput copy cut paste",
  "change contextmenu reset focusout dragenter dragleave mouseover mouseout pointerover pointerout",
  "gotpointercapture lostpointercapture",
]
  .join(" ")
  .split(" ");

/**
 * While `active`, keeps React's hands off the story in `story` and makes it work as the server wrote it, until it
 * hydrates (decision 0022). A story waiting for its data must not be touched: React answers an event inside it by
 * trying to hydrate it, and a render that then reaches it (a hash change) makes React throw the server's nodes
 * away for an empty fallback. So, from the window's capture phase (before React's root), every event React would
 * act on inside the story is stopped: a click on a paragraph's link or buttons is handled here, a key press and a
 * focus are handed on to the document's own listeners (shortcut keys, reading progress) as copies React never
 * sees (dispatched on the document: listeners read the focused element, not the copy's target).
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
    const handleFocusIn = (event: FocusEvent) => {
      if (!inStory(event)) return;
      event.stopPropagation();
      element.ownerDocument.dispatchEvent(
        new FocusEvent("focusin", {
          bubbles: true,
          relatedTarget: event.relatedTarget,
        }),
      );
    };
    const stop = (event: Event) => {
      if (inStory(event)) event.stopPropagation();
    };
    const listeners: [string, (event: never) => void][] = [
      ["click", handleClick],
      ["keydown", handleKeyDown],
      ["focusin", handleFocusIn],
      ...REACT_HYDRATING_EVENTS.map((type): [string, typeof stop] => [
        type,
        stop,
      ]),
    ];
    for (const [type, listener] of listeners)
      window.addEventListener(type, listener as EventListener, true);
    return () => {
      for (const [type, listener] of listeners)
        window.removeEventListener(type, listener as EventListener, true);
    };
  }, [story, active]);
}

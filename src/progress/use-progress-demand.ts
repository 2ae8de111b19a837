import { useEffect, useRef } from "react";
import { getStoryParagraph, getStoryParagraphs } from "../dom/story-paragraphs";
import { getBrowserStorage, readStorageItem } from "../storage/local-store";
import {
  isPastTop,
  measureReadingPosition,
  type ReadingPosition,
} from "./measure-position";
import { peekProgress, PROGRESS_KEY } from "./peek-progress";

/** What the story needs from the reading-progress runtime, and why. */
export interface ProgressDemandHandlers {
  /**
   * Asked for the runtime: `arrival` when stored progress (or a value only the store can read) was found on
   * arrival, so that the story may reopen where the reader left it; false when the reader moved.
   */
  onDemand: (arrival: boolean) => void;
  /** Told where the reader is whenever it is measured without the runtime (on mount, after a resize). */
  onMeasure: (position: ReadingPosition) => void;
}

/**
 * Asks for the progress runtime of the story `slug` once there is something to record or resume: on mount when
 * storage holds progress of this story or an unreadable value, or when the reader is already past the top or sees
 * the whole story; then on the first scroll, `#…` jump, focus moving into a paragraph, or resize that moves the
 * reader past the top (decision 0016). Listens only while `active`; measures meanwhile so that the bar is right.
 */
export function useProgressDemand(
  slug: string,
  active: boolean,
  handlers: ProgressDemandHandlers,
): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!active) return;
    const demand = () => {
      latest.current.onDemand(false);
    };
    const measure = () => {
      const position = measureReadingPosition(getStoryParagraphs());
      latest.current.onMeasure(position);
      if (isPastTop(position)) demand();
    };
    const stored = readStorageItem(getBrowserStorage, PROGRESS_KEY);
    if (peekProgress(stored, slug) === "load") latest.current.onDemand(true);
    measure();
    let frame = 0;
    const handleResize = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          measure();
        });
    };
    const handleFocus = (event: FocusEvent) => {
      if (event.target instanceof Node && getStoryParagraph(event.target))
        demand();
    };
    window.addEventListener("scroll", demand, { passive: true });
    window.addEventListener("hashchange", demand);
    window.addEventListener("resize", handleResize, { passive: true });
    document.addEventListener("focusin", handleFocus);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", demand);
      window.removeEventListener("hashchange", demand);
      window.removeEventListener("resize", handleResize);
      document.removeEventListener("focusin", handleFocus);
    };
  }, [slug, active]);
}

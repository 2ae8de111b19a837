import { memo, useEffect, useState } from "react";
import { getStoryParagraphs } from "../dom/story-paragraphs";
import {
  measureReadingPosition,
  type ReadingPosition,
} from "../progress/measure-position";
import { useProgressStore } from "../progress/use-progress";
import { ResumeNotice } from "../ui/resume-notice";

interface Props {
  /** The article's slug; its paragraphs are those on the page. */
  slug: string;
  /** Whether the story was just opened: only then may it reopen where the reader left it. */
  arrival: boolean;
  /** Receives where the reader is after every measurement. */
  onPosition: (position: ReadingPosition) => void;
}

/**
 * The reading-progress runtime of one article: records the paragraph being read as the reader scrolls, hands the
 * position to the article's bar (`reading-progress.tsx`, which owns it), and on arrival (without a `#p-…` target
 * and unless the browser restored a position) reopens the story where the reader left it, with a way back to the
 * top. It renders only that notice, so loading it replaces nothing on screen (decision 0016).
 */
export const ProgressTracker = memo(function ProgressTracker({
  slug,
  arrival,
  onPosition,
}: Props) {
  const store = useProgressStore();
  const [resumedAt, setResumedAt] = useState<{
    paragraph: number;
    count: number;
  } | null>(null);

  useEffect(() => {
    const saved = store.getSnapshot()[slug];
    if (
      arrival &&
      saved &&
      !saved.finished &&
      saved.index > 0 &&
      window.location.hash === "" &&
      window.scrollY === 0
    ) {
      // By id first; when the paragraph was edited since, the same position.
      const paragraphs = getStoryParagraphs();
      const index = paragraphs.findIndex(({ id }) => id === saved.paragraphId);
      const position = index === -1 ? saved.index : index;
      const element = paragraphs[position];
      if (element) {
        element.scrollIntoView({ block: "start", behavior: "instant" });
        // Stored progress is read after hydration only, so the notice can only appear from here.
        setResumedAt({ paragraph: position + 1, count: paragraphs.length });
      }
    }
    let frame = 0;
    let recorded = -1;
    const update = () => {
      frame = 0;
      // Found anew each time: a story rendered from data once the article came has new nodes.
      const paragraphs = getStoryParagraphs();
      const next = measureReadingPosition(paragraphs);
      onPosition(next);
      const paragraph = paragraphs[next.index];
      if (paragraph && next.index !== recorded) {
        recorded = next.index;
        store.record(slug, {
          paragraphId: paragraph.id,
          index: next.index,
          count: next.count,
          at: Date.now(),
        });
      }
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [slug, store, arrival, onPosition]);

  if (resumedAt === null) return null;
  return (
    <ResumeNotice
      paragraph={resumedAt.paragraph}
      count={resumedAt.count}
      onStartFromTop={() => {
        setResumedAt(null);
        window.scrollTo({ top: 0, behavior: "instant" });
        document
          .querySelector<HTMLElement>("main h1")
          ?.focus({ preventScroll: true });
      }}
      onDismiss={() => {
        setResumedAt(null);
      }}
    />
  );
});

import { useEffect, useState } from "react";
import type { ArticleData } from "../content/article";
import { useProgressStore } from "../progress/use-progress";
import { getMinutesLeft } from "../progress/reading-progress";
import { ProgressIndicator } from "../ui/progress-indicator";
import { ResumeNotice } from "../ui/resume-notice";

// The paragraph crossing this line (px from the top of the window) is the one being read. It sits below the
// paragraphs' scroll margin, so a story reopened at paragraph N measures as N, not N − 1.
const READING_LINE = 48;

interface Position {
  index: number;
  fraction: number;
}

function measure(article: ArticleData): Position {
  const elements = article.paragraphs.map(({ id }) =>
    document.getElementById(id),
  );
  const first = elements[0]?.getBoundingClientRect();
  const last = elements.at(-1)?.getBoundingClientRect();
  if (!first || !last) return { index: 0, fraction: 0 };
  const viewport = window.innerHeight;
  if (last.bottom <= viewport)
    return { index: elements.length - 1, fraction: 1 };
  const reading = elements.findIndex(
    (element) =>
      element !== null && element.getBoundingClientRect().bottom > READING_LINE,
  );
  const fraction = (viewport - first.top) / (last.bottom - first.top);
  return {
    index: Math.max(0, reading),
    fraction: Math.min(1, Math.max(0, fraction)),
  };
}

/**
 * Tracks how far the reader is in `article`: shows the progress bar and time left, records the paragraph being
 * read, and on arrival (without a `#p-…` target and unless the browser restored a position) reopens the story
 * where the reader left it, with a way back to the top.
 */
export function ReadingProgress({ article }: { article: ArticleData }) {
  const store = useProgressStore();
  const [position, setPosition] = useState<Position>({
    index: 0,
    fraction: 0,
  });
  const [resumedAt, setResumedAt] = useState<number | null>(null);

  useEffect(() => {
    const { slug, paragraphs } = article;
    const saved = store.getSnapshot()[slug];
    if (
      saved &&
      !saved.finished &&
      saved.index > 0 &&
      window.location.hash === "" &&
      window.scrollY === 0
    ) {
      // By id first; when the paragraph was edited since, the same position.
      const index = paragraphs.findIndex(({ id }) => id === saved.paragraphId);
      const target = paragraphs[index === -1 ? saved.index : index];
      const element = target ? document.getElementById(target.id) : null;
      if (target && element) {
        element.scrollIntoView({ block: "start", behavior: "instant" });
        // eslint-disable-next-line react-hooks/set-state-in-effect -- stored progress is read after hydration only, so the notice can only appear from here
        setResumedAt(target.index);
      }
    }
    let frame = 0;
    let recorded = -1;
    const update = () => {
      frame = 0;
      const next = measure(article);
      setPosition(next);
      const paragraph = paragraphs[next.index];
      if (paragraph && next.index !== recorded) {
        recorded = next.index;
        store.record(slug, {
          paragraphId: paragraph.id,
          index: next.index,
          count: paragraphs.length,
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
  }, [article, store]);

  const count = article.paragraphs.length;
  const minutesLeft =
    position.fraction >= 1
      ? 0
      : getMinutesLeft(article.readingMinutes, position.index, count);
  return (
    <>
      <ProgressIndicator
        fraction={position.fraction}
        minutesLeft={minutesLeft}
      />
      {resumedAt === null ? null : (
        <ResumeNotice
          paragraph={resumedAt}
          count={count}
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
      )}
    </>
  );
}

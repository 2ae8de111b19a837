import { useRef, useState } from "react";
import type { ArticleView } from "../content/article";
import { TOP_OF_STORY } from "../progress/measure-position";
import { getMinutesLeftAt } from "../progress/minutes-left";
import { useProgressDemand } from "../progress/use-progress-demand";
import { ProgressIndicator } from "../ui/progress-indicator";
import {
  getLoadedProgressRuntime,
  loadProgressRuntime,
} from "./load-progress-runtime";

/**
 * How far the reader is in `article`: the progress bar and time left, from the first paint. Recording the paragraph
 * being read and reopening the story where the reader left it belong to the runtime (`progress-runtime.tsx`),
 * loaded only once there is something to record or resume (decision 0016); until then the bar is measured here.
 */
export function ReadingProgress({ article }: { article: ArticleView }) {
  const [runtime, setRuntime] = useState(getLoadedProgressRuntime);
  // An article opened with the runtime already loaded (a later client navigation) is an arrival too.
  const [arrival, setArrival] = useState(true);
  const [position, setPosition] = useState(TOP_OF_STORY);
  const requested = useRef(false);

  useProgressDemand(article.slug, runtime === null, {
    onDemand(isArrival) {
      if (requested.current) return;
      requested.current = true;
      loadProgressRuntime().then(
        (module) => {
          setArrival(isArrival);
          setRuntime(module);
        },
        () => {
          // Offline or a new deploy: the bar stays as measured, and the next trigger tries again.
          requested.current = false;
        },
      );
    },
    onMeasure: setPosition,
  });

  const minutesLeft = getMinutesLeftAt(article.readingMinutes, position);
  return (
    <>
      <ProgressIndicator
        fraction={position.fraction}
        minutesLeft={minutesLeft}
      />
      {runtime ? (
        <runtime.ProgressTracker
          slug={article.slug}
          arrival={arrival}
          onPosition={setPosition}
        />
      ) : null}
    </>
  );
}

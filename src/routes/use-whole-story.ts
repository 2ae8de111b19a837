import { useCallback, useEffect, useRef, useState } from "react";
import { DEFAULT_PREFERENCES } from "../preferences/preferences";

const WHOLE_ARTICLE_ERROR =
  "Quotes could not be shown plain. Check your connection, then try again.";

const LOST_STORY_ERROR =
  "The story could not be shown. Check your connection, then try again.";

/** Where the reading view's story stands, and how to get its whole article. */
export interface WholeStory {
  /**
   * False while the story is a prerendered page's text waiting for its data: it must then render exactly what the
   * server did (React hydrates it once the data comes), so the reader's choices reach it only once it is live.
   */
  live: boolean;
  /** Whether the story shows its quotes highlighted: the reader's choice once it is live, the page's until then. */
  storyHighlight: boolean;
  /** For the story to call once its paragraphs are rendered or hydrated. */
  onStoryReady: () => void;
  /** For the story to call when its prerendered nodes were lost before it hydrated: it then needs its data. */
  onStoryMissing: () => void;
  /** Resolves once the whole article is here (at once when it already is). */
  loadWhole: () => Promise<unknown>;
}

/**
 * The story of a page that hydrated from its outline (decision 0023). Its whole article is fetched when something
 * must re-render the story: the caller's own needs (`loadWhole`), or quotes shown plain (a stored choice or the
 * toggle), in which case `onError` gets a message for the reader if the fetch fails.
 */
export function useWholeStory(
  isWhole: boolean,
  loadWholeArticle: (() => Promise<unknown>) | undefined,
  highlightQuotes: boolean,
  onError: (message: string) => void,
): WholeStory {
  const [live, setLive] = useState(isWhole);
  const onStoryReady = useCallback(() => {
    setLive(true);
  }, []);
  const loadWhole = useCallback(
    (): Promise<unknown> =>
      isWhole || !loadWholeArticle ? Promise.resolve() : loadWholeArticle(),
    [isWhole, loadWholeArticle],
  );
  const reportError = useRef(onError);
  useEffect(() => {
    reportError.current = onError;
  });
  const onStoryMissing = useCallback(() => {
    loadWhole().catch(() => {
      reportError.current(LOST_STORY_ERROR);
    });
  }, [loadWhole]);
  const plainQuotes = highlightQuotes !== DEFAULT_PREFERENCES.highlightQuotes;
  useEffect(() => {
    if (!plainQuotes) return;
    loadWhole().catch(() => {
      reportError.current(WHOLE_ARTICLE_ERROR);
    });
  }, [plainQuotes, loadWhole]);
  return {
    live,
    storyHighlight: live
      ? highlightQuotes
      : DEFAULT_PREFERENCES.highlightQuotes,
    onStoryReady,
    onStoryMissing,
    loadWhole,
  };
}

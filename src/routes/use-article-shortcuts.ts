import { useShortcut } from "../keyboard/use-shortcuts";

// What j/k and n/p step through: the story's paragraphs (those with an anchor id) and its speech quotes.
const PARAGRAPHS = "main article p[id]";
const QUOTES = 'main article mark[data-kind="speech"]';

/** j/k move to the next/previous paragraph and n/p to the next/previous quote, focusing and scrolling to it. */
export function useArticleShortcuts(): void {
  useShortcut("next-paragraph", ({ moveFocus }) => moveFocus(PARAGRAPHS, 1));
  useShortcut("previous-paragraph", ({ moveFocus }) =>
    moveFocus(PARAGRAPHS, -1),
  );
  useShortcut("next-quote", ({ moveFocus }) => moveFocus(QUOTES, 1));
  useShortcut("previous-quote", ({ moveFocus }) => moveFocus(QUOTES, -1));
}

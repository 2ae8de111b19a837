import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import type { ParagraphData } from "../content/article";
import { getStoryParagraph } from "../dom/story-paragraphs";
import type { ParagraphAction } from "./reading-view";
import {
  getFocusableParagraphs,
  showAllPressed,
  showPressed,
} from "./server-story";
import { StoryText, type StoryProps } from "./story-text";
import { useLinkedParagraphFocus } from "./use-linked-paragraph-focus";

// What React is told the element of a prerendered story holds until the story's data comes: nothing for it to
// touch, so it hydrates the element and leaves the server's paragraphs in it as they are. A constant empty string:
// no article text is ever written as HTML (the story is hydrated from data, as text, by its own root).
const SERVER_NODES_KEPT = { __html: "" };

interface Props extends StoryProps {
  /** Called when a prerendered story's nodes are gone before it hydrated: its paragraphs are needed to show it. */
  onMissing?: (() => void) | undefined;
  /** The story's paragraphs; null on a page that hydrated from its outline, until the whole article came. */
  paragraphs: readonly ParagraphData[] | null;
  /** Paragraphs whose toggle the reader pressed while the story is still the server's HTML: its toggles show so. */
  pressedParagraphs?: ReadonlySet<string> | undefined;
  /** A press of a paragraph's buttons while the story is still the server's HTML. */
  onParagraphAction?:
    ((action: ParagraphAction, paragraphId: string) => void) | undefined;
}

/**
 * Where the story lives (decision 0023). A story rendered from data is part of the page's React tree. A story the
 * page was prerendered with, and that hydrated from the article's outline, stays the server's HTML (React keeps
 * out of it) until its paragraphs are given; it then hydrates in a React root of its own, the same nodes, with the
 * props it was prerendered with, and follows the props it is given once it reports ready (`onReady`). Meanwhile a
 * click on a paragraph's buttons is handled here.
 */
export function StoryHost({
  paragraphs,
  pressedParagraphs,
  onParagraphAction,
  onMissing,
  onReady,
  ...props
}: Props) {
  const [prerendered] = useState(paragraphs === null);
  const [ready, setReady] = useState(!prerendered);
  const host = useRef<HTMLDivElement>(null);
  const root = useRef<Root | null>(null);
  // The paragraphs the page's script made focusable before the story hydrated: its root renders them so, for good.
  const focusable = useRef<ReadonlySet<string>>(new Set());
  useLinkedParagraphFocus();
  // True when the page's root rendered the story's element anew (it recovered from a hydration error elsewhere by
  // rendering everything again): the server's paragraphs are gone, and the story renders from data once it comes.
  const lost = useRef(false);
  useLayoutEffect(() => {
    if (!prerendered || !host.current || host.current.hasChildNodes()) return;
    lost.current = true;
    onMissing?.();
    // Once, on mount: the element's content is the server's or nothing from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- checked once, when the element is first in place
  }, []);
  const handleReady = useCallback(() => {
    setReady(true);
    onReady?.();
  }, [onReady]);

  const renderStory = (focusableParagraphs?: ReadonlySet<string>) =>
    paragraphs && (
      <StoryText
        paragraphs={paragraphs}
        {...props}
        focusable={focusableParagraphs}
        onReady={handleReady}
      />
    );
  useEffect(() => {
    const element = host.current;
    if (!prerendered || !paragraphs || !element) return;
    // Hydrate once, with the props the story was prerendered with; render again only once that is done (an
    // update during hydration would make React replace the server's nodes).
    if (!root.current) {
      const container = element.firstElementChild;
      if (lost.current || !container) {
        const fresh = element.appendChild(document.createElement("div"));
        root.current = createRoot(fresh);
        root.current.render(renderStory());
      } else {
        // The presses of this very render too, and the paragraphs made focusable: the story must hydrate onto
        // nodes that show what it renders.
        showAllPressed(element, pressedParagraphs);
        focusable.current = getFocusableParagraphs(element);
        root.current = hydrateRoot(container, renderStory(focusable.current));
      }
    } else if (ready) root.current.render(renderStory(focusable.current));
  });
  useEffect(
    () => () => {
      const story = root.current;
      // Not during the page's own unmount: React cannot unmount a root while it renders.
      if (story)
        setTimeout(() => {
          story.unmount();
        });
    },
    [],
  );

  const latest = useRef(onParagraphAction);
  useEffect(() => {
    latest.current = onParagraphAction;
  });
  useEffect(() => {
    const element = host.current;
    if (ready || !element) return;
    const handleClick = (event: MouseEvent) => {
      if (!(event.target instanceof Element)) return;
      const paragraph = getStoryParagraph(event.target);
      const block = paragraph?.parentElement;
      if (!paragraph || !block) return;
      const id = paragraph.id;
      const button = event.target.closest("button");
      if (button?.hasAttribute("aria-pressed")) {
        // The toggle answers at once, as it would hydrated; `pressedParagraphs` then keeps it so. Not once the
        // story's root has its nodes: it shows the state itself when it is ready.
        if (!root.current)
          showPressed(button, button.getAttribute("aria-pressed") !== "true");
        latest.current?.("toggle", id);
      } else if (button && block.contains(button))
        latest.current?.("quotes", id);
      else return;
      // The story's own root, if it hydrated on the way, must not handle the press a second time: this listener
      // is on the capture phase of an element outside that root, so it runs before any of the root's own.
      event.stopImmediatePropagation();
    };
    element.addEventListener("click", handleClick, true);
    return () => {
      element.removeEventListener("click", handleClick, true);
    };
  }, [ready]);

  // Until it hydrates, the story's toggles show the reader's presses (and lose them if they could not be kept):
  // the story then hydrates with the same, so its nodes match.
  useEffect(() => {
    const element = host.current;
    if (ready || !element || root.current) return;
    showAllPressed(element, pressedParagraphs);
  }, [ready, pressedParagraphs]);

  // The story's own root is the inner element, which the page's root does not render: React hydrates a root on
  // demand when an event comes before it has (a press during its hydration), but not one whose container is an
  // element of another root (it looks the container up as that root's element, and swallows the event).
  if (!prerendered)
    return (
      <div>
        <div>{renderStory()}</div>
      </div>
    );
  return (
    <div
      ref={host}
      // eslint-disable-next-line no-restricted-syntax -- a constant empty string, never article text: React's way to leave the server's nodes to the story's own root
      dangerouslySetInnerHTML={SERVER_NODES_KEPT}
      suppressHydrationWarning
    />
  );
}

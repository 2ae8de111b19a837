import { getStoryParagraph } from "../dom/story-paragraphs";

// What `StoryHost` reads and writes in a prerendered story's nodes while they are still the server's HTML, so that
// the story hydrates onto nodes that show exactly what its first render says (decision 0023).

/** Shows a prerendered toggle pressed or not, as `ParagraphHighlightControls` renders it. */
export function showPressed(button: Element, pressed: boolean): void {
  button.setAttribute("aria-pressed", String(pressed));
}

/** Shows every prerendered toggle in `story` as `pressed` (paragraph ids) says. */
export function showAllPressed(
  story: Element,
  pressed: ReadonlySet<string> | undefined,
): void {
  for (const button of story.querySelectorAll("button[aria-pressed]")) {
    const id = getStoryParagraph(button)?.id;
    if (id) showPressed(button, pressed?.has(id) ?? false);
  }
}

/** The ids of the paragraphs in `story` that script made focusable (decision 0025), for the story to render so. */
export function getFocusableParagraphs(story: Element): Set<string> {
  const ids = new Set<string>();
  for (const paragraph of story.querySelectorAll("p[id][tabindex]"))
    ids.add(paragraph.id);
  return ids;
}

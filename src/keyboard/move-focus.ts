/**
 * Moves focus to the next (`1`) or previous (`-1`) element matching `selector`, counted from the focused one,
 * or, when focus is elsewhere, from what is on screen. The element becomes focusable by script only
 * (`tabindex="-1"`) and is scrolled into view. Returns false when there is nowhere to go.
 */
export function moveFocus(selector: string, direction: 1 | -1): boolean {
  const elements = [...document.querySelectorAll<HTMLElement>(selector)];
  if (elements.length === 0) return false;
  const active = document.activeElement;
  let index = elements.findIndex(
    (element) => element === active || element.contains(active),
  );
  if (index === -1) {
    // Nothing of ours has focus: start from the first element whose top is on screen.
    const onScreen = elements.findIndex(
      (element) => element.getBoundingClientRect().top >= 0,
    );
    index =
      onScreen === -1 ? elements.length : onScreen - (direction === 1 ? 1 : 0);
  }
  const target = elements[index + direction];
  if (!target) return false;
  if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "start" });
  return true;
}

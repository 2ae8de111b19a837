import { useEffect, useRef } from "react";

/**
 * `h` highlights the focused paragraph (or removes its highlight): focus on the paragraph, or on anything inside
 * its block (`[data-paragraph-id]`). Never while typing in a field, with a modifier held, or when `enabled` is off.
 */
export function useHighlightShortcut(
  enabled: boolean,
  onHighlight: (paragraphId: string) => void,
): void {
  const latest = useRef(onHighlight);
  useEffect(() => {
    latest.current = onHighlight;
  });
  useEffect(() => {
    if (!enabled) return;
    function handleKeyDown(event: KeyboardEvent) {
      if (event.key !== "h" || event.defaultPrevented) return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
        return;
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      if (target.isContentEditable || target.closest("input, textarea, select"))
        return;
      const block = target.closest<HTMLElement>("[data-paragraph-id]");
      const id = block?.dataset.paragraphId;
      if (id === undefined) return;
      event.preventDefault();
      latest.current(id);
    }
    document.addEventListener("keydown", handleKeyDown);
    return () => {
      document.removeEventListener("keydown", handleKeyDown);
    };
  }, [enabled]);
}

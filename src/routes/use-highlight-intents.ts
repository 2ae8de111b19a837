import { useCallback, useRef, useState } from "react";
import type { HighlightIntents } from "./highlights-runtime";

const noIntents = (): { paragraphs: Set<string>; quotes: Set<string> } => ({
  paragraphs: new Set(),
  quotes: new Set(),
});

/**
 * What the reader asked of the highlights before their runtime (and the story's data) arrived: `intents` holds
 * it, `pressed` mirrors the paragraphs pressed for the buttons, the runtime takes it all once (`takeIntents`), and
 * `forgetIntents` drops it when they could not be loaded.
 */
export function useHighlightIntents() {
  const intents = useRef(noIntents());
  const [pressed, setPressed] = useState<ReadonlySet<string>>(new Set());
  const takeIntents = useCallback((): HighlightIntents => {
    const taken = intents.current;
    intents.current = noIntents();
    return taken;
  }, []);
  const forgetIntents = useCallback(() => {
    intents.current = noIntents();
    setPressed(new Set());
  }, []);
  return { intents, pressed, setPressed, takeIntents, forgetIntents };
}

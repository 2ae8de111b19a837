import type { PairedQuote } from "./pair-quotes";
import { SPEECH_VERBS } from "./reporting-words";

// A paragraph of dialogue opens with a dash glued to the first word (`—No tenemos miedo`).
const OPENING = /^\s*[—―](?=\S)/u;
// A narrator's aside: space, dash, then a lower-case word (`—dijo Rosa`), up to a closing dash or the end.
const ASIDE = /\s[—―](\p{Ll}[\p{L}-]*)[^—―]*(?:[—―]|$)/gu;
const RESUME = /^[\s.,;:!?…]*(?=\S)/u;

/**
 * Spanish, Portuguese and Italian dash dialogue: `—Ya no queda nada —dijo el pescador—. Todo se lo llevó el
 * mar.` gives the spoken pieces, each running up to a narrator's aside or the paragraph end, with no closing
 * mark. Only a paragraph that opens with a dash glued to a word and has an aside led by a reporting verb
 * counts, so a dash-led credit line (`—Additional reporting by …`) is never speech.
 * @example findDashDialogue("—No —dijo ella.").map((quote) => quote.closeIndex) // [3]
 */
export function findDashDialogue(text: string): PairedQuote[] {
  const opening = OPENING.exec(text);
  if (opening === null) return [];
  let openIndex = opening[0].length - 1;
  // Searched from after the opening dash: in an indented paragraph (` —sagte er`), it is not an aside.
  const from = new RegExp(ASIDE.source, ASIDE.flags);
  from.lastIndex = openIndex + 1;
  const asides = Array.from(text.matchAll(from));
  if (!asides.some((aside) => SPEECH_VERBS.has(aside[1]?.toLowerCase() ?? "")))
    return [];
  const quotes: PairedQuote[] = [];
  let openMark = text.charAt(openIndex);
  for (const aside of asides) {
    quotes.push({
      openIndex,
      openMark,
      closeIndex: aside.index,
      closeMark: "",
      closed: true,
    });
    const after = aside.index + aside[0].length;
    const resume = RESUME.exec(text.slice(after));
    if (resume === null || !/[—―]$/u.test(aside[0])) return quotes;
    openIndex = after + resume[0].length;
    openMark = "";
  }
  quotes.push({
    openIndex,
    openMark,
    closeIndex: text.length,
    closeMark: "",
    closed: true,
  });
  return quotes;
}

import type { QuoteKind } from "./article";
import type { Token } from "./quote-tokens";
import { isCapitalised } from "./quote-tokens";
import {
  findSentenceEnd,
  findSentenceStart,
  matchAccordingTo,
  matchCueAfter,
  matchVerb,
} from "./quote-cues";
import {
  ACCORDING_TO,
  DETERMINERS,
  NAME_CONNECTORS,
  PRONOUNS,
  TERM_INTRODUCERS,
} from "./reporting-words";
import { countWords } from "./text-stats";

/** What the words around a quote say about it. */
export interface QuoteContext {
  /** A reporting or characterising verb earlier in the sentence (`said it would "…"`, `called it "…"`). */
  cueBefore: boolean;
  /** A reporting or characterising verb at most three words before the quote (`called it a "…"`). */
  cueNear: boolean;
  /** An attribution right after the quote (`"…", said X`, `"…," X said`). */
  cueAfter: boolean;
  /** `according to` somewhere in the sentence. */
  according: boolean;
  /** A determiner or possessive right before the quote (`the "Army of Conquest"`, `the group's "values"`). */
  determinerBefore: boolean;
  /** A word that announces a name or label (`so-called`, `known as`, `a group called`). */
  introducerBefore: boolean;
  /** The quote opens its sentence (or follows a colon): `‚Niemals‘, rief sie.` */
  opensSentence?: boolean;
}

const STRONG_END = /[.!?…。！？]["'”’»)\]]*$/u;
const CLAUSE_END = /[,;:]$/u;
const FIRST_PERSON =
  /(?:^|[^\p{L}])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our|[Jj]e|[Nn]ous|[Vv]ous|[Ii]ch|[Ww]ir|[Nn]oi|[Yy]o|[Nn]osotros|[Ee]u|[Nn]ós)(?![\p{L}'’])/u;

/** Reads the context of the quote token at `index` (see {@link QuoteContext}). */
export function getQuoteContext(
  tokens: readonly Token[],
  index: number,
): QuoteContext {
  const quote = tokens[index];
  const start = findSentenceStart(tokens, index);
  const end = findSentenceEnd(tokens, index);
  let cueBefore = false;
  let cueNear = false;
  let according = false;
  for (let at = index - 1; at >= start && !cueNear; at -= 1) {
    const verb = matchVerb(tokens, at);
    // Passive `was accused of running a "…"`, `is called "…"`: nobody is quoted.
    if (verb === null || isPassive(tokens, verb)) continue;
    cueBefore = true;
    cueNear = at >= index - 4;
    if (!cueNear) break;
  }
  for (let at = start; at < end && !according; at += 1) {
    according =
      ACCORDING_TO.has(tokens[at]?.lower ?? "") &&
      matchAccordingTo(tokens, at) !== null;
  }
  const previous = tokens[index - 1];
  const beforePrevious = tokens[index - 2];
  const strongEnd = STRONG_END.test(quote?.text.trimEnd() ?? "");
  return {
    cueBefore: cueBefore || according,
    cueNear,
    cueAfter: matchCueAfter(tokens, index, strongEnd) !== null,
    according,
    determinerBefore:
      previous?.kind === "word" &&
      (DETERMINERS.has(previous.lower) || /\p{L}'s?$/u.test(previous.lower)),
    introducerBefore:
      isIntroducer(previous, beforePrevious) ||
      isLabelling(tokens, index) ||
      (previous !== undefined &&
        DETERMINERS.has(previous.lower) &&
        isIntroducer(beforePrevious, tokens[index - 3])),
    opensSentence: start === index || previous?.text === ":",
  };
}

const BE = new Set("is are was were be been being".split(" "));
const CALL_VERBS = new Set(
  "call calls called calling dub dubs dubbed brand brands branded term termed label labels labelled labeled".split(
    " ",
  ),
);
const LABEL_AS = new Set(
  "label labels labelled labeled labelling labeling classify classifies classified rate rates rated mark marks marked list lists listed designate designates designated flag flags flagged tag tags tagged register registered".split(
    " ",
  ),
);

function isPassive(
  tokens: readonly Token[],
  verb: { index: number; kind: string },
): boolean {
  return (
    verb.kind === "characterising" &&
    BE.has(tokens[verb.index - 1]?.lower ?? "")
  );
}

/**
 * A label rather than words spoken: `called it a "war on the poor"` (a call verb, an object, then a/an) and
 * `rated the risk as "moderate"`, `labels such posts as "misleading"` (a labelling verb, then as).
 */
function isLabelling(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]?.lower ?? "";
  if (previous === "a" || previous === "an")
    return (
      CALL_VERBS.has(tokens[index - 3]?.lower ?? "") ||
      CALL_VERBS.has(tokens[index - 2]?.lower ?? "")
    );
  if (previous !== "as") return false;
  for (let at = index - 2; at >= Math.max(0, index - 5); at -= 1)
    if (LABEL_AS.has(tokens[at]?.lower ?? "")) return true;
  return false;
}

function isIntroducer(
  previous: Token | undefined,
  beforePrevious: Token | undefined,
): boolean {
  if (previous === undefined) return false;
  if (previous.kind === "punct" && ":,".includes(previous.text))
    return isIntroducer(beforePrevious, undefined);
  if (previous.lower === "as")
    return ["known", "billed", "styled", "dubbed"].includes(
      beforePrevious?.lower ?? "",
    );
  if (!TERM_INTRODUCERS.has(previous.lower)) return false;
  if (previous.lower !== "called" && previous.lower !== "named") return true;
  // "a group called "X"" names a thing; "what he called "X"" and "Trump called "X"" quote a speaker.
  return (
    beforePrevious?.kind === "word" &&
    !isCapitalised(beforePrevious) &&
    !PRONOUNS.has(beforePrevious.lower)
  );
}

/**
 * Speech or term. Speech is direct speech or writing: sentence-like, first-person, long, or tied to a
 * reporting verb. A term is a name, title, label or scare quote: short, Title Case, after a determiner or
 * after `so-called`/`known as`. `The "Army of Conquest", a coalition…` is a term;
 * `said it would "double the number of fighters"` is speech.
 * @example classifyQuote("Army of Conquest", { cueBefore: false, cueNear: false, cueAfter: false, according: false, determinerBefore: true, introducerBefore: false }) // "term"
 */
export function classifyQuote(text: string, context: QuoteContext): QuoteKind {
  const inner = text.trim();
  const words = countWords(inner);
  const strongEnd = STRONG_END.test(inner);
  const clauseEnd = CLAUSE_END.test(inner);
  if (context.introducerBefore && words <= 6 && !strongEnd) return "term";
  let score = 0;
  if (words >= 4) score += 2;
  if (words >= 8) score += 1;
  if (strongEnd) score += 3;
  if (clauseEnd) score += 1;
  if (context.cueAfter) score += 2;
  if (context.cueBefore) score += 2;
  if (context.according) score += 1;
  if (FIRST_PERSON.test(inner)) score += 2;
  // A name does not get an attribution right after it (`‚Niemals‘, rief sie`): a cue there marks speech.
  const attributed =
    context.cueAfter && (clauseEnd || context.opensSentence === true);
  if (!strongEnd && isNameLike(inner) && !attributed) score -= 4;
  if (context.determinerBefore && !context.cueNear) score -= 2;
  if (words <= 2 && !context.cueBefore && !context.cueAfter) score -= 1;
  return score >= 2 ? "speech" : "term";
}

const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * True for a short Title Case span that reads as a name or title (`Army of Conquest`, `Gone with the Wind`,
 * `ISIS`): every word capitalised or a small connector, at most eight words, no "I".
 */
export function isNameLike(text: string): boolean {
  const words = text
    .split(/\s+/u)
    .map((word) => word.replace(EDGE_PUNCT, ""))
    .filter((word) => word !== "");
  // A leading "the" is part of many names: "the Falcon", "the Free Army".
  if (words[0] === "the" && words.length > 1) words.shift();
  const [first] = words;
  if (first === undefined || words.length > 8 || !/^[\p{Lu}\p{N}]/u.test(first))
    return false;
  return words.every(
    (word) =>
      word !== "I" &&
      (/^[\p{Lu}\p{N}]/u.test(word) ||
        NAME_CONNECTORS.has(word.toLowerCase()) ||
        /^(?:al|el|bin|ibn|abu)-\p{Lu}/u.test(word) ||
        ["a", "an", "to", "in", "with", "from", "by", "or", "vs"].includes(
          word,
        )),
  );
}

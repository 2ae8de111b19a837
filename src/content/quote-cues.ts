import type { Token } from "./quote-tokens";
import { endsSentence, isCapitalised } from "./quote-tokens";
import {
  ACCORDING_TO,
  CHARACTERISING_VERBS,
  CLAUSE_BREAKS,
  DETERMINERS,
  INTRO_WORDS,
  PARTICIPLES,
  PRONOUNS,
  SPEAKER_STOPS,
  SPEECH_VERBS,
  STATEMENT_NOUNS,
  STATEMENT_VERBS,
  VERB_FILLERS,
} from "./reporting-words";

/** A reporting verb found in the tokens: where it is, how many tokens it spans, and what kind it is. */
export interface VerbMatch {
  index: number;
  length: number;
  kind: "speech" | "participle" | "characterising" | "statement";
  /** A pronoun fused to the verb (`dit-il`, `a-t-elle déclaré`), which is then the speaker. */
  pronoun: string | null;
}

const NOUN_MARKERS = new Set(
  "the a an his her its their our my your this that these those".split(" "),
);

const REFLEXIVE_PARTICIPLES = new Set(
  "félicité réjoui indigné insurgé exclamé défendu étonné emporté inquiété interrogé dit".split(
    " ",
  ),
);

const NOUN_FORMS = new Set(
  "answer reply comment note report claim promise pledge vow threat demand post tweet warning response remark statement".split(
    " ",
  ),
);

// French inversion: dit-il, a-t-elle, explique-t-on.
const FUSED_PRONOUN = /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/u;

/**
 * The reporting verb starting at `index`, if any: a speech verb (`said`, `a déclaré`, `ha detto`, `dit-il`),
 * a participle (`saying`), a characterising verb (`called`) or a statement phrase (`released a statement`).
 */
export function matchVerb(
  tokens: readonly Token[],
  index: number,
): VerbMatch | null {
  const token = tokens[index];
  if (token?.kind !== "word") return null;
  const word = token.lower;
  const next = tokens[index + 1];
  // "the report", "a claim", "his post": after an English determiner the word is a noun.
  if (NOUN_MARKERS.has(tokens[index - 1]?.lower ?? "")) return null;
  // "the same answer", "a brief statement": a noun-like form after a determiner and an adjective.
  if (
    NOUN_FORMS.has(word) &&
    NOUN_MARKERS.has(tokens[index - 2]?.lower ?? "") &&
    /^\p{Ll}/u.test(tokens[index - 1]?.text ?? "")
  )
    return null;
  const fused = FUSED_PRONOUN.exec(word);
  if (fused?.[1] !== undefined && fused[2] !== undefined) {
    const pronoun = token.text.slice(token.text.length - fused[2].length);
    if (SPEECH_VERBS.has(fused[1]))
      return { index, length: 1, kind: "speech", pronoun };
    if (
      fused[1] === "a" &&
      next !== undefined &&
      SPEECH_VERBS.has(next.lower)
    ) {
      return { index, length: 2, kind: "speech", pronoun };
    }
  }
  if (SPEECH_VERBS.has(word) || isSeparableVerb(tokens, index))
    return { index, length: 1, kind: "speech", pronoun: null };
  // French reflexive reporting verbs: `s'est félicité l'entraîneur`, `s'est indignée la maire`.
  if (
    (word === "s'est" || word === "se") &&
    next !== undefined &&
    REFLEXIVE_PARTICIPLES.has(next.lower.replace(/e?s?$/u, ""))
  )
    return { index, length: 2, kind: "speech", pronoun: null };
  if (PARTICIPLES.has(word))
    return { index, length: 1, kind: "participle", pronoun: null };
  if (CHARACTERISING_VERBS.has(word))
    return { index, length: 1, kind: "characterising", pronoun: null };
  if (VERB_FILLERS.has(word) && next?.kind === "word" && word.length <= 3) {
    if (SPEECH_VERBS.has(next.lower))
      return { index, length: 2, kind: "speech", pronoun: null };
    // "a qualifié", "ha definito": an auxiliary before a characterising verb.
    if (CHARACTERISING_VERBS.has(next.lower))
      return { index, length: 2, kind: "characterising", pronoun: null };
  }
  if (STATEMENT_VERBS.has(word)) {
    for (let ahead = index + 1; ahead <= index + 3; ahead += 1) {
      if (STATEMENT_NOUNS.has(tokens[ahead]?.lower ?? "")) {
        return {
          index,
          length: ahead - index + 1,
          kind: "statement",
          pronoun: null,
        };
      }
    }
  }
  return null;
}

// German separable reporting verbs: `gab der Trainer zu`, `kündigte der Anwalt an`.
const SEPARABLE: Readonly<Record<string, string>> = {
  gab: "zu",
  gibt: "zu",
  kündigte: "an",
  kündigt: "an",
  räumte: "ein",
  fügte: "hinzu",
  teilte: "mit",
  stellte: "klar",
  hielt: "fest",
};

/** The first half of a German separable verb whose particle closes the clause within five words. */
function isSeparableVerb(tokens: readonly Token[], index: number): boolean {
  const particle = SEPARABLE[tokens[index]?.lower ?? ""];
  if (particle === undefined) return false;
  for (let at = index + 1; at <= index + 6; at += 1) {
    const token = tokens[at];
    if (token?.kind !== "word") return false;
    if (token.lower === particle)
      return tokens[at + 1] === undefined || tokens[at + 1]?.kind === "punct";
  }
  return false;
}

/**
 * Longest reach, in tokens, of a look for a sentence edge: attribution cues sit near their quote, and the
 * bound keeps a paragraph with no full stop (or a 5 MB one) linear.
 */
export const SENTENCE_REACH = 120;

/** Index of the first token of the sentence holding token `index` (at most {@link SENTENCE_REACH} back). */
export function findSentenceStart(
  tokens: readonly Token[],
  index: number,
): number {
  const floor = Math.max(0, index - SENTENCE_REACH);
  for (let at = index - 1; at >= floor; at -= 1)
    if (endsSentence(tokens, at)) return at + 1;
  return floor;
}

/** Index just past the last token of the sentence holding token `index` (at most {@link SENTENCE_REACH} on). */
export function findSentenceEnd(
  tokens: readonly Token[],
  index: number,
): number {
  const ceiling = Math.min(tokens.length, index + SENTENCE_REACH);
  for (let at = index + 1; at < ceiling; at += 1)
    if (endsSentence(tokens, at)) return at + 1;
  return ceiling;
}

/** The noun phrase after `according to` (and its FR/DE/IT/ES/PT equivalents) at `index`, or null. */
export function matchAccordingTo(
  tokens: readonly Token[],
  index: number,
): Token[] | null {
  const word = tokens[index]?.lower ?? "";
  if (!ACCORDING_TO.has(word)) return null;
  let from = index + 1;
  if (word === "according") {
    if (tokens[from]?.lower !== "to") return null;
    from += 1;
  } else if (word === "zufolge") {
    return null;
  } else if (word === "words") {
    // "in the words of one diplomat"
    if (tokens[from]?.lower !== "of" || tokens[index - 1]?.lower !== "the")
      return null;
    from += 1;
  }
  return tokens.slice(from, findSentenceEnd(tokens, index));
}

/** The words naming a speaker after a quote; `verbFirst` for `said X` (X first), false for `X, Y, said`. */
export interface CueAfter {
  tokens: Token[];
  verbFirst: boolean;
}

const PUNCT_AFTER_QUOTE = new Set([",", ";", ":", "—", "–", "-", ")"]);
const NOT_A_SUBJECT = new Set(
  `is was are were be been has have had does did and or but so then there here it's this these those what how
  why where not no yes also just even plus unless whereas perhaps always across thus less to of and`.split(
    /\s+/u,
  ),
);

/**
 * Attribution right after a quote (`"…," said X`, `"…," X said`, `"…", according to X`, `„…“, so X`):
 * the tokens naming the speaker, or null. `strongEnd` is true when the quote ends in `.`, `!` or `?`, which
 * only allows a short `X said.` after it.
 */
export function matchCueAfter(
  tokens: readonly Token[],
  quote: number,
  strongEnd: boolean,
): CueAfter | null {
  let at = quote + 1;
  const commaBefore = tokens[at]?.text === ",";
  while (
    at <= quote + 2 &&
    tokens[at]?.kind === "punct" &&
    PUNCT_AFTER_QUOTE.has(tokens[at]?.text ?? "")
  )
    at += 1;
  const end = findSentenceEnd(tokens, quote);
  const according = matchAccordingTo(tokens, at);
  if (according !== null) return { tokens: according, verbFirst: true };
  // `"Help us," read one banner.`: a sign or a letter "reads" its words.
  const reads =
    ["read", "reads"].includes(tokens[at]?.lower ?? "") &&
    DETERMINERS.has(tokens[at + 1]?.lower ?? "");
  const verb: VerbMatch | null = reads
    ? { index: at, length: 1, kind: "speech", pronoun: null }
    : matchVerb(tokens, at);
  if (verb?.kind === "speech") {
    const token = tokens[at];
    if (token !== undefined && verb.pronoun !== null) {
      return {
        tokens: [
          { ...token, text: verb.pronoun, lower: verb.pronoun.toLowerCase() },
        ],
        verbFirst: true,
      };
    }
    const phrase = tokens.slice(at + verb.length, end);
    if (!isSubjectStart(phrase[0])) return null;
    // After a full stop inside the marks, only a short `said X.` (or `asked X, pointing …`) is an attribution.
    const head = phrase.findIndex((item) => item.kind === "punct");
    return !strongEnd || (head < 0 ? phrase.length : head) <= 6
      ? { tokens: phrase, verbFirst: true }
      : null;
  }
  // German "„…“, so der Minister."
  if (
    tokens[at]?.lower === "so" &&
    commaBefore &&
    (isCapitalised(tokens[at + 1]) ||
      DETERMINERS.has(tokens[at + 1]?.lower ?? ""))
  ) {
    return { tokens: tokens.slice(at + 1, end), verbFirst: true };
  }
  if (tokens[at]?.lower === "as") at += 1;
  const subject = matchSubjectThenVerb(tokens, at, end, strongEnd);
  return subject === null ? null : { tokens: subject, verbFirst: false };
}

/** `X said`, `the minister, Y, told Reuters`: a subject of a few tokens, then a speech verb. */
function matchSubjectThenVerb(
  tokens: readonly Token[],
  from: number,
  end: number,
  strongEnd: boolean,
): Token[] | null {
  if (!isSubjectStart(tokens[from])) return null;
  const limit = Math.min(end, from + (strongEnd ? 5 : 20));
  for (let at = from + 1; at < limit; at += 1) {
    const token = tokens[at];
    if (
      token === undefined ||
      endsSentence(tokens, at) ||
      token.kind === "quote"
    )
      return null;
    if (CLAUSE_BREAKS.has(token.lower)) {
      // `a senior official, who asked not to be named, told AFP`: skip a relative clause between commas.
      const close = findComma(tokens, at + 1, limit);
      if (tokens[at - 1]?.text !== "," || close < 0) return null;
      at = close;
      continue;
    }
    const verb = matchVerb(tokens, at);
    if (verb === null) continue;
    if (verb.kind !== "speech") return null;
    const phrase = tokens.slice(from, at);
    // `"Army of Conquest", a coalition of rebels, said …`: a description of the quoted name, not a speaker.
    const lone =
      phrase.filter((item) => item.text === ",").length === 1 &&
      phrase.at(-1)?.text === ",";
    if (lone && !isCapitalised(phrase[0])) return null;
    if (strongEnd && !isShortAttributionEnd(tokens, at + verb.length))
      return null;
    return phrase;
  }
  return null;
}

function findComma(tokens: readonly Token[], from: number, to: number): number {
  for (let at = from; at < to; at += 1) if (tokens[at]?.text === ",") return at;
  return -1;
}

function isShortAttributionEnd(
  tokens: readonly Token[],
  index: number,
): boolean {
  const token = tokens[index];
  return (
    token === undefined ||
    (token.kind === "punct" && token.text !== "(") ||
    SPEAKER_STOPS.has(token.lower)
  );
}

/**
 * Could this token begin a phrase naming a speaker (a name, pronoun, determiner, or a noun such as
 * `officials` or `opposition leader …`)? Function words, verbs and clause openers cannot.
 */
export function isSubjectStart(token: Token | undefined): boolean {
  if (token === undefined || token.kind === "punct") return false;
  if (PRONOUNS.has(token.lower) || DETERMINERS.has(token.lower)) return true;
  const word = token.lower;
  if (
    NOT_A_SUBJECT.has(word) ||
    CLAUSE_BREAKS.has(word) ||
    SPEAKER_STOPS.has(word) ||
    INTRO_WORDS.has(word)
  ) {
    return false;
  }
  return token.kind === "quote" || matchVerb([token], 0) === null;
}

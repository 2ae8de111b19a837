import type { QuoteKind } from "./article";
import type { QuoteExtent, Token } from "./quote-tokens";
import { isCapitalised, tokenize } from "./quote-tokens";
import type { VerbMatch } from "./quote-cues";
import {
  findSentenceEnd,
  findSentenceStart,
  matchAccordingTo,
  matchCueAfter,
  matchVerb,
} from "./quote-cues";
import {
  CLAUSE_BREAKS,
  DETERMINERS,
  INTRO_WORDS,
  NAME_CONNECTORS,
  PRONOUNS,
} from "./reporting-words";
import { getSpeakerName, pickSubjectChunk } from "./speaker-name";

const STRONG_END = /[.!?…。！？]["'”’»)\]]*$/u;

/** The quotes of one scope (a paragraph or a quote's inside), with the kinds already decided. */
export interface AttributionScope {
  text: string;
  tokens: readonly Token[];
  quotes: readonly QuoteExtent[];
  kinds: readonly QuoteKind[];
}

/**
 * The speaker of the speech quote at token `index`, as the text names them, or null when the text does not
 * say. Looks, in order: right after the quote (`"…", said X`, `"…," X told Reuters`), earlier in its sentence
 * (`X said: "…"`, `X released a statement saying … "…"`), `according to X`, and inside the quote's own
 * dashes (`"Sicuramente – ha osservato la premier – …"`).
 */
export function attributeSpeaker(
  scope: AttributionScope,
  index: number,
): string | null {
  const { tokens } = scope;
  const quote = tokens[index];
  if (quote === undefined) return null;
  const after = matchCueAfter(
    tokens,
    index,
    STRONG_END.test(quote.text.trimEnd()),
  );
  const fromAfter =
    after === null
      ? null
      : getSpeakerName(
          after.verbFirst
            ? pickNamedApposition(after.tokens)
            : pickSubjectChunk(after.tokens),
        );
  if (fromAfter !== null) return fromAfter;
  const fromBefore = findSpeakerBefore(scope, index);
  if (fromBefore !== null) return fromBefore;
  const end = findSentenceEnd(tokens, index);
  for (let at = index + 1; at < end; at += 1) {
    const source = matchAccordingTo(tokens, at);
    if (source !== null) return getSpeakerName(source);
  }
  const extent = scope.quotes[quote.quote];
  return extent === undefined ? null : findSpeakerInside(scope.text, extent);
}

function findSpeakerBefore(
  scope: AttributionScope,
  index: number,
): string | null {
  const { tokens } = scope;
  let floor = findSentenceStart(tokens, index);
  for (let at = index - 1; at >= floor; at -= 1) {
    if (isSpeechQuote(scope, at)) floor = at + 1;
  }
  const quoteStart = tokens[index]?.start ?? 0;
  for (let at = floor; at < index; at += 1) {
    const source = matchAccordingTo(tokens, at);
    if (source !== null)
      return getSpeakerName(source.filter((token) => token.end <= quoteStart));
  }
  let verb = findLastVerb(tokens, floor, index);
  if (verb === null) return findColonLead(tokens, floor, index);
  if (verb.kind === "participle") {
    const finite = findLastVerb(tokens, floor, verb.index, true);
    if (finite === null)
      return getSpeakerName(getLeadingNounPhrase(tokens, floor, verb.index));
    verb = finite;
  }
  if (verb.pronoun !== null) return verb.pronoun;
  // `the president spoke of "…" and promised "…"`: the verb shares the subject that opens the sentence.
  if (COORDINATORS.has(tokens[verb.index - 1]?.lower ?? ""))
    return getSpeakerName(
      getLeadingNounPhrase(
        tokens,
        findSentenceStart(tokens, index),
        verb.index,
      ),
    );
  const subject = getSubjectBefore(scope, floor, verb.index);
  if (subject.length > 0) return getSpeakerName(subject);
  return getSpeakerName(tokens.slice(verb.index + verb.length, index));
}

const COLON_VERBS = new Set(
  "read reads gave gives put puts summed sums offered offers issued issues".split(
    " ",
  ),
);

const COORDINATORS = new Set(
  "and but or et mais und aber oder e ma y pero".split(" "),
);

const BE_VERBS = new Set(
  "is are was were be been being am est sont était ist sind war waren è sono era es son era é são era".split(
    " ",
  ),
);

/**
 * `The letter, signed by 40 doctors, read: "…"`, `Colonel Ruiz read the order aloud: "…"`: with no reporting
 * verb, a colon right before the quote introduces the words of the sentence's opening noun phrase, unless the
 * clause is a description (`The reasons are clear: "…"`).
 */
function findColonLead(
  tokens: readonly Token[],
  floor: number,
  index: number,
): string | null {
  if (tokens[index - 1]?.text !== ":") return null;
  for (let at = floor; at < index; at += 1)
    if (BE_VERBS.has(tokens[at]?.lower ?? "")) return null;
  // `The council spokesman read a short statement: "…"`: the words before such a verb name the source.
  const verb = tokens.findIndex(
    (token, at) => at >= floor && at < index && COLON_VERBS.has(token.lower),
  );
  const phrase =
    verb > floor
      ? pickSubjectChunk(tokens.slice(floor, verb))
      : getLeadingNounPhrase(tokens, floor, index - 1);
  const first = phrase[0];
  if (first === undefined || PRONOUNS.has(first.lower)) return null;
  return getSpeakerName(phrase);
}

function isSpeechQuote(scope: AttributionScope, at: number): boolean {
  const token = scope.tokens[at];
  return token?.kind === "quote" && scope.kinds[token.quote] === "speech";
}

function findLastVerb(
  tokens: readonly Token[],
  from: number,
  to: number,
  finite = false,
): VerbMatch | null {
  for (let at = to - 1; at >= from; at -= 1) {
    const verb = matchVerb(tokens, at);
    if (verb !== null && (!finite || verb.kind !== "participle")) return verb;
  }
  return null;
}

/** The subject of the verb at `verbIndex`: the name-like comma chunk of its clause, appositions skipped. */
function getSubjectBefore(
  scope: AttributionScope,
  floor: number,
  verbIndex: number,
): Token[] {
  const { tokens } = scope;
  let start = floor;
  for (let at = verbIndex - 1; at >= floor; at -= 1) {
    const token = tokens[at];
    if (token === undefined) break;
    const breaks =
      token.kind === "punct"
        ? ";:".includes(token.text)
        : CLAUSE_BREAKS.has(token.lower);
    if (breaks || isSpeechQuote(scope, at)) {
      start = at + 1;
      break;
    }
  }
  return pickSubjectChunk(tokens.slice(start, verbIndex));
}

/** `The SDF's Manbij Military Council released …`: the proper-noun run that opens the sentence. */
function getLeadingNounPhrase(
  tokens: readonly Token[],
  from: number,
  to: number,
): Token[] {
  let start = from;
  for (let at = from; at < to; at += 1) {
    if (tokens[at]?.text === ",") {
      if (!INTRO_WORDS.has(tokens[start]?.lower ?? "")) break;
      start = at + 1;
    }
  }
  const phrase: Token[] = [];
  for (const token of tokens.slice(start, to)) {
    const fits =
      isCapitalised(token) ||
      (phrase.length === 0 &&
        (DETERMINERS.has(token.lower) || PRONOUNS.has(token.lower))) ||
      (phrase.length > 0 && NAME_CONNECTORS.has(token.lower));
    if (!fits) break;
    phrase.push(token);
  }
  return phrase.length === 1 && DETERMINERS.has(phrase[0]?.lower ?? "")
    ? tokens.slice(start, start + 2)
    : phrase;
}

/**
 * Attribution set off inside the marks: between dashes (`"Sicuramente – ha osservato la premier – …"`), or a
 * French inverted pronoun after a comma (`"…, a-t-il ajouté, …"`). A plain `, said X,` inside the marks is
 * not trusted: in an unclosed quote it may be the writer's words.
 */
function findSpeakerInside(text: string, quote: QuoteExtent): string | null {
  const tokens = tokenize(text, quote.start, quote.end, []);
  for (const [at, token] of tokens.entries()) {
    if (token.kind !== "punct" || !",—–-".includes(token.text)) continue;
    // German `„Wir müssen – so der Bürgermeister – jetzt handeln.“`
    if (token.text !== "," && tokens[at + 1]?.lower === "so") {
      const rest = tokens.slice(at + 2);
      const close = rest.findIndex((item) => item.text === token.text);
      if (close > 0 && close <= 6) return getSpeakerName(rest.slice(0, close));
    }
    const verb = matchVerb(tokens, at + 1);
    if (verb?.kind !== "speech") continue;
    if (verb.pronoun !== null) return verb.pronoun;
    if (token.text === ",") continue;
    const rest = tokens.slice(at + 1 + verb.length);
    const close = rest.findIndex(
      (item) => item.kind === "punct" && item.text === token.text,
    );
    if (close > 0) return getSpeakerName(rest.slice(0, close));
  }
  return null;
}

/** `said the head teacher, Ruth Allen.`: a description first, then the name as its apposition. */
function pickNamedApposition(phrase: readonly Token[]): Token[] {
  const comma = phrase.findIndex((token) => token.text === ",");
  if (comma <= 0) return [...phrase];
  const head = phrase.slice(0, comma);
  const tail = phrase.slice(comma + 1);
  const end = tail.findIndex((token) => token.kind === "punct");
  const name = end < 0 ? tail : tail.slice(0, end);
  // `the head teacher, Ruth Allen`, `le ministre des Affaires étrangères, Jean Morel`: a description first.
  const described =
    head[0] !== undefined &&
    (DETERMINERS.has(head[0].lower) || !isCapitalised(head[0])) &&
    !PRONOUNS.has(head[0].lower);
  const named =
    name.length >= 2 &&
    name.length <= 4 &&
    name.every(
      (token) => isCapitalised(token) || NAME_CONNECTORS.has(token.lower),
    );
  const closes = end < 0 || [",", ".", ";"].includes(tail[end]?.text ?? "");
  return described && named && closes ? name : [...phrase];
}

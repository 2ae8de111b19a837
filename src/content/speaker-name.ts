import type { Token } from "./quote-tokens";
import { isCapitalised } from "./quote-tokens";
import {
  DETERMINERS,
  HONORIFICS,
  INTRO_WORDS,
  NAME_CONNECTORS,
  PRONOUNS,
  ROLE_WORDS,
  SPEAKER_STOPS,
  VERB_FILLERS,
} from "./reporting-words";

const LEADING_FILLERS = new Set(
  `and but then so meanwhile also later separately however yet now still finally instead as et und y e mais aber ma pero mas`.split(
    " ",
  ),
);
// Days end a name (`said Smith Tuesday`); months do not, since May, June and April are names too.
const TIME_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/u;
// The particle of a German separable verb closing the clause (`kündigte der Anwalt an`): lower case only.
const SEPARABLE_PARTICLES = new Set([
  "an",
  "zu",
  "hinzu",
  "mit",
  "ein",
  "fest",
  "klar",
]);
const APPOSITION_BREAK = new Set([",", "(", ";", ":", "—", "–", "[", "/"]);
const MAX_WORDS = 12;

/**
 * The speaker named by a noun phrase, as the text names them: leading conjunctions, trailing auxiliaries
 * and time phrases, appositions (`X, the director of Y`) and role titles before a full name
 * (`Foreign Minister Sergei Lavrov` → `Sergei Lavrov`) are stripped, and so is "the" before a proper name
 * (`the SDF's Manbij Military Council`). Pronouns are kept as written. Null when nothing name-like is left.
 */
export function getSpeakerName(phrase: readonly Token[]): string | null {
  let tokens = cutPhrase(phrase);
  while (tokens.length > 1 && LEADING_FILLERS.has(tokens[0]?.lower ?? ""))
    tokens = tokens.slice(1);
  while (
    tokens.length > 1 &&
    (VERB_FILLERS.has(tokens.at(-1)?.lower ?? "") ||
      SEPARABLE_PARTICLES.has(tokens.at(-1)?.text ?? ""))
  )
    tokens = tokens.slice(0, -1);
  tokens = stripDescription(stripRole(tokens));
  // "the SDF's Manbij Military Council" → a proper name; "the BBC's correspondent" keeps its "the".
  if (
    tokens.length > 1 &&
    tokens[0]?.lower === "the" &&
    tokens
      .slice(1)
      .every(
        (token) =>
          token.kind === "punct" || isCapitalised(token) || isConnector(token),
      )
  )
    tokens = tokens.slice(1);
  const words = tokens.filter((token) => token.kind !== "punct");
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  if (!words.some((token) => /\p{L}/u.test(token.text))) return null;
  return joinTokens(tokens);
}

/** Cuts a phrase at its first apposition break, stop word (`on Monday`, `in a statement`, `who …`) or sentence end. */
function cutPhrase(phrase: readonly Token[]): Token[] {
  const kept: Token[] = [];
  for (const [index, token] of phrase.entries()) {
    if (token.kind === "punct") {
      if (APPOSITION_BREAK.has(token.text)) break;
      if (token.text === "." && !isAbbreviationDot(phrase, index)) break;
    } else if (
      kept.length > 0 &&
      isRomancePreposition(token, phrase[index + 1])
    ) {
      break;
    } else if (
      ["of", "from", "at"].includes(token.lower) &&
      endsWithPersonName(kept)
    ) {
      break;
    } else if (kept.length > 0 && TIME_WORDS.test(token.lower)) {
      break;
    } else if (kept.length > 0 && SPEAKER_STOPS.has(token.lower)) {
      // "Council on Foreign Relations" keeps its "on"; "X on Monday" and "X on Twitter" do not.
      const institution = INSTITUTION_WORDS.has(kept.at(-1)?.lower ?? "");
      if (
        token.lower !== "on" ||
        !institution ||
        !isCapitalised(phrase[index + 1])
      )
        break;
    }
    kept.push(token);
    if (
      kept.length === 1 &&
      PRONOUNS.has(token.lower) &&
      !isArticle(token, phrase[index + 1])
    )
      break;
  }
  while (kept.at(-1)?.kind === "punct") kept.pop();
  return kept;
}

// Capitalised words that belong to organisations and titles, not to a person's name.
const INSTITUTION_WORDS = new Set(
  `bank council ministry university court department office institute association union committee party front
  army board agency centre center foundation federation league organisation organization commission authority
  society school college academy corporation company group secretary minister chief head director president
  house hospital museum observatory forces force guard police service services state states nations`.split(
    /\s+/u,
  ),
);

/** Italian "il prefetto", Spanish/Portuguese "el/o …": a pronoun-looking article before a noun. */
function isArticle(token: Token, next: Token | undefined): boolean {
  return (
    ["il", "lo"].includes(token.lower) &&
    next?.kind === "word" &&
    !SPEAKER_STOPS.has(next.lower) &&
    !PRONOUNS.has(next.lower) &&
    !VERB_FILLERS.has(next.lower) &&
    ![
      "nous",
      "vous",
      "me",
      "te",
      "se",
      "lui",
      "leur",
      "y",
      "en",
      "ne",
      "n",
    ].includes(next.lower)
  );
}

/** `Professor Anna Lee of Oxford University`: "of" after a two-word personal name ends the speaker. */
function endsWithPersonName(kept: readonly Token[]): boolean {
  const tail = kept.slice(-2);
  return (
    tail.length === 2 &&
    tail.every(
      (token) =>
        token.kind === "word" &&
        /^\p{Lu}\p{Ll}/u.test(token.text) &&
        !INSTITUTION_WORDS.has(token.lower),
    )
  );
}

/** `dijo Carlos Medina a la prensa`: Spanish/Italian/Portuguese "a" before an article starts a new phrase. */
function isRomancePreposition(token: Token, next: Token | undefined): boolean {
  return (
    ["a", "à"].includes(token.lower) &&
    [
      "la",
      "el",
      "los",
      "las",
      "su",
      "sus",
      "lo",
      "il",
      "i",
      "os",
      "as",
    ].includes(next?.lower ?? "")
  );
}

function isAbbreviationDot(phrase: readonly Token[], index: number): boolean {
  const previous = phrase[index - 1];
  const next = phrase[index + 1];
  if (previous?.kind !== "word" || previous.end !== phrase[index]?.start)
    return false;
  const short = previous.text.length <= 4 || previous.text.includes(".");
  return short && next !== undefined && isCapitalised(next);
}

/**
 * `Syrian President Bashar al-Assad` → `Bashar al-Assad`, `die Bürgermeisterin Petra Lang` → `Petra Lang`:
 * the name after the last role word, with a form of address kept (`Officer Dana Fitch`, `Dr. Aisha Rahman`).
 */
function stripRole(tokens: Token[]): Token[] {
  for (let index = tokens.length - 2; index >= 0; index -= 1) {
    const role = tokens[index];
    if (role === undefined || !isRole(role.lower)) continue;
    // `Sen. Chuck Grassley`: the abbreviation's dot is not part of the name.
    const name = tokens.slice(
      tokens[index + 1]?.text === "." ? index + 2 : index + 1,
    );
    const nameLike =
      isCapitalised(name[0]) &&
      name.every(
        (token) =>
          isCapitalised(token) || isConnector(token) || token.text === ".",
      );
    const words = name.filter((token) => token.kind !== "punct");
    if (nameLike && (words.length >= 2 || isCapitalised(role))) return name;
    return tokens;
  }
  return tokens;
}

/** `the actor Mark Ruffalo`, `opposition leader Elena Petrova`: a lower-case description, then a full name. */
function stripDescription(tokens: Token[]): Token[] {
  const last = tokens.findLastIndex(
    (token) =>
      token.kind === "word" &&
      /^[\p{Ll}\p{N}]/u.test(token.text) &&
      !isConnector(token),
  );
  if (last < 0) return tokens;
  const name = tokens.slice(last + 1);
  // `12-year-old Lina`: after an age, one name is enough.
  const aged = /^\p{N}/u.test(tokens[last]?.text ?? "");
  const full =
    (name.length >= 2 || (aged && name.length === 1)) &&
    isCapitalised(name[0]) &&
    name.every((token) => isCapitalised(token) || isConnector(token));
  return full ? name : tokens;
}

function isRole(lower: string): boolean {
  const word = lower.replace(/\.$/u, "");
  if (HONORIFICS.has(word)) return false;
  return (
    ROLE_WORDS.has(word) ||
    ROLE_WORDS.has(word.split("-").at(-1) ?? "") ||
    isCompoundRole(word)
  );
}

// German compounds end in their role: Innenministerin, Oberbürgermeister, Bundespräsident.
const COMPOUND_ROLE =
  /(?:minister|ministerin|bürgermeister|bürgermeisterin|präsident|präsidentin|sprecher|sprecherin|kanzler|kanzlerin|leiter|leiterin|direktor|direktorin|chef|chefin)$/u;

function isCompoundRole(word: string): boolean {
  return word.length > 8 && COMPOUND_ROLE.test(word);
}

function isConnector(token: Token): boolean {
  return (
    NAME_CONNECTORS.has(token.lower) ||
    /^(?:al|el|bin|ibn|abu|van|von|de|di|da)-/u.test(token.lower)
  );
}

/** Joins tokens with the spacing of the source text; quote tokens give their words without the marks. */
export function joinTokens(tokens: readonly Token[]): string {
  let text = "";
  let previousEnd = -1;
  for (const token of tokens) {
    if (text !== "" && token.start > previousEnd) text += " ";
    text += token.text;
    previousEnd = token.end;
  }
  return text;
}

/**
 * The subject among the comma-separated chunks before a verb: the last chunk that is a name or pronoun
 * (so `X, the director of Y,` and `the director of Y, X,` both give X), else the first chunk that is not an
 * introductory phrase (`On Sunday,`).
 */
export function pickSubjectChunk(phrase: readonly Token[]): Token[] {
  const chunks: Token[][] = [[]];
  for (const token of phrase) {
    if (token.kind === "punct" && ",—–(".includes(token.text)) chunks.push([]);
    else if (token.kind !== "punct" || token.text === "." || token.text === "'")
      chunks.at(-1)?.push(token);
  }
  const filled = chunks.filter((chunk) => chunk.length > 0);
  const named = filled.findLast((chunk) => isNameChunk(chunk));
  return (
    named ??
    filled.find((chunk) => !INTRO_WORDS.has(chunk[0]?.lower ?? "")) ??
    []
  );
}

function isNameChunk(chunk: readonly Token[]): boolean {
  const [first, second] = chunk;
  if (first === undefined || INTRO_WORDS.has(first.lower)) return false;
  if (!chunk.some((token) => /\p{L}/u.test(token.text))) return false;
  // US party and state tags (`Sen. X, R-Iowa, said`) follow a name; they are not one.
  if (chunk.length === 1 && /^[RDI]-\p{Lu}/u.test(first.text)) return false;
  if (PRONOUNS.has(first.lower)) return true;
  if (DETERMINERS.has(first.lower))
    return second !== undefined && /^\p{Lu}/u.test(second.text);
  return isCapitalised(first);
}

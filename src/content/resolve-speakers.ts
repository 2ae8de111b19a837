/**
 * Pronoun resolution for quote speakers: `"…," she said` keeps "she" as written and also gets the nearest
 * preceding named person, when the text makes that unambiguous.
 */

import { ROLE_WORDS } from "./reporting-words";

/** A speech quote's speaker and where its quote starts, in article order. */
export interface SpeakerMention {
  /** Paragraph position (0-based) in the article. */
  paragraph: number;
  /** Offset of the quote's opening mark in its paragraph. */
  at: number;
  speaker: string | null;
}

// Singular personal pronouns that stand for one named person. "they", "it", "we" often stand for a group or
// an institution, and German "sie" is also "they": those stay unresolved.
const PERSONAL = new Set(
  "he she him her il elle lui lei egli ella él ele ela er".split(" "),
);
const ALL_PRONOUNS = new Set([
  ...PERSONAL,
  ..."they it we i you ils elles nous je sie es wir ich ellos eles elas on".split(
    " ",
  ),
]);

// A run of two to four capitalised words (with name particles), i.e. a full personal name in running text.
const NAME_RUN =
  /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?|(?:al|el|bin|ibn|abu|van|von|de|di|da|du|del|der|la|le)-?\p{Lu}[\p{Ll}\p{M}'’-]+)(?:\s+(?:(?:al|el|bin|ibn|abu|van|von|de|di|da|du|del|der|la|le)[-\s])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?){1,3}(?![\p{L}\p{N}])/gu;

// Capitalised words that make a run an organisation, a place or a date rather than a person.
const NOT_PERSON = new Set(
  `the a an this that these those in on at of for and but after before when while as if with by from to
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december ministry council bank university court department office institute
  association union committee party front army agency centre center foundation federation league
  organisation organization commission authority society school college academy corporation company group
  house hospital museum observatory network forces force guard police service nations republic kingdom street road river city
  county province state states news press times post reuters agence france north south east west new
  le la les un une der die das ein eine el los las il lo gli una o os um uma`.split(
    /\s+/u,
  ),
);

/** True when the speaker as written is a pronoun (so it may be resolved), not a name or a description. */
export function isPronoun(speaker: string): boolean {
  return ALL_PRONOUNS.has(speaker.trim().toLowerCase());
}

/** Full personal names mentioned in `text`, with their offsets (a heuristic: Title Case runs, no institutions). */
export function findPersonNames(text: string): { name: string; at: number }[] {
  const names: { name: string; at: number }[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    const words = match[0].split(/\s+/u);
    let at = match.index;
    // `Foreign Minister Paul Girard`: the title is not part of the name.
    const role = words.findLastIndex(
      (word, index) =>
        index <= words.length - 3 && ROLE_WORDS.has(word.toLowerCase()),
    );
    for (const word of words.splice(0, role + 1)) at += word.length + 1;
    if (words.some((word) => NOT_PERSON.has(word.toLowerCase()))) continue;
    names.push({ name: words.join(" "), at });
  }
  return names;
}

/** Two ways of writing one person: equal, or one ends with the other's surname (`Assaad al-Achi`, `al-Achi`). */
export function isSamePerson(a: string, b: string): boolean {
  const lastA = a.split(/\s+/u).at(-1)?.toLowerCase();
  const lastB = b.split(/\s+/u).at(-1)?.toLowerCase();
  return a === b || (lastA !== undefined && lastA === lastB);
}

/**
 * The display speaker of each mention: a named speaker is itself; a singular personal pronoun ("she", "il")
 * is the nearest preceding named person (a named speaker, or a full name in the text since the start of the
 * paragraph before), unless another person is named in the same paragraph stretch between the two, closer
 * than one sentence away — then null. Plural and impersonal pronouns stay null.
 * @example resolveSpeakers(["Ana Ruiz spoke.", '"Yes," she said.'], [{ paragraph: 1, at: 0, speaker: "she" }]) // ["Ana Ruiz"]
 */
export function resolveSpeakers(
  texts: readonly string[],
  mentions: readonly SpeakerMention[],
): (string | null)[] {
  return mentions.map((mention) => {
    const { speaker } = mention;
    if (speaker === null) return null;
    if (!isPronoun(speaker)) return speaker;
    if (!PERSONAL.has(speaker.toLowerCase())) return null;
    const candidates = collectCandidates(texts, mentions, mention);
    const nearest = candidates.at(-1);
    if (nearest === undefined) return null;
    // Another person named in the same stretch (the paragraph of the nearest name) makes "she" ambiguous.
    const rivals = candidates.filter(
      (candidate) =>
        candidate.paragraph === nearest.paragraph &&
        !isSamePerson(candidate.name, nearest.name),
    );
    if (rivals.length > 0) return null;
    // The name as a quote's speaker gives it (appositions and titles already stripped) wins over a text run.
    const named = candidates.findLast(
      (candidate) =>
        candidate.speaker && isSamePerson(candidate.name, nearest.name),
    );
    return named?.name ?? nearest.name;
  });
}

interface Candidate {
  name: string;
  /** True when the name is a quote's attributed speaker rather than a name run of the text. */
  speaker: boolean;
  paragraph: number;
  at: number;
}

function collectCandidates(
  texts: readonly string[],
  mentions: readonly SpeakerMention[],
  target: SpeakerMention,
): Candidate[] {
  const from = Math.max(0, target.paragraph - 1);
  const candidates: Candidate[] = [];
  for (let paragraph = from; paragraph <= target.paragraph; paragraph += 1) {
    const text = texts[paragraph] ?? "";
    const limit = paragraph === target.paragraph ? target.at : text.length;
    for (const { name, at } of findPersonNames(text))
      if (at < limit) candidates.push({ name, paragraph, at, speaker: false });
  }
  for (const mention of mentions) {
    if (
      mention.speaker === null ||
      isPronoun(mention.speaker) ||
      mention.paragraph < from ||
      mention.paragraph > target.paragraph ||
      (mention.paragraph === target.paragraph && mention.at >= target.at)
    )
      continue;
    if (isPersonLike(mention.speaker))
      candidates.push({
        name: mention.speaker,
        paragraph: mention.paragraph,
        at: mention.at,
        speaker: true,
      });
  }
  return candidates.sort((a, b) => a.paragraph - b.paragraph || a.at - b.at);
}

function isPersonLike(speaker: string): boolean {
  const words = speaker.split(/\s+/u);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    /^\p{Lu}/u.test(speaker) &&
    !words.some((word) => NOT_PERSON.has(word.toLowerCase()))
  );
}

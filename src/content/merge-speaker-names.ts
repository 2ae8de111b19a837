/**
 * Speaker names as a reader means them: pronouns are not speakers, and the shorter references a story makes to
 * someone it has already named in full ("al-Achi" after "Assaad al-Achi") are the same speaker.
 */

// Subject pronouns in the languages the attribution understands (en, fr, de, it, es, pt), lower case.
const PRONOUNS = new Set([
  "he",
  "she",
  "they",
  "it",
  "we",
  "i",
  "you",
  "him",
  "her",
  "them",
  "il",
  "elle",
  "ils",
  "elles",
  "on",
  "er",
  "sie",
  "es",
  "lui",
  "lei",
  "loro",
  "él",
  "ella",
  "ellos",
  "ellas",
  "ele",
  "ela",
  "eles",
  "elas",
]);

// Courtesy titles that a story puts before a surname it has already given in full.
const HONORIFICS = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "prof",
  "sir",
  "dame",
  "m",
  "mme",
  "herr",
  "frau",
  "sig",
  "sr",
  "sra",
]);

/**
 * Whether a "speaker" is only a pronoun ("he", "She", "elle"): such a quote has no named speaker.
 * @example isPronoun("She") // true
 */
export function isPronoun(name: string): boolean {
  return PRONOUNS.has(name.trim().toLowerCase());
}

/**
 * The name with its spacing tidied (runs of white space become one space, ends trimmed).
 * @example tidySpeakerName("  Assaad   al-Achi ") // "Assaad al-Achi"
 */
export function tidySpeakerName(name: string): string {
  return name.trim().replace(/\s+/gu, " ");
}

// Lower-case words of a name without leading courtesy titles: "Mr. al-Achi" → ["al-achi"].
function getNameWords(name: string): string[] {
  const words = tidySpeakerName(name).toLowerCase().split(" ");
  while (
    words.length > 1 &&
    HONORIFICS.has((words[0] ?? "").replace(/\.$/u, ""))
  )
    words.shift();
  return words;
}

function endsWithWords(
  longer: readonly string[],
  shorter: readonly string[],
): boolean {
  if (shorter.length >= longer.length) return false;
  const offset = longer.length - shorter.length;
  return shorter.every((word, index) => longer[offset + index] === word);
}

/**
 * Maps every named speaker of one article to the name it stands for: a name whose words end the words of exactly
 * one longer name (courtesy titles aside) becomes that name; names that differ only in case, spacing or title
 * become the first one written; pronouns and empty names are left out. A short name that could be either of two
 * people ("Smith" with "John Smith" and "Jane Smith") stays as it is: never a guess.
 * @example mergeSpeakerNames(["Assaad al-Achi", "al-Achi", "he"]).get("al-Achi") // "Assaad al-Achi"
 */
export function mergeSpeakerNames(
  names: readonly string[],
): Map<string, string> {
  // One entry per distinct name (by words), holding the first way the story wrote it.
  const byKey = new Map<string, { display: string; words: string[] }>();
  const keyOf = new Map<string, string>();
  for (const name of names) {
    if (keyOf.has(name) || isPronoun(name) || tidySpeakerName(name) === "")
      continue;
    const words = getNameWords(name);
    const key = words.join(" ");
    keyOf.set(name, key);
    if (!byKey.has(key))
      byKey.set(key, { display: tidySpeakerName(name), words });
  }
  const distinct = [...byKey.values()];
  const merged = new Map<string, string>();
  for (const [name, key] of keyOf) {
    const own = byKey.get(key);
    if (!own) continue;
    const longer = distinct.filter((other) =>
      endsWithWords(other.words, own.words),
    );
    // The longest forms: those that no other candidate extends further.
    const roots = longer.filter(
      (candidate) =>
        !longer.some((other) => endsWithWords(other.words, candidate.words)),
    );
    merged.set(
      name,
      roots.length === 1 && roots[0] ? roots[0].display : own.display,
    );
  }
  return merged;
}

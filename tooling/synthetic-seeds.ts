/** Seeded pseudo-random news copy of realistic length, for measuring the build at scale. Never committed. */

// Mulberry32: tiny, deterministic, good enough to spread words.
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ra",
  "te",
  "su",
  "ne",
  "vo",
  "di",
  "an",
  "el",
  "or",
  "ba",
  "qu",
  "zy",
  "pe",
];
const NAMES = [
  "Nadia Karam",
  "Omar Haddad",
  "Lena Fischer",
  "John Miller",
  "Sara Ahmed",
  "Yusuf Demir",
];

/**
 * The text of `count` synthetic seeds (title, about 12 paragraphs of 40–80 words, quotes with speakers), with a
 * Zipf-like vocabulary of ~20,000 words that grows with the corpus like real news does.
 */
export function createSyntheticSeeds(count: number, seed = 1): string[] {
  const random = createRandom(seed);
  const vocabulary = Array.from({ length: 20_000 }, (_, n) => {
    let word = "";
    for (
      let k = n;
      word.length < 4 || k > 0;
      k = Math.floor(k / SYLLABLES.length)
    )
      word += SYLLABLES[k % SYLLABLES.length] ?? "";
    return word;
  });
  // Zipf: rank r is drawn with probability ∝ 1/r.
  const word = (): string =>
    vocabulary[
      Math.min(
        vocabulary.length - 1,
        Math.floor(Math.exp(random() * Math.log(vocabulary.length)) - 1),
      )
    ] ?? "";
  const sentence = (words: number): string => {
    const text = Array.from({ length: words }, word).join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  return Array.from({ length: count }, (_, n) => {
    const paragraphs = Array.from({ length: 12 }, (_, p) => {
      const body = `${sentence(20 + Math.floor(random() * 20))} ${sentence(15 + Math.floor(random() * 25))}`;
      if (p % 3 !== 1) return body;
      const speaker = NAMES[Math.floor(random() * NAMES.length)] ?? "";
      return `"${sentence(12)}" said ${speaker}. ${body}`;
    });
    return [
      `Story ${String(n + 1)}: ${sentence(6)}`,
      "",
      paragraphs.join("\n\n"),
      "",
    ].join("\n");
  });
}

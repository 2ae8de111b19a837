import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** One synthetic seed: its file name and text. */
export interface SyntheticSeed {
  name: string;
  text: string;
}

const PLACES = [
  "Aleppo",
  "Lagos",
  "Lima",
  "Hanoi",
  "Oslo",
  "Nairobi",
  "Quito",
  "Tbilisi",
  "Dhaka",
  "Porto",
  "Kraków",
  "Daejeon",
];
const TOPICS = [
  "water rights",
  "the port strike",
  "school funding",
  "the rail line",
  "flood defences",
  "the budget vote",
  "wheat prices",
  "the ceasefire talks",
  "hospital waiting lists",
  "the election recount",
];
const PEOPLE = [
  "Amina Yusuf",
  "Tomás Herrera",
  "Lena Okafor",
  "Dmitri Volkov",
  "Sara Lindqvist",
  "Nguyen Van An",
  "Priya Raman",
  "Jonas Meyer",
];
const ROLES = [
  "the mayor",
  "a union spokesperson",
  "the health minister",
  "a local trader",
  "an aid worker",
  "the opposition leader",
];
const VERBS = ["said", "told reporters", "added", "warned", "said on Monday"];
const FILLER = [
  "Officials met for several hours behind closed doors before any statement was made.",
  "Residents lined the streets near the market as the news spread through the district.",
  "The figures, published late on Friday, were higher than most analysts had expected.",
  "Previous attempts at an agreement collapsed last year after weeks of negotiation.",
  "Local newspapers carried the story on their front pages the following morning.",
  "Independent observers said the process had been orderly but slow.",
  "Several groups have called for an inquiry into how the decision was reached.",
  "The council is expected to publish its full report before the end of the month.",
];
const QUOTES = [
  "We will not accept a deal that leaves families without support",
  "This is the first real progress we have seen in years",
  "Nobody told us the plan had changed until it was too late",
  "The numbers speak for themselves, and they are not good",
  "We are asking for fairness, nothing more and nothing less",
  "It will take time, but the work has already begun",
];

// mulberry32: a tiny seeded generator, so the corpus is the same on every run and machine.
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

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T; // index < length by construction
}

function paragraph(random: () => number): string {
  const first = Math.floor(random() * FILLER.length);
  const second =
    (first + 1 + Math.floor(random() * (FILLER.length - 1))) % FILLER.length;
  const sentences = [FILLER[first] ?? "", FILLER[second] ?? ""];
  const roll = random();
  if (roll < 0.45) {
    sentences.push(
      `“${pick(random, QUOTES)},” ${pick(random, PEOPLE)}, ${pick(random, ROLES)}, ${pick(random, VERBS)}.`,
    );
  } else if (roll < 0.6) {
    sentences.unshift(
      `${pick(random, PEOPLE)} ${pick(random, VERBS)}: "${pick(random, QUOTES)}."`,
    );
  } else if (roll < 0.7) {
    sentences.push(
      `Critics called the plan for ${pick(random, TOPICS)} a “quick fix”.`,
    );
  }
  return sentences.join(" ");
}

/**
 * Makes synthetic seed `index` (0-based) of a corpus: a news story of 8–14 paragraphs (about 400 words)
 * with direct quotes, named speakers and scare quotes. The same index always gives the same text.
 * @example createSyntheticSeed(0).name // "00000-….txt"
 */
export function createSyntheticSeed(index: number): SyntheticSeed {
  const random = createRandom(index + 1);
  const place = pick(random, PLACES);
  const topic = pick(random, TOPICS);
  const title = `${place}: new row over ${topic} (report ${String(index + 1)})`;
  const count = 8 + Math.floor(random() * 7);
  const paragraphs = Array.from({ length: count }, () => paragraph(random));
  const name = `${String(index).padStart(5, "0")}-${place.toLowerCase().replace(/[^a-z]/g, "")}.txt`;
  return { name, text: `${title}\n\n${paragraphs.join("\n\n")}\n` };
}

/**
 * Writes `count` synthetic seeds into `dir` (created if missing), in batches so 10,000 files never hold
 * 10,000 open handles.
 */
export async function writeSyntheticCorpus(
  dir: string,
  count: number,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const batch = 200;
  for (let start = 0; start < count; start += batch) {
    const seeds = Array.from(
      { length: Math.min(batch, count - start) },
      (_, offset) => createSyntheticSeed(start + offset),
    );
    await Promise.all(
      seeds.map(({ name, text }) => writeFile(join(dir, name), text)),
    );
  }
}

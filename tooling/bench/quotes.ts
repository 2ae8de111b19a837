import { detectArticleQuotes } from "../../src/content/detect-article-quotes";
import { detectQuotes } from "../../src/content/detect-quotes";
import { parseArticle } from "../../src/content/parse-article";
import type { BenchSection, BudgetResult } from "./section";
import { createRandom, summarise } from "./section";

/** Quote detection must keep 10,000 articles to seconds: more than this many MB of text per second. */
export const QUOTE_BUDGET_MB_PER_S = 5;
const TARGET_BYTES = 4 * 1024 * 1024;
const RUNS = 5;

const FIRST =
  "Mariam Omar Lena Peter Aisha Tomas Ines Jonas Claire Jürgen Lucía João Kenji Sara Amal Nour".split(
    " ",
  );
const LAST =
  "Haddad Khalil Ortiz Novak Rahman Berg Moreau Keller Dubois Weber Ramos Pereira Sato Lindqvist al-Achi Saleh".split(
    " ",
  );
const ROLES = [
  "the mayor",
  "a spokeswoman for the ministry",
  "the head teacher",
  "Foreign Minister",
  "an official",
];
const FILLER = [
  "The council met on Monday and approved the budget after a long debate.",
  "Residents said the water had been off for three days in the eastern district.",
  "It's the rebels' third attempt since the '90s to take the city.",
  "The player is 6'1\" tall and the screen measures 37.5” across.",
  "L'armée a repris l'aéroport, selon l'agence officielle.",
  "Prices rose by 4.5% in March, the highest rate in a decade, the statistics office said.",
  "Aid convoys waited at the border crossing while engineers inspected the bridge.",
  "Rock 'n' roll returned to the town square in the ‘90s.",
];
const SPEECH = [
  "We will not leave our homes",
  "The bridge is safe and the road will reopen next week",
  "Nobody came to help us for three days",
  "This is a good day, but it is not the end of the work",
  "Prices will keep rising until the port reopens",
  "We have done everything we could for the families",
];
const VERBS = [
  "said",
  "told Reuters",
  "added",
  "warned",
  "said in a statement",
];

type Pick = <T>(items: readonly T[]) => T;

function makeParagraph(pick: Pick, random: () => number): string {
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const words = pick(SPEECH);
  const filler = pick(FILLER);
  switch (Math.floor(random() * 12)) {
    case 0:
      return `"${words}," said ${name}, ${pick(ROLES)}. ${filler}`;
    case 1:
      return `${name} said: “${words}.” ${filler}`;
    case 2:
      return `“${words},” ${name} ${pick(VERBS)}, “and we will say it again.”`;
    case 3:
      return `« ${words} », a déclaré ${name} devant la mairie.`;
    case 4:
      return `„${words}“, sagte ${name} am Montag. ${filler}`;
    case 5:
      return `‘${words},’ ${pick(ROLES)} said. ‘They call it a “temporary measure”.’`;
    case 6:
      return `According to ${name}, “${words.toLowerCase()}.” The so-called “peace corridor” was shelled.`;
    case 7:
      return `${name} said: 「${words}」 before leaving. »${words}«, erklärte ${pick(LAST)}.`;
    case 8:
      return `“${words}. We worked by torchlight.`;
    default:
      return `${filler} ${pick(FILLER)} ${pick(FILLER)}`;
  }
}

/** A deterministic corpus of news-like articles (seed text as parseArticle reads it), about `bytes` long. */
export function generateQuoteCorpus(seed: number, bytes: number): string[] {
  const random = createRandom(seed);
  const pick: Pick = (items) => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error("empty list");
    return item;
  };
  const articles: string[] = [];
  let size = 0;
  while (size < bytes) {
    const count = 8 + Math.floor(random() * 24);
    const paragraphs = Array.from({ length: count }, () =>
      makeParagraph(pick, random),
    );
    const article = [
      `Story ${String(articles.length + 1)}`,
      ...paragraphs,
    ].join("\n\n");
    articles.push(article);
    size += Buffer.byteLength(article, "utf8");
  }
  return articles;
}

/**
 * Seconds of CPU time (user + system) of each of {@link RUNS} runs after a warm-up. The task is single-threaded,
 * so CPU time is its time on one core, and other processes sharing the machine do not inflate it.
 */
function time(task: () => void): number[] {
  task(); // warm-up, not counted
  return Array.from({ length: RUNS }, () => {
    const started = process.cpuUsage();
    task();
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1e6;
  });
}

const NAIVE = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|„[^“\n]*“/gu;

/** `npm run bench -- --only quotes`: quote-detection and parse throughput against plain-regex references. */
export const quotesSection: BenchSection = {
  name: "quotes",
  description: "quote detection throughput on one core (MB/s of UTF-8 text)",
  run: (log) => {
    const articles = generateQuoteCorpus(20_260_101, TARGET_BYTES);
    const paragraphs = articles.flatMap((article) =>
      article.split("\n\n").slice(1),
    );
    const megabytes =
      articles.reduce(
        (sum, article) => sum + Buffer.byteLength(article, "utf8"),
        0,
      ) /
      (1024 * 1024);
    log(
      `corpus: ${String(articles.length)} articles, ${String(paragraphs.length)} paragraphs, ${megabytes.toFixed(2)} MB (seeded, deterministic); CPU time on one core, median of ${String(RUNS)} runs [min–max]`,
    );
    let sink = 0;
    const measures: [string, number[]][] = [
      [
        "detectQuotes (per paragraph)",
        time(() => {
          for (const text of paragraphs)
            sink += detectQuotes(text).quotes.length;
        }),
      ],
      [
        "detectArticleQuotes (multi-paragraph + speakers)",
        time(() => {
          for (const article of articles) {
            const texts = article.split("\n\n").slice(1);
            sink += detectArticleQuotes(
              texts,
              texts.map((_, index) => `p-${String(index)}`),
            ).length;
          }
        }),
      ],
      [
        "parseArticle (whole build path)",
        time(() => {
          for (const article of articles)
            sink += parseArticle(article, { file: "bench" }).ok ? 1 : 0;
        }),
      ],
      [
        "reference: naive paired-quote regex",
        time(() => {
          for (const article of articles)
            sink += article.match(NAIVE)?.length ?? 0;
        }),
      ],
      [
        "reference: text.split(/\\n\\n/)",
        time(() => {
          for (const article of articles) sink += article.split(/\n\n/u).length;
        }),
      ],
    ];
    const rates = new Map<string, number>();
    for (const [label, seconds] of measures) {
      const { median, min, max } = summarise(seconds.map((s) => megabytes / s));
      rates.set(label, median);
      log(
        `${label.padEnd(50)} ${median.toFixed(1).padStart(8)} MB/s  [${min.toFixed(1)}–${max.toFixed(1)}]`,
      );
    }
    log(`(checksum ${String(sink)})`);
    const results: BudgetResult[] = [
      "detectQuotes (per paragraph)",
      "detectArticleQuotes (multi-paragraph + speakers)",
      "parseArticle (whole build path)",
    ].map((label) => {
      const rate = rates.get(label) ?? 0;
      return {
        label,
        measured: `${rate.toFixed(1)} MB/s`,
        budget: `> ${String(QUOTE_BUDGET_MB_PER_S)} MB/s`,
        pass: rate > QUOTE_BUDGET_MB_PER_S,
      };
    });
    return Promise.resolve(results);
  },
};

import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LIST_PAGE_SIZE } from "../../src/content/data-paths";
import { runMeasuredBuild } from "./run-measured-build";
import type { BenchSection, BudgetResult } from "./section";
import {
  findPageScripts,
  formatBytes,
  measureTree,
  weighFile,
} from "./site-weights";
import { writeSyntheticCorpus } from "./synthetic-corpus";

const DEFAULT_ARTICLES = 10_000;
const BUILD_SECONDS_BUDGET = 60;
const RSS_BYTES_BUDGET = 2e9;
const ENTRY_JS_SLACK = 1024;
// A page may differ by a few digits ("Page 1 of 500" vs "of 3") between archive sizes; nothing more.
const PAGE_WEIGHT_SLACK = 64;

/**
 * Reads `--articles <n>` (or `--articles=<n>`) from the bench arguments; the default is 10,000.
 * @example readArticleCount(["--articles", "500"]) // 500
 */
export function readArticleCount(args: readonly string[]): number {
  const inline = args.find((arg) => arg.startsWith("--articles="));
  const index = args.indexOf("--articles");
  const value =
    inline?.slice("--articles=".length) ??
    (index >= 0 ? args[index + 1] : undefined);
  if (value === undefined) return DEFAULT_ARTICLES;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--articles needs a positive whole number, got ${value}`);
  return count;
}

interface SiteBuild {
  articles: number;
  outDir: string;
  wallMs: number;
  maxRssBytes: number;
  pages: number;
}

async function buildCorpus(workDir: string, count: number): Promise<SiteBuild> {
  const seedsDir = join(workDir, `seeds-${String(count)}`);
  const outDir = join(workDir, `dist-${String(count)}`);
  await writeSyntheticCorpus(seedsDir, count);
  const measured = await runMeasuredBuild(seedsDir, outDir);
  return { outDir, ...measured };
}

// Everything an article page loads before it is interactive (entry, vendor and shared chunks).
async function entryWeight(outDir: string) {
  const html = await readFile(join(outDir, await articleFile(outDir)), "utf8");
  const total = { raw: 0, gzip: 0 };
  for (const script of findPageScripts(html)) {
    const { raw, gzip } = await weighFile(join(outDir, script));
    total.raw += raw;
    total.gzip += gzip;
  }
  return total;
}

async function articleFile(outDir: string): Promise<string> {
  // The first synthetic seed is the first story of every corpus: the same article in each build.
  const list = JSON.parse(
    await readFile(join(outDir, "data/list/1.json"), "utf8"),
  ) as { articles: { slug: string }[] };
  const slug = list.articles[0]?.slug;
  if (slug === undefined) throw new Error(`${outDir} lists no article`);
  return `article/${slug}/index.html`;
}

function check(
  label: string,
  measured: string,
  budget: string,
  pass: boolean,
): BudgetResult {
  return { label, measured, budget, pass };
}

async function run(log: (line: string) => void): Promise<BudgetResult[]> {
  const count = readArticleCount(process.argv.slice(2));
  const workDir = await mkdtemp(join(tmpdir(), "broadsheet-scale-"));
  try {
    // A one-article build for the entry script; a three-page one for the weight of every kind of page.
    const small = 2 * LIST_PAGE_SIZE + 1;
    const builds: SiteBuild[] = [];
    for (const size of [1, small, count]) {
      log(`building ${String(size)} synthetic article(s)…`);
      const build = await buildCorpus(workDir, size);
      const tree = await measureTree(build.outDir);
      log(
        `  ${String(size)} articles: ${(build.wallMs / 1000).toFixed(1)} s wall, peak RSS ${formatBytes(build.maxRssBytes)}, ${String(build.pages)} pages, output ${formatBytes(tree.bytes)} in ${String(tree.files)} files`,
      );
      builds.push(build);
    }
    const [one, few, many] = builds as [SiteBuild, SiteBuild, SiteBuild];
    const results: BudgetResult[] = [
      check(
        `build of ${String(count)} articles, wall time`,
        `${(many.wallMs / 1000).toFixed(1)} s`,
        `≤ ${String(BUILD_SECONDS_BUDGET)} s`,
        many.wallMs <= BUILD_SECONDS_BUDGET * 1000,
      ),
      check(
        `build of ${String(count)} articles, peak RSS`,
        formatBytes(many.maxRssBytes),
        `≤ ${formatBytes(RSS_BYTES_BUDGET)}`,
        many.maxRssBytes <= RSS_BYTES_BUDGET,
      ),
    ];

    const entryOne = await entryWeight(one.outDir);
    const entryMany = await entryWeight(many.outDir);
    log(
      `an article's JS (entry and the chunks it preloads): 1 article ${formatBytes(entryOne.raw)} raw / ${formatBytes(entryOne.gzip)} gzip; ${String(count)} articles ${formatBytes(entryMany.raw)} raw / ${formatBytes(entryMany.gzip)} gzip`,
    );
    const entryDelta = Math.max(
      Math.abs(entryMany.raw - entryOne.raw),
      Math.abs(entryMany.gzip - entryOne.gzip),
    );
    results.push(
      check(
        "entry JS vs the one-article build",
        `${formatBytes(entryDelta)} apart`,
        `≤ ${formatBytes(ENTRY_JS_SLACK)}`,
        entryDelta <= ENTRY_JS_SLACK,
      ),
    );

    const pages: [string, string, string][] = [
      ["home page /", "index.html", "index.html"],
      ["list page /page/2/", "page/2/index.html", "page/2/index.html"],
      [
        "first article",
        await articleFile(few.outDir),
        await articleFile(many.outDir),
      ],
      ["404 page", "404.html", "404.html"],
      ["list data, page 1", "data/list/1.json", "data/list/1.json"],
    ];
    for (const [label, fewFile, manyFile] of pages) {
      const atFew = await weighFile(join(few.outDir, fewFile));
      const atMany = await weighFile(join(many.outDir, manyFile));
      const growth = atMany.gzip - atFew.gzip;
      log(
        `${label}: ${formatBytes(atFew.gzip)} gzip at ${String(small)} articles, ${formatBytes(atMany.gzip)} gzip at ${String(count)} (${formatBytes(atFew.raw)} → ${formatBytes(atMany.raw)} raw)`,
      );
      results.push(
        check(
          `${label} weight independent of N`,
          `${growth >= 0 ? "+" : ""}${formatBytes(growth)} gzip from ${String(small)} to ${String(count)} articles`,
          `≤ +${String(PAGE_WEIGHT_SLACK)} B`,
          growth <= PAGE_WEIGHT_SLACK,
        ),
      );
    }
    return results;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** `npm run bench -- --only scale [--articles N]`: builds a synthetic archive and checks the build and page budgets. */
export const scaleSection: BenchSection = {
  name: "scale",
  description:
    "build a synthetic archive (default 10,000 articles; --articles N) and check time, memory and page weights",
  run,
};

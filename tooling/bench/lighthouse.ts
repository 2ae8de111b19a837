import { mkdtemp, readFile, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getArticlePath } from "../../src/content/data-paths";
import { loadSeeds } from "../load-seeds";
import { startStaticServer } from "../static-server";
import { retry } from "./retry";
import { runMeasuredBuild } from "./run-measured-build";
import type { FormFactor, PageFigures } from "./run-lighthouse";
import { launchLighthouseBrowser } from "./run-lighthouse";
import type { BenchSection, BudgetResult } from "./section";
import { summarise } from "./section";
import { formatBytes, weighFile } from "./site-weights";
import { writeStaticReference } from "./static-reference";

const SEEDS_DIR = "seeds";
const DEFAULT_RUNS = 5;
const LCP_RATIO_BUDGET = 1.1;
const CLS_BUDGET = 0.01;
const TBT_MOBILE_BUDGET = 50;
const ARTICLE_JS_GZIP_BUDGET = 110_000;
const HTML_RATIO_BUDGET = 2.5;

/** What the bench reads from each run: Lighthouse's figures, and the gzip bodies of the scripts it saw. */
type RunFigures = PageFigures & { jsBody: number };
type Metric = keyof RunFigures;
type Site = "ours" | "reference";
type Samples = Record<Metric, number[]>;

const METRICS: readonly {
  key: Metric;
  label: string;
  unit: "ms" | "bytes" | "";
}[] = [
  { key: "fcp", label: "FCP", unit: "ms" },
  { key: "lcp", label: "LCP", unit: "ms" },
  { key: "tbt", label: "TBT", unit: "ms" },
  { key: "cls", label: "CLS", unit: "" },
  { key: "transferred", label: "transferred", unit: "bytes" },
  { key: "jsRaw", label: "JS raw", unit: "bytes" },
  { key: "jsGzip", label: "JS transfer", unit: "bytes" },
  { key: "jsBody", label: "JS gzip body", unit: "bytes" },
];

/**
 * Reads `--runs <n>` (Lighthouse runs per page, site and form factor); at least 3, default 5.
 * @example readRunCount(["--runs", "5"]) // 5
 */
export function readRunCount(args: readonly string[]): number {
  const index = args.indexOf("--runs");
  const value = index >= 0 ? args[index + 1] : undefined;
  if (value === undefined) return DEFAULT_RUNS;
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 3)
    throw new Error(`--runs needs a whole number of at least 3, got ${value}`);
  return runs;
}

const emptySamples = (): Samples => ({
  fcp: [],
  lcp: [],
  tbt: [],
  cls: [],
  transferred: [],
  jsRaw: [],
  jsGzip: [],
  jsBody: [],
});

/**
 * The gzip size of the scripts a run downloaded, read from the served files (as the static server compresses
 * them), without HTTP headers: on this HTTP/1.1 test server every response repeats the site's long CSP
 * header, which a real host's HTTP/2 header compression sends once.
 */
async function weighScripts(
  urls: readonly string[],
  siteDir: string,
): Promise<number> {
  let total = 0;
  for (const url of urls) {
    const { gzip } = await weighFile(
      join(siteDir, decodeURIComponent(new URL(url).pathname)),
    );
    total += gzip;
  }
  return total;
}

function format(value: number, unit: "ms" | "bytes" | ""): string {
  if (unit === "ms") return `${String(Math.round(value))} ms`;
  if (unit === "bytes") return formatBytes(value);
  return value.toFixed(3);
}

function describe(
  samples: readonly number[],
  unit: "ms" | "bytes" | "",
): string {
  const { median, min, max } = summarise(samples);
  return `${format(median, unit)} (${format(min, unit)}–${format(max, unit)})`;
}

const median = (samples: readonly number[]): number =>
  summarise(samples).median;

function ratio(ours: number, reference: number): string {
  if (reference === 0) return ours === 0 ? "×1.00" : "—";
  return `×${(ours / reference).toFixed(2)}`;
}

interface Route {
  name: string;
  path: string;
}

type Results = Map<string, Record<Site, Samples>>;
const key = (formFactor: FormFactor, route: Route): string =>
  `${formFactor} ${route.name}`;

async function run(log: (line: string) => void): Promise<BudgetResult[]> {
  const runs = readRunCount(process.argv.slice(2));
  const workDir = await mkdtemp(join(tmpdir(), "broadsheet-lighthouse-"));
  const ourDir = join(workDir, "site");
  const referenceDir = join(workDir, "reference");
  try {
    log(`building the site from ${SEEDS_DIR}/ and its static reference…`);
    const build = await runMeasuredBuild(resolve(SEEDS_DIR), ourDir);
    log(
      `  built ${String(build.pages)} pages in ${(build.wallMs / 1000).toFixed(1)} s`,
    );
    const { articles, errors } = await loadSeeds([SEEDS_DIR]);
    if (errors.length > 0) throw new Error(`${SEEDS_DIR}/ has bad seeds`);
    const article = articles[0];
    if (!article) throw new Error(`${SEEDS_DIR}/ has no article to measure`);
    await writeStaticReference(
      articles,
      referenceDir,
      join(ourDir, "favicon.svg"),
    );

    const articleRoute: Route = {
      name: "article",
      path: getArticlePath(article.slug),
    };
    const routes: Route[] = [{ name: "list /", path: "/" }, articleRoute];
    const ours = await startStaticServer({ root: ourDir });
    const reference = await startStaticServer({ root: referenceDir });
    const origins: Record<Site, string> = {
      ours: ours.url.slice(0, -1),
      reference: reference.url.slice(0, -1),
    };
    const results: Results = new Map();
    // TBT comes from this machine's observed CPU time (×4 on mobile): a busy machine inflates it.
    const load = (): string =>
      loadavg()
        .map((value) => value.toFixed(1))
        .join(" ");
    log(`load average before the runs: ${load()}`);
    const browser = await launchLighthouseBrowser();
    try {
      for (const formFactor of ["mobile", "desktop"] as const) {
        for (const route of routes) {
          const entry = { ours: emptySamples(), reference: emptySamples() };
          results.set(key(formFactor, route), entry);
          const measure = (site: Site) => {
            const url = `${origins[site]}${route.path}`;
            return retry(
              () => browser.measure(url, formFactor),
              3,
              (error) => {
                log(
                  `  ${formFactor} ${url}: ${error instanceof Error ? error.message : String(error)}; running it again`,
                );
              },
            );
          };
          // One run of each site first that is not counted: the first run of a page after the build, in a fresh
          // browser or after the other form factor, pays for the machine and browser settling, not for the page.
          for (const site of ["ours", "reference"] as const)
            await measure(site);
          // Alternate the two sites, so a busy moment on this shared machine hits both alike.
          for (let index = 0; index < runs; index += 1) {
            for (const site of ["ours", "reference"] as const) {
              const { figures, scriptUrls } = await measure(site);
              const run: RunFigures = {
                ...figures,
                jsBody: await weighScripts(
                  scriptUrls,
                  site === "ours" ? ourDir : referenceDir,
                ),
              };
              for (const { key: metric } of METRICS)
                entry[site][metric].push(run[metric]);
            }
          }
          log(
            `${formFactor}, ${route.name} (${route.path}), ${String(runs)} runs each: ours / reference, median (min–max)`,
          );
          for (const { key: metric, label, unit } of METRICS) {
            const a = entry.ours[metric];
            const b = entry.reference[metric];
            log(
              `  ${label.padEnd(12)} ${describe(a, unit).padEnd(30)} ${describe(b, unit).padEnd(30)} ${ratio(median(a), median(b))}`,
            );
          }
        }
      }
      log(`load average after the runs: ${load()}`);
    } finally {
      await browser.close();
      await ours.close();
      await reference.close();
    }

    const budgets: BudgetResult[] = [];
    const samplesOf = (formFactor: FormFactor, route: Route) => {
      const entry = results.get(key(formFactor, route));
      if (!entry) throw new Error(`no results for ${key(formFactor, route)}`);
      return entry;
    };
    for (const formFactor of ["mobile", "desktop"] as const) {
      for (const route of routes) {
        const { ours: a, reference: b } = samplesOf(formFactor, route);
        const lcp = median(a.lcp) / median(b.lcp);
        budgets.push({
          label: `${route.name} LCP vs static reference, ${formFactor}`,
          measured: `×${lcp.toFixed(2)} (${format(median(a.lcp), "ms")} vs ${format(median(b.lcp), "ms")})`,
          budget: `≤ ×${LCP_RATIO_BUDGET.toFixed(2)}`,
          pass: lcp <= LCP_RATIO_BUDGET,
        });
        const cls = Math.max(...a.cls);
        budgets.push({
          label: `${route.name} CLS, ${formFactor} (worst run)`,
          measured: cls.toFixed(3),
          budget: `< ${String(CLS_BUDGET)}`,
          pass: cls < CLS_BUDGET,
        });
      }
    }
    for (const route of routes) {
      const tbt = median(samplesOf("mobile", route).ours.tbt);
      budgets.push({
        label: `${route.name} TBT, mobile`,
        measured: format(tbt, "ms"),
        budget: `< ${String(TBT_MOBILE_BUDGET)} ms`,
        pass: tbt < TBT_MOBILE_BUDGET,
      });
    }
    const articleSamples = samplesOf("mobile", articleRoute).ours;
    const js = median(articleSamples.jsBody);
    log(
      `article JS on first view: ${formatBytes(js)} gzip in the files, ${formatBytes(median(articleSamples.jsGzip))} transferred with HTTP/1.1 headers`,
    );
    budgets.push({
      label: "JS on first view of an article (gzip, as downloaded)",
      measured: formatBytes(js),
      budget: `≤ ${formatBytes(ARTICLE_JS_GZIP_BUDGET)}`,
      pass: js <= ARTICLE_JS_GZIP_BUDGET,
    });
    const file = join(articleRoute.path.slice(1), "index.html");
    const ourHtml = await weighFile(join(ourDir, file));
    const referenceHtml = await weighFile(join(referenceDir, file));
    const html = ourHtml.gzip / referenceHtml.gzip;
    log(
      `article HTML: ours ${formatBytes(ourHtml.raw)} raw / ${formatBytes(ourHtml.gzip)} gzip, reference ${formatBytes(referenceHtml.raw)} raw / ${formatBytes(referenceHtml.gzip)} gzip`,
    );
    budgets.push({
      label: "article HTML vs reference HTML (gzip, hydration data included)",
      measured: `×${html.toFixed(2)} (${formatBytes(ourHtml.gzip)} vs ${formatBytes(referenceHtml.gzip)})`,
      budget: `≤ ×${HTML_RATIO_BUDGET.toFixed(1)}`,
      pass: html <= HTML_RATIO_BUDGET,
    });
    const home = await readFile(join(ourDir, "index.html"), "utf8");
    log(`home page HTML: ${formatBytes(home.length)} raw`);
    return budgets;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** `npm run bench -- --only lighthouse [--runs N]`: Lighthouse 12 on our site against a static-HTML reference. */
export const lighthouseSection: BenchSection = {
  name: "lighthouse",
  description:
    "Lighthouse 12, mobile and desktop, on / and an article: our site against a bare static-HTML reference",
  run,
};

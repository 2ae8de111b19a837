// Child process of the benchmark: builds one site and prints its own wall time and peak RSS as the last line
// of stdout (`{"ms":…,"maxRssBytes":…,"pages":…}`). Run with `node --import tsx`, so the build is this process.
import { buildSite } from "../build";
import { isMainModule } from "../is-main-module";

/** What the child prints on success. */
export interface BuildMeasurement {
  ms: number;
  maxRssBytes: number;
  pages: number;
  articles: number;
}

async function main(): Promise<void> {
  const [seedsDir, outDir] = process.argv.slice(2);
  if (!seedsDir || !outDir)
    throw new Error("usage: measured-build.ts <seeds-dir> <out-dir>");
  const started = performance.now();
  const result = await buildSite({ seedsDir, outDir, basePath: "/" });
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(result.errors.join("\n"));
  const measurement: BuildMeasurement = {
    ms,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    pages: result.pages.length,
    articles: result.articleCount,
  };
  console.log(JSON.stringify(measurement));
}

if (isMainModule(import.meta.url)) {
  await main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

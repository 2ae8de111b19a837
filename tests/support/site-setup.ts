import { cp, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { loadSeeds } from "../../tooling/load-seeds";
import { startStaticServer } from "../../tooling/static-server";
import { runBuild } from "./run-build";

/** One seed of the test site: where it came from and what the build made of it. */
export interface SiteSeed {
  /** `seeds/<file name>`. */
  file: string;
  slug: string;
  title: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The built site (an OUT_DIR in a temp folder). */
    outDir: string;
    /** Where the static server serves it, with a trailing slash. */
    baseUrl: string;
    /** Every seed of the test corpus (the real seeds/ plus tests/fixtures/site-seeds/). */
    seeds: SiteSeed[];
    /** The SITE_URL the site is built with: absolute URLs in pages and feeds start with it. */
    siteUrl: string;
  }
}

const FIXTURE_SEEDS = "tests/fixtures/site-seeds";
// Not where the test server listens: pages must name their public address, not the one they are served from.
const SITE_URL = "https://news.example.org";

async function copySeeds(from: string, to: string): Promise<void> {
  for (const name of await readdir(from))
    await cp(join(from, name), join(to, name));
}

/** Builds the site once for every test in the `site` project and serves it like a static host. */
export default async function setup(
  project: TestProject,
): Promise<() => Promise<void>> {
  const workDir = await mkdtemp(join(tmpdir(), "broadsheet-site-"));
  const seedsDir = join(workDir, "seeds");
  const outDir = join(workDir, "dist");
  await mkdir(seedsDir);
  await copySeeds("seeds", seedsDir);
  await copySeeds(FIXTURE_SEEDS, seedsDir);

  const build = await runBuild({
    SEEDS_DIR: seedsDir,
    OUT_DIR: outDir,
    SITE_URL,
  });
  if (build.code !== 0) {
    throw new Error(
      `npm run build failed (exit ${String(build.code)}):\n${build.stderr}${build.stdout}`,
    );
  }
  const { articles } = await loadSeeds([seedsDir], { root: workDir });
  const server = await startStaticServer({ root: outDir });

  project.provide("outDir", outDir);
  project.provide("baseUrl", server.url);
  project.provide("siteUrl", SITE_URL);
  project.provide(
    "seeds",
    articles.map(({ file, slug, title }) => ({ file, slug, title })),
  );
  return async () => {
    await server.close();
    await rm(workDir, { recursive: true, force: true });
  };
}

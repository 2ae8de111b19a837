import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ContentSource } from "../src/content/content-source";
import {
  getArticlePath,
  getSpeakerDataPath,
  getSpeakerPath,
  SPEAKER_INDEX_DATA_PATH,
  SPEAKER_INDEX_PATH,
} from "../src/content/data-paths";
import { getListPagePath } from "../src/content/list-pages";
import { createFileSource } from "./file-source";
import {
  fillHeadScript,
  optimizeTemplate,
  STYLES_MARKER,
} from "./optimize-template";
import { getPageAssets, readBuildManifest } from "./page-assets";
import { createPageStyles } from "./page-styles";
import { runPool } from "./run-pool";

/** What `src/entry-server.tsx` exports once built (declared here: tooling never imports the app's source). */
interface ServerEntry {
  HYDRATION_DATA_ID: string;
  /** Inline script that applies the reader's stored preferences before the first paint; the same on every page. */
  BOOT_SCRIPT: string;
  render(
    url: string,
    source: ContentSource,
    basename: string,
  ): Promise<RenderedPage>;
  renderNotFound(
    source: ContentSource,
    basename: string,
  ): Promise<RenderedPage>;
}

interface RenderedPage {
  status: number;
  head: string;
  html: string;
  hydrationData: string;
  /** `<html lang>` of the page (absent from an older server entry: the template's stays). */
  lang?: string;
  /** Source modules of the page's lazy routes, whose chunks it needs before hydrating. */
  modules?: string[];
}

/** Options of `prerender`. */
export interface PrerenderOptions {
  /** The client build (`dist/`): its index.html is the template, its data files the content. */
  outDir: string;
  /** The built server entry (`…/entry-server.js`). */
  serverEntry: string;
  /** Path prefix of the site with both slashes (`/` or `/news/`); also the router's basename. */
  basePath: string;
}

/** One written page. */
export interface PrerenderedPage {
  /** Site path without the base, e.g. `/article/aleppo/` or `/404.html`. */
  path: string;
  /** File written, relative to outDir. */
  file: string;
  status: number;
}

interface PageJob {
  path: string;
  file: string;
  status: number;
}

const HEAD_MARKER = "<!--app-head-->";
// Where a written page's stylesheet tags go once every page is known (see `createPageStyles`).
const PAGE_STYLES_MARKER = "<!--app-page-styles-->";
const HTML_MARKER = "<!--app-html-->";

async function loadServerEntry(path: string): Promise<ServerEntry> {
  const entry = (await import(
    pathToFileURL(path).href
  )) as Partial<ServerEntry>;
  if (
    typeof entry.render !== "function" ||
    typeof entry.renderNotFound !== "function" ||
    typeof entry.HYDRATION_DATA_ID !== "string" ||
    typeof entry.BOOT_SCRIPT !== "string"
  ) {
    throw new Error(
      `${path} does not export render(), renderNotFound(), HYDRATION_DATA_ID and BOOT_SCRIPT`,
    );
  }
  return entry as ServerEntry;
}

/** Every article's slug in the list's order (newest first) and the number of list pages, read from the built list data. */
export async function listSlugs(
  source: ContentSource,
): Promise<{ slugs: string[]; pageCount: number }> {
  const slugs: string[] = [];
  let pageCount = 1;
  for (let page = 1; page <= pageCount; page += 1) {
    const listPage = await source.loadListPage(page);
    if (!listPage)
      throw new Error(`List page ${String(page)} is missing from the build`);
    pageCount = listPage.pageCount;
    slugs.push(...listPage.articles.map((article) => article.slug));
  }
  return { slugs, pageCount };
}

// Every speaker with a page: the index lists the most quoted only, so the pages are found by their data files.
async function listSpeakerSlugs(outDir: string): Promise<string[]> {
  const dir = join(outDir, dirname(getSpeakerDataPath("x")));
  const names = await readdir(dir).catch(() => []);
  return names
    .filter(
      (name) =>
        name.endsWith(".json") && name !== basename(SPEAKER_INDEX_DATA_PATH),
    )
    .map((name) => name.slice(0, -".json".length))
    .sort();
}

// Function replacers: a `$&` or `$1` in article text must not be read as a replacement pattern.
function fillTemplate(
  template: string,
  { head, html, lang }: RenderedPage,
  dataScript: string,
  styles: string,
): string {
  const withLang =
    lang === undefined
      ? template
      : template.replace(
          /<html lang="[^"]*"/,
          () => `<html lang="${lang.replace(/[^A-Za-z0-9-]/g, "")}"`,
        );
  return withLang
    .replace(HEAD_MARKER, () => head)
    .replace(STYLES_MARKER, () => styles)
    .replace(HTML_MARKER, () => html)
    .replace("</body>", () => `${dataScript}\n  </body>`);
}

/**
 * Renders every route of the built site (`/`, each article, the speaker index and each speaker, the not-found
 * page) into static HTML files.
 * @returns the pages written, in the order of the site map.
 */
export async function prerender({
  outDir,
  serverEntry,
  basePath,
}: PrerenderOptions): Promise<PrerenderedPage[]> {
  const entry = await loadServerEntry(serverEntry);
  const { html: template, stylesheets } = optimizeTemplate(
    await readFile(join(outDir, "index.html"), "utf8"),
    basePath,
  );
  if (!template.includes(HEAD_MARKER) || !template.includes(HTML_MARKER)) {
    throw new Error(
      `${join(outDir, "index.html")} lacks the ${HEAD_MARKER} and ${HTML_MARKER} markers`,
    );
  }
  const manifest = await readBuildManifest(outDir);
  const cssFiles = new Map<string, Promise<string>>();
  const readCss = (file: string): Promise<string> => {
    let css = cssFiles.get(file);
    if (!css) {
      css = readFile(join(outDir, file), "utf8").then((text) => {
        if (/<\/style/i.test(text))
          throw new Error(`Cannot inline ${file}: it contains "</style"`);
        return text.trim();
      });
      cssFiles.set(file, css);
    }
    return css;
  };
  const pageStyles = createPageStyles(readCss, basePath);
  const styleGroups = new Map<string, string>();
  const source = createFileSource(outDir);
  const { slugs, pageCount } = await listSlugs(source);
  const toJob = (path: string): PageJob => ({
    path,
    file: join(path, "index.html").slice(1),
    status: 200,
  });
  const jobs: PageJob[] = [
    { path: "/", file: "index.html", status: 200 },
    toJob("/search/"),
    // Page 1 of the list is `/` itself: `/page/1/` is never written.
    ...Array.from({ length: pageCount - 1 }, (_, index) =>
      toJob(getListPagePath(index + 2)),
    ),
    ...slugs.map((slug) => toJob(getArticlePath(slug))),
    toJob("/highlights/"),
    { path: SPEAKER_INDEX_PATH, file: "speakers/index.html", status: 200 },
    ...(await listSpeakerSlugs(outDir)).map((slug) =>
      toJob(getSpeakerPath(slug)),
    ),
    { path: "/404.html", file: "404.html", status: 404 },
  ];
  await runPool(jobs, async ({ path, file, status }) => {
    const url = `${basePath}${encodeURI(path.slice(1))}`;
    const page =
      status === 404
        ? await entry.renderNotFound(source, basePath)
        : await entry.render(url, source, basePath);
    if (page.status !== status) {
      throw new Error(
        `Prerendering ${path} gave HTTP ${String(page.status)}, expected ${String(status)}`,
      );
    }
    const dataScript = `<script type="application/json" id="${entry.HYDRATION_DATA_ID}">${page.hydrationData}</script>`;
    // One classic script in the head applies the reader's preferences before any paint, then starts the app
    // after the first paint, preloading the page's scripts.
    const assets = getPageAssets(manifest, page.modules ?? []);
    const pageStylesheets = [...stylesheets, ...assets.styles];
    const pageTemplate = fillHeadScript(
      template,
      entry.BOOT_SCRIPT,
      assets.scripts.map((file) => `${basePath}${file}`),
      pageStylesheets.map((file) => `${basePath}${file}`),
    );
    styleGroups.set(
      file,
      pageStyles.add(
        pageStylesheets,
        page.head + page.html,
        (page.modules ?? []).join(" "),
      ),
    );
    const target = join(outDir, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(
      target,
      fillTemplate(pageTemplate, page, dataScript, PAGE_STYLES_MARKER),
    );
  });
  // Pages that link the same stylesheets share one inline style, made from the classes they all use.
  const styleTags = await pageStyles.render();
  await runPool(jobs, async ({ file }) => {
    const target = join(outDir, file);
    const html = await readFile(target, "utf8");
    const tags = styleTags.get(styleGroups.get(file) ?? "") ?? "";
    await writeFile(
      target,
      html.replace(PAGE_STYLES_MARKER, () => tags),
    );
  });
  return jobs.map(({ path, file, status }) => ({ path, file, status }));
}

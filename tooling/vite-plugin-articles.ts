import { basename, dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Connect, Plugin, ViteDevServer, WebSocketClient } from "vite";
import { runnerImport } from "vite";
import { formatParseError } from "../src/content/catalog.ts";
import type { getQuoteIndex } from "../src/content/get-quote-index.ts";
import type { getSpeakerCatalog } from "../src/content/get-speaker-catalog.ts";
import type { loadSeeds } from "./load-seeds.ts";
import type { SiteData } from "./site-data.ts";
import { createSiteData } from "./site-data.ts";

type LoadSeeds = typeof loadSeeds;
type GetSpeakerCatalog = typeof getSpeakerCatalog;
type GetQuoteIndex = typeof getQuoteIndex;

/** What `loadSeeds` found in the seeds folder. */
export type SeedLoad = Awaited<ReturnType<LoadSeeds>>;

/** Options of `articlesPlugin`. */
export interface ArticlesPluginOptions {
  /** Folder of seed files (`seeds/`). */
  seedsDir: string;
  /** Seeds already loaded by the caller (`tooling/build.ts`), so a build parses them once. */
  preloaded?: SeedLoad;
}

const PLUGIN_NAME = "broadsheet:articles";
const VIRTUAL_ID = "virtual:articles";
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`;
const FETCH_SOURCE_MODULE = fileURLToPath(
  new URL("../src/fetch-source.ts", import.meta.url),
);
const LOAD_SEEDS_MODULE = fileURLToPath(
  new URL("./load-seeds.ts", import.meta.url),
);

const SPEAKER_CATALOG_MODULE = fileURLToPath(
  new URL("../src/content/get-speaker-catalog.ts", import.meta.url),
);
const QUOTE_INDEX_MODULE = fileURLToPath(
  new URL("../src/content/get-quote-index.ts", import.meta.url),
);

let seedLoader: Promise<LoadSeeds> | undefined;
let speakerCataloger: Promise<GetSpeakerCatalog> | undefined;
let quoteIndexer: Promise<GetQuoteIndex> | undefined;

// The parser is loaded through Vite's module runner, not imported: this file is part of vite.config.ts, which
// Vite bundles for Node, and keeping the whole content core out of that bundle keeps every `vite`/`vitest`
// start fast (and free of native-config-loader warnings about the core's extensionless imports).
function getSeedLoader(): Promise<LoadSeeds> {
  seedLoader ??= runnerImport<{ loadSeeds: LoadSeeds }>(LOAD_SEEDS_MODULE, {
    configFile: false,
    logLevel: "error",
  }).then(({ module }) => module.loadSeeds);
  return seedLoader;
}

// Loaded the same way as the parser, for the same reason.
function getSpeakerCataloger(): Promise<GetSpeakerCatalog> {
  speakerCataloger ??= runnerImport<{ getSpeakerCatalog: GetSpeakerCatalog }>(
    SPEAKER_CATALOG_MODULE,
    { configFile: false, logLevel: "error" },
  ).then(({ module }) => module.getSpeakerCatalog);
  return speakerCataloger;
}

// Loaded the same way as the parser, for the same reason.
function getQuoteIndexer(): Promise<GetQuoteIndex> {
  quoteIndexer ??= runnerImport<{ getQuoteIndex: GetQuoteIndex }>(
    QUOTE_INDEX_MODULE,
    { configFile: false, logLevel: "error" },
  ).then(({ module }) => module.getQuoteIndex);
  return quoteIndexer;
}

interface SiteState {
  errors: string[];
  data: SiteData;
}

async function loadSiteState(
  seedsDir: string,
  preloaded?: SeedLoad,
): Promise<SiteState> {
  // Paths in messages are relative to the folder above the seeds, so they read `seeds/<file>: <reason>`.
  const { articles, errors } =
    preloaded ??
    (await (
      await getSeedLoader()
    )([seedsDir], { root: dirname(seedsDir) }));
  return {
    errors: errors.map(formatParseError),
    data: createSiteData(
      articles,
      (await getSpeakerCataloger())(articles),
      await getQuoteIndexer(),
    ),
  };
}

// Constant size whatever the number of articles: the data lives in files fetched by the routes' loaders.
function virtualModuleCode(version: string): string {
  return [
    `import { createFetchSource } from ${JSON.stringify(FETCH_SOURCE_MODULE)};`,
    `export const contentVersion = ${JSON.stringify(version)};`,
    `export const source = createFetchSource({ baseUrl: import.meta.env.BASE_URL, version: contentVersion });`,
  ].join("\n");
}

function isSeedFile(seedsDir: string, file: string): boolean {
  const name = basename(file);
  return (
    resolve(file).startsWith(seedsDir + sep) &&
    !name.startsWith(".") &&
    !name.endsWith("~")
  );
}

// `/news/data/list/1.json` → `data/list/1.json`; null for any other request (or a malformed one).
function getDataPath(url: string, base: string): string | null {
  try {
    const pathname = decodeURIComponent(
      new URL(url, "http://localhost").pathname,
    );
    const path = pathname.startsWith(base)
      ? pathname.slice(base.length)
      : pathname.slice(1);
    return path.startsWith("data/") ? path : null;
  } catch {
    return null;
  }
}

function errorPayload(errors: readonly string[]): {
  type: "error";
  err: { message: string; stack: string; plugin: string };
} {
  return {
    type: "error",
    err: {
      message: `Some seeds are not articles:\n${errors.join("\n")}`,
      stack: "",
      plugin: PLUGIN_NAME,
    },
  };
}

/**
 * Serves the articles to the app: `virtual:articles` exports a fetch-based ContentSource, the data files are
 * emitted into the client build (and served from memory by `vite` dev, live-reloaded when a seed changes).
 */
export function articlesPlugin({
  seedsDir,
  preloaded,
}: ArticlesPluginOptions): Plugin {
  const dir = resolve(seedsDir);
  let state: Promise<SiteState> | null = null;
  const getState = (): Promise<SiteState> =>
    (state ??= loadSiteState(dir, preloaded));

  function configureDevServer(server: ViteDevServer): void {
    const base = server.config.base;
    const serveData: Connect.NextHandleFunction = (req, res, next) => {
      const path = getDataPath(req.url ?? "/", base);
      if (path === null) {
        next();
        return;
      }
      getState().then(
        ({ data }) => {
          const json = data.files.get(path);
          res.statusCode = json === undefined ? 404 : 200;
          res.setHeader("Content-Type", "application/json; charset=utf-8");
          res.setHeader("Cache-Control", "no-cache");
          res.end(json ?? "null");
        },
        (error: unknown) => {
          next(error);
        },
      );
    };
    server.middlewares.use(serveData);

    const reportErrors = (errors: readonly string[]): void => {
      if (errors.length > 0)
        server.config.logger.error(errors.join("\n"), { timestamp: true });
    };
    // Parse at start-up to report problems in the terminal; not for servers without HTTP (Vitest's).
    server.httpServer?.once("listening", () => {
      void getState().then(({ errors }) => {
        reportErrors(errors);
      });
    });
    // The overlay is per page load: show the current problems to every page that connects (after a reload too).
    server.ws.on(
      "vite:client:connect",
      (_data: undefined, client: WebSocketClient) => {
        void getState().then(({ errors }) => {
          if (errors.length > 0) client.send(errorPayload(errors));
        });
      },
    );

    let timer: NodeJS.Timeout | undefined;
    const onSeedEvent = (file: string): void => {
      if (!isSeedFile(dir, file)) return;
      clearTimeout(timer);
      // Editors write a file in several steps: re-parse once they are done.
      timer = setTimeout(() => {
        state = loadSiteState(dir);
        const graph = server.environments.client.moduleGraph;
        const module = graph.getModuleById(RESOLVED_VIRTUAL_ID);
        if (module) graph.invalidateModule(module);
        void state.then(({ errors }) => {
          reportErrors(errors);
          server.ws.send({ type: "full-reload", path: "*" });
        });
      }, 50);
    };
    // Vite already watches the project; a seeds folder outside it (SEEDS_DIR) is added to the same watcher.
    if (relative(server.config.root, dir).startsWith(".."))
      server.watcher.add(dir);
    server.watcher
      .on("add", onSeedEvent)
      .on("change", onSeedEvent)
      .on("unlink", onSeedEvent);
  }

  return {
    name: PLUGIN_NAME,
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_VIRTUAL_ID) return null;
      const { data, errors } = await getState();
      if (this.environment.mode === "build" && errors.length > 0)
        this.error(errors.join("\n"));
      return virtualModuleCode(data.version);
    },
    async generateBundle() {
      // Data files ship with the client build only; the SSR bundle reads them back from there.
      if (this.environment.config.consumer !== "client") return;
      const { data, errors } = await getState();
      if (errors.length > 0) this.error(errors.join("\n"));
      for (const [fileName, source] of data.files)
        this.emitFile({ type: "asset", fileName, source });
    },
    configureServer: configureDevServer,
  };
}

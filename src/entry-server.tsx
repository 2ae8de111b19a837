import { renderToString } from "react-dom/server";
import type { StaticHandler, StaticHandlerContext } from "react-router";
import {
  createStaticHandler,
  createStaticRouter,
  UNSAFE_ErrorResponseImpl as ErrorResponseImpl,
  StaticRouterProvider,
} from "react-router";
import type { ContentSource } from "./content/content-source";
import { getArticleOutline, isWholeArticle } from "./content/article-outline";
import { getArticlePath, getSpeakerPath } from "./content/data-paths";
import type { JsonLd } from "./content/get-article-json-ld";
import {
  getArticleJsonLd,
  serializeJsonLd,
} from "./content/get-article-json-ld";
import { getSpeakerJsonLd } from "./content/get-speaker-json-ld";
import { SITE_LANG } from "./content/site-info";
import { serializeHydrationData } from "./hydration-data";
import { createRoutes } from "./routes";
import type { ArticleRouteData } from "./routes/article";
import type { SpeakerRouteData } from "./routes/speaker";
import { getLazyRouteModule } from "./routes/lazy-route";
import { getLinksOfPage } from "./routes/page-links";

/** One prerendered page, ready to be poured into the `index.html` template. */
export interface RenderedPage {
  /** HTTP status the page stands for: 200, or 404 for the not-found page. */
  status: number;
  /** `<title>`, `<meta>` and `<link>` elements the page rendered, for the document's `<head>`. */
  head: string;
  /** Server markup for the root element. */
  html: string;
  /** Router state as escaped JSON, for `<script type="application/json" id="broadsheet-data">`. */
  hydrationData: string;
  /** `<html lang>`: the article's language when it has one, else the site's. */
  lang: string;
  /** Source modules of the lazy routes the page matched (`src/routes/home.tsx`): their chunks load before hydration. */
  modules: string[];
}

export { HYDRATION_DATA_ID } from "./hydration-data";
export { BOOT_SCRIPT } from "./preferences/boot-script";

// React 19 emits hoistable elements (a route's <title>, <meta>, <link>) at the very start of renderToString's
// output when it does not render <head> itself. They belong in <head>: in the root they would not hydrate.
const LEADING_HOISTABLES =
  /^(?:<title>[^<]*<\/title>|<meta\b[^>]*\/?>|<link\b[^>]*\/?>)+/;

/** Moves the leading hoisted `<title>`/`<meta>`/`<link>` elements out of React's output. */
export function splitHead(markup: string): { head: string; html: string } {
  const head = LEADING_HOISTABLES.exec(markup)?.[0] ?? "";
  return { head, html: markup.slice(head.length) };
}

const handlers = new WeakMap<ContentSource, Map<string, StaticHandler>>();

function getHandler(source: ContentSource, basename: string): StaticHandler {
  let byBasename = handlers.get(source);
  if (!byBasename) {
    byBasename = new Map();
    handlers.set(source, byBasename);
  }
  let handler = byBasename.get(basename);
  if (!handler) {
    handler = createStaticHandler(createRoutes(source), { basename });
    byBasename.set(basename, handler);
  }
  return handler;
}

function renderContext(
  handler: StaticHandler,
  context: StaticHandlerContext,
): RenderedPage {
  const router = createStaticRouter(handler.dataRoutes, context);
  const markup = renderToString(
    <StaticRouterProvider router={router} context={context} hydrate={false} />,
  );
  const { head, html } = splitHead(markup);
  return {
    status: context.statusCode,
    head: head + renderJsonLd(context),
    html,
    hydrationData: serializeHydrationData(outlineArticle(context)),
    lang: getPageLang(context),
    modules: context.matches
      .map(({ route }) => getLazyRouteModule(route))
      .filter((module) => module !== null),
  };
}

/**
 * The router state the page hydrates from, with the article as its outline: its paragraphs' text is in the
 * page's HTML, so the hydration data does not carry it twice (decision 0023).
 */
function outlineArticle(context: StaticHandlerContext): StaticHandlerContext {
  const data = context.loaderData.article as ArticleRouteData | undefined;
  if (!data || !isWholeArticle(data.article)) return context;
  return {
    ...context,
    loaderData: {
      ...context.loaderData,
      article: { article: getArticleOutline(data.article) },
    },
  };
}

/**
 * The page's schema.org JSON-LD (an article's, a speaker's), for its `<head>`: for crawlers, so it is written here and never part
 * of the app the browser runs. A data block, never executed, so a strict CSP allows it; `serializeJsonLd`
 * escapes every `<`, so no article text can end the element.
 */
function renderJsonLd(context: StaticHandlerContext): string {
  const jsonLd = getJsonLd(context);
  return jsonLd
    ? `<script type="application/ld+json">${serializeJsonLd(jsonLd)}</script>`
    : "";
}

// Route ids "article" and "speaker" are fixed in createRoutes().
function getJsonLd(context: StaticHandlerContext): JsonLd | null {
  const articleUrl = (slug: string) =>
    getLinksOfPage(getArticlePath(slug)).canonical;
  const article = context.loaderData.article as ArticleRouteData | undefined;
  if (article && isWholeArticle(article.article))
    return getArticleJsonLd(article.article, {
      url: articleUrl(article.article.slug),
    });
  const speaker = context.loaderData.speaker as SpeakerRouteData | undefined;
  if (speaker) {
    return getSpeakerJsonLd(speaker.speaker, {
      url: getLinksOfPage(getSpeakerPath(speaker.speaker.slug)).canonical,
      articleUrl,
    });
  }
  return null;
}

function getPageLang(context: StaticHandlerContext): string {
  // Route id "article" is fixed in createRoutes(); its loader data is ArticleRouteData.
  const data = context.loaderData.article as ArticleRouteData | undefined;
  return data?.article.lang ?? SITE_LANG;
}

async function query(
  handler: StaticHandler,
  url: string,
): Promise<StaticHandlerContext> {
  const context = await handler.query(
    new Request(new URL(url, "http://localhost")),
  );
  if (context instanceof Response) {
    throw new Error(
      `Prerendering ${url} returned a redirect or raw response (HTTP ${String(context.status)})`,
    );
  }
  return context;
}

/**
 * Renders one URL of the site to HTML with the routes the browser uses, reading data from `source`.
 * @param url Absolute path including the basename, e.g. `/news/article/aleppo/`.
 * @param basename The router basename with its trailing slash (`/` or `/news/`), so links home end in a slash.
 */
export async function render(
  url: string,
  source: ContentSource,
  basename: string,
): Promise<RenderedPage> {
  const handler = getHandler(source, basename);
  return renderContext(handler, await query(handler, url));
}

/**
 * Renders `404.html`: the root error boundary showing a 404, with that error as its hydration data.
 * A host serves this page at any unknown address, where other routes may match in the browser
 * (`/article/nope/` matches the article route): only an error held by the root route hydrates the same
 * whatever matches below it, without running a loader or rendering a fallback first.
 */
export async function renderNotFound(
  source: ContentSource,
  basename: string,
): Promise<RenderedPage> {
  const handler = getHandler(source, basename);
  const url = `${basename.replace(/\/?$/, "/")}404.html`;
  const context = await query(handler, url);
  const root = context.matches[0]?.route;
  if (!root) throw new Error(`No root route matched ${url}`);
  return renderContext(handler, {
    ...context,
    statusCode: 404,
    loaderData:
      root.id in context.loaderData
        ? { [root.id]: context.loaderData[root.id] as unknown }
        : {},
    actionData: null,
    errors: { [root.id]: new ErrorResponseImpl(404, "Not Found", null) },
  });
}

import { useMemo, useState, type JSX } from "react";
import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import type { ArticleData, ArticleView } from "../content/article";
import { isWholeArticle } from "../content/article-outline";
import type { ContentSource } from "../content/content-source";
import { usePreferences } from "../preferences/use-preferences";
import { getArticlePath } from "../content/data-paths";
import { PageMeta } from "../ui/page-meta";
import { HighlightedArticle } from "./highlighted-article";
import { throwNotFound } from "./not-found";
import { ReadingProgress } from "./reading-progress";
import { useArticleShortcuts } from "./use-article-shortcuts";
import { getLinksOfPage } from "./page-links";
import { useDocumentLang } from "./use-document-lang";
import { createWholeArticleRequest } from "./whole-article";

/**
 * What the article route's loader returns: the whole article. A prerendered page hydrates with its outline instead
 * (`entry-server.tsx`), as its paragraphs' text is on the page already (decision 0023).
 */
export interface ArticleRouteData {
  article: ArticleView;
}

/** Loads the article named by `:slug`, or ends with a 404 when there is none. */
export function createArticleLoader(
  source: ContentSource,
): (args: LoaderFunctionArgs) => Promise<ArticleRouteData> {
  return async ({ params }) => {
    const article =
      params.slug === undefined ? null : await source.loadArticle(params.slug);
    if (article === null) throwNotFound();
    return { article };
  };
}

/** `/article/:slug/`: the reading view, its whole article fetched from `source` when the page has its outline. */
export function createArticleRoute(source: ContentSource): {
  loader: (args: LoaderFunctionArgs) => Promise<ArticleRouteData>;
  Component: () => JSX.Element;
} {
  function ArticleRoute() {
    const data = useLoaderData<ArticleRouteData>();
    const outline = isWholeArticle(data.article) ? null : data.article;
    const load = useMemo(
      () => (outline ? createWholeArticleRequest(source, outline.slug) : null),
      [outline],
    );
    const [loaded, setLoaded] = useState<ArticleData | null>(null);
    const loadWholeArticle = useMemo(
      () =>
        load
          ? () =>
              load().then((article) => {
                setLoaded(article);
                return article;
              })
          : undefined,
      [load],
    );
    return (
      <ArticlePage
        article={
          outline && loaded?.slug === outline.slug ? loaded : data.article
        }
        loadWholeArticle={loadWholeArticle}
      />
    );
  }
  return { loader: createArticleLoader(source), Component: ArticleRoute };
}

function ArticlePage({
  article,
  loadWholeArticle,
}: {
  article: ArticleView;
  loadWholeArticle: (() => Promise<ArticleData>) | undefined;
}) {
  const { preferences, updatePreferences } = usePreferences();
  useArticleShortcuts();
  const links = getLinksOfPage(getArticlePath(article.slug));
  useDocumentLang(article.lang);
  return (
    <>
      <PageMeta
        title={article.title}
        description={article.excerpt}
        canonical={links.canonical}
        feeds={links.feeds}
        type="article"
        published={article.date ?? null}
        author={article.author ?? null}
      />
      <HighlightedArticle
        key={article.slug}
        article={article}
        loadWholeArticle={loadWholeArticle}
        progress={<ReadingProgress article={article} />}
        highlightQuotes={preferences.highlightQuotes}
        onHighlightQuotesChange={(highlightQuotes) => {
          updatePreferences({ highlightQuotes });
        }}
      />
    </>
  );
}

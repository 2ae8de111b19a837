import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import type { ArticleData } from "../content/article";
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

/** What the article route's loader returns. */
export interface ArticleRouteData {
  article: ArticleData;
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

/** `/article/:slug/`: the reading view. */
export function ArticleRoute() {
  const { article } = useLoaderData<ArticleRouteData>();
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
        progress={<ReadingProgress article={article} />}
        highlightQuotes={preferences.highlightQuotes}
        onHighlightQuotesChange={(highlightQuotes) => {
          updatePreferences({ highlightQuotes });
        }}
      />
    </>
  );
}

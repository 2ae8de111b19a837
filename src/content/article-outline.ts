import type { ArticleData, ArticleOutline, ArticleView } from "./article";

/** Whether `article` is whole (its paragraphs' text included), not an outline. */
export function isWholeArticle(article: ArticleView): article is ArticleData {
  return !("outline" in article);
}

/**
 * The outline of `article`, for its prerendered page's hydration data: everything but the paragraphs' text.
 * @example getArticleOutline(article).paragraphs // [{ id: "p-2dlm0k" }, …]
 */
export function getArticleOutline(article: ArticleData): ArticleOutline {
  return {
    ...article,
    paragraphs: article.paragraphs.map(({ id }) => ({ id })),
    outline: true,
  };
}

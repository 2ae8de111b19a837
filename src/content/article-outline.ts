import type { ArticleData, ArticleOutline, ArticleView } from "./article";

/** Whether `article` is whole (its paragraphs' text included), not an outline. */
export function isWholeArticle(article: ArticleView): article is ArticleData {
  return !("outline" in article);
}

/**
 * The outline of `article`, for its prerendered page's hydration data: everything but its paragraphs.
 * @example "paragraphs" in getArticleOutline(article) // false
 */
export function getArticleOutline(article: ArticleData): ArticleOutline {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out on purpose: the page shows the paragraphs
  const { paragraphs, ...outline } = article;
  return { ...outline, outline: true };
}

import type { ArticleData, ArticleOutline, ArticleView } from "./article";
import type { QuoteIndex } from "./get-quote-index";

/** Whether `article` is whole (its paragraphs' text included), not an outline. */
export function isWholeArticle(article: ArticleView): article is ArticleData {
  return !("outline" in article);
}

/**
 * The outline of `article`, for its prerendered page's hydration data: everything but its paragraphs (the page
 * shows them) and its quote index, of which it keeps the count.
 * @example "paragraphs" in getArticleOutline(article) // false
 */
export function getArticleOutline(article: ArticleData): ArticleOutline {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out on purpose: the page shows the paragraphs
  const { paragraphs, quoteIndex, ...rest } = article;
  return { ...rest, quoteCount: quoteIndex.entries.length, outline: true };
}

/**
 * How many speech quotes "Who said what" lists for `article`, whole or outline.
 * @example getQuoteCount(getArticleOutline(article)) === article.quoteIndex.entries.length // true
 */
export function getQuoteCount(article: ArticleView): number {
  return isWholeArticle(article)
    ? article.quoteIndex.entries.length
    : article.quoteCount;
}

/** The quote index of `article`, or null for an outline (the whole article has it). */
export function getQuoteIndexOf(article: ArticleView): QuoteIndex | null {
  return isWholeArticle(article) ? article.quoteIndex : null;
}

import type { ArticleData } from "../content/article";
import type { ContentSource } from "../content/content-source";

/**
 * Fetches the whole article `slug` from `source` when called, once: calls meanwhile share the fetch, and after a
 * failure (offline, a new deploy) the next call tries again.
 */
export function createWholeArticleRequest(
  source: ContentSource,
  slug: string,
): () => Promise<ArticleData> {
  let pending: Promise<ArticleData> | null = null;
  return () => {
    if (!pending) {
      pending = source.loadArticle(slug).then((article) => {
        if (article === null) throw new Error(`No article ${slug}`);
        return article;
      });
      pending.catch(() => {
        pending = null;
      });
    }
    return pending;
  };
}

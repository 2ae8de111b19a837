import type { ArticleData, ArticleListPage, Slug } from "./article";

/**
 * Where routes get their data. The browser fetches JSON files, the prerenderer reads them from disk and tests
 * pass an in-memory source: the routes never know which.
 */
export interface ContentSource {
  /** A page of the article list (1-based), or null when there is no such page. */
  loadListPage(page: number): Promise<ArticleListPage | null>;
  /** One article, or null when there is no article with that slug. */
  loadArticle(slug: Slug): Promise<ArticleData | null>;
}

import type { ArticleData, ArticleListPage, Slug } from "./article";
import type { SpeakerIndex, SpeakerPageData } from "./speaker";

/**
 * Where routes get their data. The browser fetches JSON files, the prerenderer reads them from disk and tests
 * pass an in-memory source: the routes never know which.
 */
export interface ContentSource {
  /** A page of the article list (1-based), or null when there is no such page. */
  loadListPage(page: number): Promise<ArticleListPage | null>;
  /** One article, or null when there is no article with that slug. */
  loadArticle(slug: Slug): Promise<ArticleData | null>;
  /** The site-wide speaker index (an empty one when nobody is quoted). */
  loadSpeakers(): Promise<SpeakerIndex>;
  /** One speaker's page, or null when there is no speaker with that slug. */
  loadSpeaker(slug: Slug): Promise<SpeakerPageData | null>;
}

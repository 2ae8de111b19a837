import type { ArticleData, ParagraphData } from "../content/article";
import type { ContentSource } from "../content/content-source";

/** The way to the whole article behind a prerendered page's outline. */
export interface WholeArticleRequest {
  /** Settles with the paragraphs once `load` has succeeded; never rejects (the page keeps its text meanwhile). */
  story: Promise<readonly ParagraphData[]>;
  /** Fetches the article once; after a failure (offline, a new deploy) the next call tries again. */
  load: () => Promise<ArticleData>;
}

/** A request for the whole article `slug` from `source`, made only when `load` is called. */
export function createWholeArticleRequest(
  source: ContentSource,
  slug: string,
): WholeArticleRequest {
  let settle: (paragraphs: readonly ParagraphData[]) => void = () => undefined;
  const story = new Promise<readonly ParagraphData[]>((resolve) => {
    settle = resolve;
  });
  let pending: Promise<ArticleData> | null = null;
  const load = (): Promise<ArticleData> => {
    pending ??= source.loadArticle(slug).then((article) => {
      if (article === null)
        throw new Error(`The article "${slug}" is no longer on this site`);
      settle(article.paragraphs);
      return article;
    });
    pending.catch(() => {
      pending = null;
    });
    return pending;
  };
  return { story, load };
}

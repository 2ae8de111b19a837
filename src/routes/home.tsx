import { useLoaderData } from "react-router";
import type { ArticleListPage } from "../content/article";
import type { LazyRouteParts } from "./lazy-route";
import type { ContentSource } from "../content/content-source";
import { getReadingStatus } from "../progress/reading-progress";
import { useProgress } from "../progress/use-progress";
import { ArticleList } from "../ui/article-list";
import { SITE_DESCRIPTION } from "../content/site-info";
import { PageMeta } from "../ui/page-meta";
import { getLinksOfPage } from "./page-links";
import { PaginationNav } from "../ui/pagination-nav";
import { ListPageLinks } from "./list-page-links";

/** What the home route's loader returns. */
export interface HomeRouteData {
  page: ArticleListPage;
}

const EMPTY_PAGE: ArticleListPage = {
  page: 1,
  pageCount: 1,
  total: 0,
  articles: [],
};

/** Loads the first page of the article list; a site without articles gets an empty list, not an error. */
export function createHomeLoader(
  source: ContentSource,
): () => Promise<HomeRouteData> {
  return async () => ({ page: (await source.loadListPage(1)) ?? EMPTY_PAGE });
}

/** `/`: the article list. */
export function HomeRoute() {
  const { page } = useLoaderData<HomeRouteData>();
  const progress = useProgress();
  const statuses = Object.fromEntries(
    page.articles.map(({ slug }) => [slug, getReadingStatus(progress[slug])]),
  );
  const links = getLinksOfPage("/");
  return (
    <>
      <PageMeta
        title="Latest stories"
        description={SITE_DESCRIPTION}
        canonical={links.canonical}
        feeds={links.feeds}
      />
      <ArticleList
        heading="Latest stories"
        articles={page.articles}
        statuses={statuses}
      />
      <ListPageLinks page={page.page} pageCount={page.pageCount} />
      <PaginationNav page={page.page} pageCount={page.pageCount} />
    </>
  );
}

/** This page as its lazy route gets it (src/routes.tsx). */
export function createRoute(source: ContentSource): LazyRouteParts {
  return { loader: createHomeLoader(source), Component: HomeRoute };
}

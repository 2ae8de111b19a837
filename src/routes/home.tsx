import { useLoaderData } from "react-router";
import type { ArticleListPage } from "../content/article";
import type { ContentSource } from "../content/content-source";
import { ArticleList } from "../ui/article-list";
import { PageMeta } from "../ui/page-meta";
import { PaginationNav } from "../ui/pagination-nav";
import { ListPageLinks } from "./list-page";

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
  return (
    <>
      <PageMeta
        title="Latest stories"
        description="The latest stories, with every quotation marked where it stands and who said it."
      />
      <ListPageLinks page={page.page} pageCount={page.pageCount} />
      <ArticleList heading="Latest stories" articles={page.articles} />
      <PaginationNav page={page.page} pageCount={page.pageCount} />
    </>
  );
}

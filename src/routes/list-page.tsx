import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import type { ArticleListPage } from "../content/article";
import type { LazyRouteParts } from "./lazy-route";
import type { ContentSource } from "../content/content-source";
import { getListPagePath, parseListPageParam } from "../content/list-pages";
import { ArticleList } from "../ui/article-list";
import { PageMeta } from "../ui/page-meta";
import { PaginationNav } from "../ui/pagination-nav";
import { getReadingStatus } from "../progress/reading-progress";
import { useProgress } from "../progress/use-progress";
import { throwNotFound } from "./not-found";
import { ListPageLinks } from "./list-page-links";
import { getLinksOfPage } from "./page-links";

/** What the list page route's loader returns: one page of summaries, never the whole archive. */
export interface ListPageRouteData {
  page: ArticleListPage;
}

/** Loads `/page/:page/` (2 and up); `/page/1/`, a malformed number or a page past the end is a 404. */
export function createListPageLoader(
  source: ContentSource,
): (args: LoaderFunctionArgs) => Promise<ListPageRouteData> {
  return async ({ params }) => {
    const number = parseListPageParam(params.page);
    const page = number === null ? null : await source.loadListPage(number);
    if (page === null) throwNotFound();
    return { page };
  };
}

/** `/page/:page/`: an older page of the article list. */
export function ListPageRoute() {
  const { page } = useLoaderData<ListPageRouteData>();
  const label = `page ${String(page.page)} of ${String(page.pageCount)}`;
  const progress = useProgress();
  const statuses = Object.fromEntries(
    page.articles.map(({ slug }) => [slug, getReadingStatus(progress[slug])]),
  );
  const links = getLinksOfPage(getListPagePath(page.page));
  return (
    <>
      <PageMeta
        title={`Latest stories, ${label}`}
        description={`Older stories, ${label}, with every quotation marked where it stands and who said it.`}
        canonical={links.canonical}
        feeds={links.feeds}
      />
      <ListPageLinks page={page.page} pageCount={page.pageCount} />
      <ArticleList
        heading={`Latest stories, page ${String(page.page)}`}
        articles={page.articles}
        statuses={statuses}
      />
      <PaginationNav page={page.page} pageCount={page.pageCount} />
    </>
  );
}

/** This page as its lazy route gets it (src/routes.tsx). */
export function createRoute(source: ContentSource): LazyRouteParts {
  return { loader: createListPageLoader(source), Component: ListPageRoute };
}

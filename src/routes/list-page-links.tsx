import { useHref } from "react-router";
import { getListPagePath } from "../content/list-pages";

interface ListLinksProps {
  page: number;
  pageCount: number;
}

/** `<link rel="prev">` / `<link rel="next">` for the document's head (React hoists them there). */
export function ListPageLinks({ page, pageCount }: ListLinksProps) {
  const previous = useHref(getListPagePath(page - 1));
  const next = useHref(getListPagePath(page + 1));
  return (
    <>
      {page > 1 && <link rel="prev" href={previous} />}
      {page < pageCount && <link rel="next" href={next} />}
    </>
  );
}

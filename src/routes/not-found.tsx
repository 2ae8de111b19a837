import { data } from "react-router";
import { NOT_FOUND_HEADING, NotFound } from "../ui/not-found";
import { PageMeta } from "../ui/page-meta";
import { getLinksOfPage } from "./page-links";

/**
 * Ends a loader with a 404: the root error boundary renders the not-found page, and the static handler (the
 * prerenderer) reports status 404.
 */
export function throwNotFound(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router's way to end a loader with a status
  throw data(null, { status: 404, statusText: "Not Found" });
}

/** Loader of the catch-all route: it renders normally, with status 404 for the static handler. */
export function notFoundLoader() {
  return data(null, { status: 404, statusText: "Not Found" });
}

/** `*` (and `404.html`): an address no other route matches. Also rendered by the root error boundary. */
export function NotFoundRoute() {
  return (
    <>
      <PageMeta
        title={NOT_FOUND_HEADING}
        description="There is no page at this address."
        feeds={getLinksOfPage(null).feeds}
        noindex
      />
      <NotFound />
    </>
  );
}

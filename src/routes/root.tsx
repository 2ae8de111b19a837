import { isRouteErrorResponse, Outlet, useRouteError } from "react-router";
import { ErrorPage } from "../ui/error-page";
import { PageMeta } from "../ui/page-meta";
import { SiteShell } from "../ui/site-shell";
import { NotFoundRoute } from "./not-found";
import { SiteSearch } from "./site-search";

/** The layout around every page. */
export function RootLayout() {
  return (
    <SiteShell search={<SiteSearch />}>
      <Outlet />
    </SiteShell>
  );
}

/** Replaces the layout when a loader or render fails, so it renders the landmarks too. */
export function RootErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <SiteShell>
        <NotFoundRoute />
      </SiteShell>
    );
  }
  const heading = "Something went wrong";
  const message = isRouteErrorResponse(error)
    ? `The page could not be loaded (${String(error.status)} ${error.statusText}). Try again in a moment.`
    : "The page could not be shown. Try again in a moment.";
  return (
    <SiteShell>
      <PageMeta title={heading} description={message} />
      <ErrorPage heading={heading} message={message} />
    </SiteShell>
  );
}

/** Shown while the first page's data loads when there is no prerendered data to hydrate from (`npm run dev`). */
export function RootHydrateFallback() {
  return (
    <SiteShell>
      <p role="status">Loading…</p>
    </SiteShell>
  );
}

import { isRouteErrorResponse, Outlet, useRouteError } from "react-router";
import { ErrorPage } from "../ui/error-page";
import { PageMeta } from "../ui/page-meta";
import { AppFrame } from "./app-frame";
import { NotFoundRoute } from "./not-found";

/** The layout around every page. */
export function RootLayout() {
  return (
    <AppFrame>
      <Outlet />
    </AppFrame>
  );
}

/** Replaces the layout when a loader or render fails, so it renders the landmarks too. */
export function RootErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <AppFrame>
        <NotFoundRoute />
      </AppFrame>
    );
  }
  const heading = "Something went wrong";
  const message = isRouteErrorResponse(error)
    ? `The page could not be loaded (${String(error.status)} ${error.statusText}). Try again in a moment.`
    : "The page could not be shown. Try again in a moment.";
  return (
    <AppFrame>
      <PageMeta title={heading} description={message} />
      <ErrorPage heading={heading} message={message} />
    </AppFrame>
  );
}

/** Shown while the first page's data loads when there is no prerendered data to hydrate from (`npm run dev`). */
export function RootHydrateFallback() {
  return (
    <AppFrame>
      <p role="status">Loading…</p>
    </AppFrame>
  );
}

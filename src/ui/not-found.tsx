import { ErrorPage } from "./error-page";

/** The heading of the not-found page, also used as its title. */
export const NOT_FOUND_HEADING = "Page not found";

/** What an unknown address or article shows (and what `404.html` contains). */
export function NotFound() {
  return (
    <ErrorPage
      heading={NOT_FOUND_HEADING}
      message="There is no page at this address. The link may be mistyped, or the story may have moved."
    />
  );
}

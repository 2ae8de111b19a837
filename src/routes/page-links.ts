import type { PageLinks } from "../content/site-url";
import { getPageLinks } from "../content/site-url";

// "" when the build had no SITE_URL: pages then leave out what needs an absolute URL.
const SITE_URL = import.meta.env.SITE_URL || null;

/**
 * The canonical URL and feed links of the page at `path` (a site path such as `/article/x/`), for this build's
 * SITE_URL and base path; `null` for a page that should have no canonical address.
 */
export function getLinksOfPage(path: string | null): PageLinks {
  return getPageLinks(SITE_URL, import.meta.env.BASE_URL, path);
}

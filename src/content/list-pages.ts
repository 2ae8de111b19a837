/**
 * Addresses of the paginated article list: page 1 is the home page `/`, later pages are `/page/<n>/`.
 * Pure: no React, no DOM.
 */

/**
 * The site path of a page of the article list, always with its trailing slash.
 * @example getListPagePath(1) // "/"
 * @example getListPagePath(3) // "/page/3/"
 */
export function getListPagePath(page: number): string {
  return page <= 1 ? "/" : `/page/${String(page)}/`;
}

/**
 * Reads the `:page` of `/page/<n>/`: a page number of 2 or more written without a sign or leading zero, else
 * null (so `/page/1/`, `/page/02/` and `/page/x/` are not pages: page 1 lives at `/` only).
 * @example parseListPageParam("2") // 2
 * @example parseListPageParam("1") // null
 */
export function parseListPageParam(param: string | undefined): number | null {
  if (param === undefined || !/^[1-9]\d{0,8}$/.test(param)) return null;
  const page = Number(param);
  return page >= 2 ? page : null;
}

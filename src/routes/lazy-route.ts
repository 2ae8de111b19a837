import type { ComponentType } from "react";
import type { LoaderFunction, RouteObject } from "react-router";
import { matchRoutes } from "react-router";

/** What a lazily loaded route module gives its route. */
export interface LazyRouteParts {
  Component: ComponentType;
  loader?: LoaderFunction;
}

/** The `handle` of a lazy route: which source module it loads, so the prerender can preload its chunk. */
export interface LazyRouteHandle {
  module: string;
}

/**
 * The fields of a route whose code is its own chunk: `lazy` loads it, `handle.module` names the module (its path
 * from the project root, as Vite's manifest keys it) so a prerendered page can `modulepreload` that chunk.
 */
export function lazyRoute(
  module: string,
  load: () => Promise<LazyRouteParts>,
): { lazy: () => Promise<LazyRouteParts>; handle: LazyRouteHandle } {
  return { lazy: load, handle: { module } };
}

/** The module a route's `handle` names, if it is a lazy route (see `lazyRoute`). */
export function getLazyRouteModule(route: { handle?: unknown }): string | null {
  const { handle } = route;
  return typeof handle === "object" &&
    handle !== null &&
    "module" in handle &&
    typeof handle.module === "string"
    ? handle.module
    : null;
}

/**
 * Loads the code of every lazy route matching `location` into the route objects, before a router is created
 * from them: hydration then renders the same tree as the prerendered page at once, with no fallback.
 */
export async function resolveLazyMatches(
  routes: RouteObject[],
  location: string,
  basename: string,
): Promise<void> {
  const matches = matchRoutes(routes, location, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== "function") return;
      const parts = await route.lazy();
      Object.assign(route, parts, { lazy: undefined });
    }),
  );
}

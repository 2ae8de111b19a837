import type { RouteObject } from "react-router";
import { describe, expect, it, vi } from "vitest";
import {
  getLazyRouteModule,
  lazyRoute,
  resolveLazyMatches,
} from "./lazy-route";

const Page = () => null;

function createTestRoutes(load: () => Promise<{ Component: typeof Page }>) {
  const other = vi.fn(() => Promise.resolve({ Component: Page }));
  const routes: RouteObject[] = [
    {
      id: "root",
      path: "/",
      children: [
        { id: "home", index: true, ...lazyRoute("src/home.tsx", load) },
        { id: "about", path: "about", ...lazyRoute("src/about.tsx", other) },
      ],
    },
  ];
  return { routes, other };
}

describe("lazyRoute", () => {
  it("names its module in the route's handle, where the prerender finds it", () => {
    const route = lazyRoute("src/routes/home.tsx", () =>
      Promise.resolve({ Component: Page }),
    );
    expect(getLazyRouteModule(route)).toBe("src/routes/home.tsx");
  });

  it("reads no module from a route without one", () => {
    expect(getLazyRouteModule({})).toBeNull();
    expect(getLazyRouteModule({ handle: { module: 3 } })).toBeNull();
    expect(getLazyRouteModule({ handle: "src/x.tsx" })).toBeNull();
  });
});

describe("resolveLazyMatches", () => {
  it("loads only the matched lazy routes into the route objects, before a router exists", async () => {
    const { routes, other } = createTestRoutes(() =>
      Promise.resolve({ Component: Page }),
    );
    await resolveLazyMatches(routes, "/", "/");
    const home = routes[0]?.children?.[0];
    expect(home?.Component).toBe(Page);
    expect(home?.lazy).toBeUndefined();
    expect(other).not.toHaveBeenCalled();
  });

  it("respects the basename of a site under a sub-path", async () => {
    const { routes, other } = createTestRoutes(() =>
      Promise.resolve({ Component: Page }),
    );
    await resolveLazyMatches(routes, "/news/about", "/news/");
    expect(other).toHaveBeenCalledOnce();
    expect(routes[0]?.children?.[1]?.Component).toBe(Page);
  });

  it("leaves everything alone for an address no route matches", async () => {
    const load = vi.fn(() => Promise.resolve({ Component: Page }));
    const { routes } = createTestRoutes(load);
    await resolveLazyMatches(routes, "/elsewhere/deep", "/");
    expect(load).not.toHaveBeenCalled();
  });

  it("passes on a chunk that fails to load, so the caller can report it", async () => {
    const { routes } = createTestRoutes(() =>
      Promise.reject(new Error("chunk missing")),
    );
    await expect(resolveLazyMatches(routes, "/", "/")).rejects.toThrow(
      "chunk missing",
    );
  });
});

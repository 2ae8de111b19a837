import { describe, expect, it } from "vitest";
import { createFetchSource } from "./fetch-source";

function fakeFetch(
  files: Record<string, unknown>,
  requested: string[],
): typeof fetch {
  return (input) => {
    const url =
      typeof input === "string"
        ? input
        : input instanceof URL
          ? input.href
          : input.url;
    requested.push(url);
    const path = url.replace(/\?.*$/, "");
    const body = files[path];
    return Promise.resolve(
      body === undefined
        ? new Response("<h1>404</h1>", { status: 404 })
        : Response.json(body, { status: 200 }),
    );
  };
}

describe("createFetchSource", () => {
  it("fetches list pages and articles under the base URL with the version as cache buster", async () => {
    const requested: string[] = [];
    const files = {
      "/news/data/list/1.json": { page: 1 },
      "/news/data/article/%D8%AD%D9%84%D8%A8.json": { slug: "حلب" },
    };
    const source = createFetchSource({
      baseUrl: "/news/",
      version: "abc",
      fetch: fakeFetch(files, requested),
    });
    expect(await source.loadListPage(1)).toEqual({ page: 1 });
    expect(await source.loadArticle("حلب")).toEqual({ slug: "حلب" });
    expect(requested).toEqual([
      "/news/data/list/1.json?v=abc",
      "/news/data/article/%D8%AD%D9%84%D8%A8.json?v=abc",
    ]);
  });

  it("gives null for a missing file (the host's 404 page)", async () => {
    const source = createFetchSource({
      baseUrl: "/",
      version: "v",
      fetch: fakeFetch({}, []),
    });
    expect(await source.loadArticle("nope")).toBeNull();
    expect(await source.loadListPage(9)).toBeNull();
  });

  it("throws on any other failure, so the error boundary shows it", async () => {
    const failing: typeof fetch = () =>
      Promise.resolve(new Response("oops", { status: 500 }));
    const source = createFetchSource({
      baseUrl: "/",
      version: "v",
      fetch: failing,
    });
    await expect(source.loadArticle("aleppo")).rejects.toThrow(/HTTP 500/);
  });
});

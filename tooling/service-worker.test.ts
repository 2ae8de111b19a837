import { describe, expect, it } from "vitest";
import { getRequestPath, planPrecache } from "./service-worker";

const slugs = ["newest", "middle", "oldest"];
const files = [
  "404.html",
  "_headers",
  "article/middle/index.html",
  "article/newest/index.html",
  "article/oldest/index.html",
  "assets/index-abc.js",
  "assets/index-abc.js.map",
  "assets/index-def.css",
  "data/article/middle.json",
  "data/article/newest.json",
  "data/article/oldest.json",
  "data/list/1.json",
  "data/list/2.json",
  "data/speakers/someone.json",
  "favicon.svg",
  "index.html",
  "sitemap.xml",
  "speakers/someone/index.html",
  "sw.js",
];

describe("planPrecache", () => {
  it("precaches every page, asset and data file of a small archive, but not itself or host files", () => {
    expect(planPrecache({ files, slugs, maxArticles: 200 })).toEqual(
      files.filter(
        (file) =>
          ![
            "_headers",
            "sw.js",
            "sitemap.xml",
            "assets/index-abc.js.map",
          ].includes(file),
      ),
    );
  });

  it("keeps the shell, the newest articles and the list pages that show them for a large archive", () => {
    const plan = planPrecache({ files, slugs, maxArticles: 1 });
    expect(plan).toContain("article/newest/index.html");
    expect(plan).toContain("data/article/newest.json");
    expect(plan).toContain("data/list/1.json");
    for (const dropped of [
      "article/middle/index.html",
      "data/article/oldest.json",
      "data/list/2.json",
      "speakers/someone/index.html",
      "data/speakers/someone.json",
    ])
      expect(plan).not.toContain(dropped);
    for (const shell of [
      "index.html",
      "404.html",
      "favicon.svg",
      "assets/index-def.css",
    ])
      expect(plan).toContain(shell);
  });
});

describe("getRequestPath", () => {
  it("requests pages by their folder and encodes non-ASCII paths like the browser", () => {
    expect(getRequestPath("index.html", "/")).toBe("/");
    expect(getRequestPath("article/x/index.html", "/news/")).toBe(
      "/news/article/x/",
    );
    expect(getRequestPath("404.html", "/")).toBe("/404.html");
    expect(getRequestPath("data/article/حلب.json", "/")).toBe(
      `/data/article/${encodeURIComponent("حلب")}.json`,
    );
  });
});

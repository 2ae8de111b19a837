import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, ArticleListPage } from "../src/content/article";
import { toArticleData } from "../src/content/catalog";
import { LIST_PAGE_SIZE } from "../src/content/data-paths";
import { loadSeeds } from "./load-seeds";
import { getQuoteIndex } from "../src/content/get-quote-index";
import { getSpeakerCatalog } from "../src/content/get-speaker-catalog";
import type { SpeakerIndex, SpeakerPageData } from "../src/content/speaker";
import { createSiteData as createSiteDataWith } from "./site-data";

const createSiteData = (list: readonly Article[]) =>
  createSiteDataWith(list, getSpeakerCatalog(list), getQuoteIndex);

const ARTICLE_COUNT = 45;
let dir: string;
let articles: Article[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "broadsheet-site-data-"));
  for (let n = 1; n <= ARTICLE_COUNT; n += 1) {
    const name = `story-${String(n).padStart(2, "0")}.txt`;
    const body = `"We counted ${String(n)} of them," said Nadia Karam.`;
    await writeFile(join(dir, name), `Story number ${String(n)}\n\n${body}\n`);
  }
  ({ articles } = await loadSeeds([dir], { root: dir }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readPage = (json: string | undefined): ArticleListPage =>
  JSON.parse(json ?? "null") as ArticleListPage;

describe("createSiteData", () => {
  it("splits the list into pages of LIST_PAGE_SIZE that cover every article once", () => {
    const { files } = createSiteData(articles);
    const pageCount = Math.ceil(ARTICLE_COUNT / LIST_PAGE_SIZE);
    const pages = Array.from({ length: pageCount }, (_, index) =>
      readPage(files.get(`data/list/${String(index + 1)}.json`)),
    );
    expect(files.has(`data/list/${String(pageCount + 1)}.json`)).toBe(false);
    for (const page of pages) {
      expect(page.pageCount).toBe(pageCount);
      expect(page.total).toBe(ARTICLE_COUNT);
      expect(page.articles.length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
    }
    const slugs = pages.flatMap((page) =>
      page.articles.map(({ slug }) => slug),
    );
    expect(slugs).toEqual(articles.map(({ slug }) => slug));
  });

  it("writes one file per article with exactly what the browser needs", () => {
    const { files } = createSiteData(articles);
    for (const article of articles) {
      const json = files.get(`data/article/${article.slug}.json`);
      expect(JSON.parse(json ?? "null")).toEqual(
        toArticleData(article, getQuoteIndex(article)),
      );
      expect(json).not.toContain(article.file);
    }
  });

  it("writes the speaker index and one file per speaker", () => {
    const { files } = createSiteData(articles);
    const index = JSON.parse(
      files.get("data/speakers/index.json") ?? "null",
    ) as SpeakerIndex;
    expect(index.speakers).toEqual([
      {
        slug: "nadia-karam",
        name: "Nadia Karam",
        quoteCount: ARTICLE_COUNT,
        articleCount: ARTICLE_COUNT,
      },
    ]);
    const page = JSON.parse(
      files.get("data/speakers/nadia-karam.json") ?? "null",
    ) as SpeakerPageData;
    expect(page.quotes.map(({ articleSlug }) => articleSlug)).toEqual(
      articles.map(({ slug }) => slug),
    );
  });

  it("still has a first list page when there are no articles", () => {
    const { files } = createSiteData([]);
    expect(
      [...files.keys()].filter((path) => !path.startsWith("data/search/")),
    ).toEqual(["data/list/1.json", "data/speakers/index.json"]);
    expect(readPage(files.get("data/list/1.json")).articles).toEqual([]);
  });

  it("versions the data by content: same articles, same version; any edit, a new one", () => {
    const { version } = createSiteData(articles);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(createSiteData(articles).version).toBe(version);
    const [first, ...rest] = articles;
    if (!first) throw new Error("no articles");
    const edited = { ...first, title: `${first.title}!` };
    expect(createSiteData([edited, ...rest]).version).not.toBe(version);
  });
});

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleData, ArticleListPage } from "../src/content/article";
import type { ContentSource } from "../src/content/content-source";
import {
  getArticleDataPath,
  getListDataPath,
  getSpeakerDataPath,
  SPEAKER_INDEX_DATA_PATH,
} from "../src/content/data-paths";
import type { SpeakerIndex, SpeakerPageData } from "../src/content/speaker";

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** A ContentSource over a built site's data files: the prerenderer reads exactly what the browser fetches. */
export function createFileSource(siteDir: string): ContentSource {
  return {
    loadListPage: (page) =>
      readJson<ArticleListPage>(join(siteDir, getListDataPath(page))),
    loadArticle: (slug) =>
      readJson<ArticleData>(join(siteDir, getArticleDataPath(slug))),
    loadSpeakers: async () =>
      (await readJson<SpeakerIndex>(
        join(siteDir, SPEAKER_INDEX_DATA_PATH),
      )) ?? {
        total: 0,
        speakers: [],
      },
    loadSpeaker: (slug) =>
      readJson<SpeakerPageData>(join(siteDir, getSpeakerDataPath(slug))),
  };
}

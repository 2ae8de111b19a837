import type { ContentSource } from "./content/content-source";
import {
  getArticleDataPath,
  getListDataPath,
  getSpeakerDataPath,
  SPEAKER_INDEX_DATA_PATH,
} from "./content/data-paths";
import type { SpeakerIndex } from "./content/speaker";

const EMPTY_SPEAKERS: SpeakerIndex = { total: 0, speakers: [] };

/** Where the data files live and which build they belong to. */
export interface FetchSourceOptions {
  /** The site's base URL with its trailing slash (`import.meta.env.BASE_URL`). */
  baseUrl: string;
  /** Content hash of the build, appended as `?v=` so a new deploy never reads a cached old file. */
  version: string;
  /** Injected in tests; the global `fetch` otherwise. */
  fetch?: typeof fetch;
}

/**
 * A ContentSource that fetches the JSON data files the build emitted (`data/list/1.json`, `data/article/<slug>.json`).
 * A 404 means "no such page or article" (null); any other failure throws, so the route's error boundary shows it.
 */
export function createFetchSource({
  baseUrl,
  version,
  fetch: fetchImpl = fetch,
}: FetchSourceOptions): ContentSource {
  async function loadJson<T>(path: string): Promise<T | null> {
    const response = await fetchImpl(
      `${baseUrl}${path}?v=${encodeURIComponent(version)}`,
    );
    if (response.status === 404) return null;
    if (!response.ok)
      throw new Error(
        `Could not load ${path}: HTTP ${String(response.status)}`,
      );
    return (await response.json()) as T;
  }
  return {
    loadListPage: (page) => loadJson(getListDataPath(page)),
    loadArticle: (slug) =>
      loadJson(getArticleDataPath(encodeURIComponent(slug))),
    loadSpeakers: async () =>
      (await loadJson<SpeakerIndex>(SPEAKER_INDEX_DATA_PATH)) ?? EMPTY_SPEAKERS,
    loadSpeaker: (slug) =>
      loadJson(getSpeakerDataPath(encodeURIComponent(slug))),
  };
}

import { describe, expect, it, vi } from "vitest";
import { aleppoArticle } from "../../tests/support/article-fixtures";
import { createInMemorySource } from "../../tests/support/render";
import { createWholeArticleRequest } from "./whole-article";

describe("createWholeArticleRequest", () => {
  it("fetches nothing until called, then once for calls made meanwhile", async () => {
    const source = createInMemorySource([aleppoArticle]);
    const loadArticle = vi.spyOn(source, "loadArticle");
    const load = createWholeArticleRequest(source, aleppoArticle.slug);
    expect(loadArticle).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toEqual(aleppoArticle);
    expect(second).toBe(first);
    expect(loadArticle).toHaveBeenCalledTimes(1);
  });

  it("tries again on the next call after a failure, and fails for an article that is gone", async () => {
    const source = createInMemorySource([aleppoArticle]);
    const loadArticle = vi
      .spyOn(source, "loadArticle")
      .mockRejectedValueOnce(new Error("offline"));
    const load = createWholeArticleRequest(source, aleppoArticle.slug);
    await expect(load()).rejects.toThrow("offline");
    await expect(load()).resolves.toEqual(aleppoArticle);
    expect(loadArticle).toHaveBeenCalledTimes(2);
    await expect(
      createWholeArticleRequest(source, "no-such-story")(),
    ).rejects.toThrow("No article no-such-story");
  });
});

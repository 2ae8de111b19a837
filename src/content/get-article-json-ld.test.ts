import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { getArticleJsonLd, serializeJsonLd } from "./get-article-json-ld";

const article = {
  title: "Rebels launch battle",
  lang: null,
  wordCount: 490,
  excerpt: "Syrian regime forces were on the defensive.",
};

describe("getArticleJsonLd", () => {
  it("describes the article as a NewsArticle", () => {
    expect(getArticleJsonLd(article)).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Rebels launch battle",
      description: "Syrian regime forces were on the defensive.",
      inLanguage: "en",
      wordCount: 490,
    });
  });

  it("adds the page's address when it is known, and the article's own language", () => {
    const data = getArticleJsonLd(
      { ...article, lang: "ar" },
      { url: "https://example.org/article/aleppo/" },
    );
    expect(data.url).toBe("https://example.org/article/aleppo/");
    expect(data.mainEntityOfPage).toBe("https://example.org/article/aleppo/");
    expect(data.inLanguage).toBe("ar");
  });
});

describe("serializeJsonLd", () => {
  it("cannot close its script element", () => {
    const json = serializeJsonLd({
      headline: "</script><script>alert(1)</script><!--",
    });
    expect(json).not.toContain("<");
  });

  test.prop([fc.string()])(
    "parses back to the same data and contains no `<`",
    (text) => {
      const json = serializeJsonLd({ headline: text });
      expect(json).not.toContain("<");
      expect(JSON.parse(json)).toEqual({ headline: text });
    },
  );
});

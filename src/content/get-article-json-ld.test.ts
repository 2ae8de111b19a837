import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { ArticleData, Segment } from "./article";
import { getArticleJsonLd, serializeJsonLd } from "./get-article-json-ld";

const quote = (text: string, speaker: string | null): Segment => ({
  type: "quote",
  quoteId: `q-${text}`,
  kind: "speech",
  speaker,
  open: '"',
  close: '"',
  children: [{ type: "text", text }],
});

const article: Omit<ArticleData, "quoteIndex"> = {
  slug: "aleppo",
  title: "Rebels launch battle",
  lang: null,
  dir: null,
  wordCount: 490,
  readingMinutes: 3,
  excerpt: "Syrian regime forces were on the defensive.",
  paragraphs: [
    {
      id: "p-1",
      index: 1,
      segments: [
        quote("A big slap", "Assaad al-Achi"),
        quote("Release them", "SDF's Manbij Military Council"),
        quote("Unsourced", null),
      ],
      speakers: [],
    },
  ],
};

describe("getArticleJsonLd", () => {
  it("describes the article as a NewsArticle with its quotations and their speakers", () => {
    expect(getArticleJsonLd(article)).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Rebels launch battle",
      description: "Syrian regime forces were on the defensive.",
      inLanguage: "en",
      wordCount: 490,
      hasPart: [
        {
          "@type": "Quotation",
          text: "A big slap",
          creator: { "@type": "Person", name: "Assaad al-Achi" },
        },
        {
          "@type": "Quotation",
          text: "Release them",
          creator: {
            "@type": "Organization",
            name: "SDF's Manbij Military Council",
          },
        },
        { "@type": "Quotation", text: "Unsourced" },
      ],
    });
  });

  it("adds the page's address, and each quotation's paragraph, when it is known", () => {
    const data = getArticleJsonLd(
      { ...article, lang: "ar" },
      { url: "https://example.org/article/aleppo/" },
    );
    expect(data.url).toBe("https://example.org/article/aleppo/");
    expect(data.inLanguage).toBe("ar");
    expect(data.hasPart).toContainEqual(
      expect.objectContaining({
        url: "https://example.org/article/aleppo/#p-1",
      }),
    );
  });

  it("has no quotation list for an article without speech", () => {
    expect(getArticleJsonLd({ ...article, paragraphs: [] })).not.toHaveProperty(
      "hasPart",
    );
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

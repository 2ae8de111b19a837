import { describe, expect, it } from "vitest";
import { getSpeakerJsonLd } from "./get-speaker-json-ld";
import type { SpeakerQuote } from "./speaker";

const quote = (text: string, articleSlug: string): SpeakerQuote => ({
  quoteId: `q-${text}`,
  articleSlug,
  articleTitle: `Story ${articleSlug}`,
  paragraphId: "p-1",
  text,
  lang: null,
  dir: null,
});

describe("getSpeakerJsonLd", () => {
  it("describes a person's page as a ProfilePage listing their quotations, each part of its article", () => {
    expect(
      getSpeakerJsonLd({
        name: "Assaad al-Achi",
        quotes: [quote("A big slap", "aleppo")],
      }),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "ProfilePage",
      mainEntity: { "@type": "Person", name: "Assaad al-Achi" },
      hasPart: [
        {
          "@type": "Quotation",
          text: "A big slap",
          creator: { "@type": "Person", name: "Assaad al-Achi" },
          isPartOf: { "@type": "NewsArticle", headline: "Story aleppo" },
        },
      ],
    });
  });

  it("types a body as an Organization, and links each quotation to its paragraph when addresses are known", () => {
    const data = getSpeakerJsonLd(
      {
        name: "SDF's Manbij Military Council",
        quotes: [{ ...quote("Release them", "manbij"), lang: "ar" }],
      },
      {
        url: "https://example.org/speakers/sdf/",
        articleUrl: (slug) => `https://example.org/article/${slug}/`,
      },
    );
    expect(data.mainEntity).toEqual({
      "@type": "Organization",
      name: "SDF's Manbij Military Council",
    });
    expect(data.url).toBe("https://example.org/speakers/sdf/");
    expect(data.hasPart).toEqual([
      expect.objectContaining({
        url: "https://example.org/article/manbij/#p-1",
        inLanguage: "ar",
        isPartOf: {
          "@type": "NewsArticle",
          headline: "Story manbij",
          url: "https://example.org/article/manbij/",
        },
      }),
    ]);
  });

  it("has no quotation list for a speaker page without quotes", () => {
    expect(getSpeakerJsonLd({ name: "Nobody", quotes: [] })).not.toHaveProperty(
      "hasPart",
    );
  });
});

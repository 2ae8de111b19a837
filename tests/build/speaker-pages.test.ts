import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { SpeakerIndex, SpeakerPageData } from "../../src/content/speaker";
import { escapeHtml, getElementHtml } from "./site-files";

const outDir = inject("outDir");
const seeds = inject("seeds");

const read = (file: string): Promise<string> =>
  readFile(join(outDir, file), "utf8");
const readJson = async <T>(file: string): Promise<T> =>
  JSON.parse(await read(file)) as T;

function findSeed(file: string): { slug: string; title: string } {
  const seed = seeds.find((candidate) => candidate.file === file);
  if (!seed) throw new Error(`${file} is not in the test corpus`);
  return seed;
}

describe("the speaker pages", () => {
  it("list everyone quoted in the test corpus on /speakers/, linked to their pages", async () => {
    const index = await readJson<SpeakerIndex>("data/speakers/index.json");
    const slugs = index.speakers.map(({ slug }) => slug);
    // Named in the seed from the issue and in the fixture seeds, each once.
    expect(slugs).toEqual(
      expect.arrayContaining(["assaad-al-achi", "nadia-karam", "amal-haddad"]),
    );
    expect(new Set(slugs).size).toBe(slugs.length);
    const html = await read("speakers/index.html");
    expect(getElementHtml(html, "h1")).toBe("Who is quoted");
    for (const { slug, name } of index.speakers) {
      expect(html).toContain(`href="/speakers/${escapeHtml(slug)}/"`);
      expect(html).toContain(escapeHtml(name));
    }
  });

  it("give each speaker a page with their quotes linking back into the article at the paragraph", async () => {
    const story = findSeed("seeds/000_31c48370f16a883d.txt");
    const page = await readJson<SpeakerPageData>(
      "data/speakers/assaad-al-achi.json",
    );
    expect(page.name).toBe("Assaad al-Achi");
    expect(page.quotes.length).toBeGreaterThan(0);
    const html = await read("speakers/assaad-al-achi/index.html");
    expect(getElementHtml(html, "h1")).toBe("Assaad al-Achi");
    expect(html).toMatch(
      /<title>Quotes by Assaad al-Achi — Broadsheet<\/title>/,
    );
    for (const quote of page.quotes) {
      expect(quote.articleSlug).toBe(story.slug);
      expect(html).toContain(
        `href="/article/${escapeHtml(story.slug)}/#${quote.paragraphId}"`,
      );
      expect(html).toContain(escapeHtml(quote.text));
      const article = await read(`article/${story.slug}/index.html`);
      expect(article).toContain(`id="${quote.paragraphId}"`);
    }
  });
});

describe("the JSON-LD of articles and speakers", () => {
  function getJsonLd(html: string): Record<string, unknown> {
    const match =
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    if (!match?.[1]) throw new Error("no JSON-LD script");
    expect(match[1]).not.toContain("<");
    return JSON.parse(match[1]) as Record<string, unknown>;
  }

  it("describes the story from the issue as a NewsArticle", async () => {
    const story = findSeed("seeds/000_31c48370f16a883d.txt");
    const data = getJsonLd(await read(`article/${story.slug}/index.html`));
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: story.title,
      inLanguage: "en",
    });
  });

  it("lists a speaker's quotations on their page, each with them as creator and part of its article", async () => {
    const story = findSeed("seeds/000_31c48370f16a883d.txt");
    const page = await readJson<SpeakerPageData>(
      "data/speakers/assaad-al-achi.json",
    );
    const data = getJsonLd(await read("speakers/assaad-al-achi/index.html"));
    const person = { "@type": "Person", name: "Assaad al-Achi" };
    expect(data).toMatchObject({ "@type": "ProfilePage", mainEntity: person });
    const quotations = data.hasPart as Record<string, unknown>[];
    expect(quotations.map(({ text }) => text)).toEqual(
      page.quotes.map(({ text }) => text),
    );
    for (const quotation of quotations) {
      expect(quotation["@type"]).toBe("Quotation");
      expect(quotation.creator).toEqual(person);
      expect(quotation.isPartOf).toMatchObject({ headline: story.title });
    }
  });

  it("keeps markup in a title inside the JSON, escaped", async () => {
    const seed = findSeed("seeds/xss-script-tags.txt");
    const data = getJsonLd(await read(`article/${seed.slug}/index.html`));
    expect(data.headline).toBe(seed.title);
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { anyText } from "./test-arbitraries";
import { assignSlugs, MAX_SLUG_LENGTH, slugify } from "./slugify";

describe("slugify", () => {
  it.each([
    [
      "Syria: Rebel alliance launches battle to retake all of Aleppo",
      "syria-rebel-alliance-launches-battle-to-retake-all-of-aleppo",
    ],
    ["Ça coûte cher à Zürich", "ca-coute-cher-a-zurich"],
    ["Straße, Ærø and Łódź", "strasse-aero-and-lodz"],
    ["Syria's rebels' \"new\" push", "syrias-rebels-new-push"],
    ["سوريا: المعارضة تعلن بدء معركة حلب", "سوريا-المعارضة-تعلن-بدء-معركة-حلب"],
    ["Новости дня", "новости-дня"],
    ["東京の天気", "東京の天気"],
    ["हिन्दी समाचार", "हिन्दी-समाचार"],
  ])("turns %s into %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("falls back to a hash when the title has no letter or digit", () => {
    expect(slugify("!!! — ???")).toMatch(/^article-[0-9a-z]+$/u);
    expect(slugify("")).toMatch(/^article-[0-9a-z]+$/u);
  });

  it("cuts a long title at a dash", () => {
    const slug = slugify("word ".repeat(40));
    expect(Array.from(slug).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
  });

  test.prop([anyText])(
    "is never empty and holds only letters, marks, digits and single inner dashes",
    (title) => {
      const slug = slugify(title);
      expect(slug).toMatch(/^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*$/u);
      expect(slug).toBe(slug.toLowerCase());
    },
  );
});

describe("assignSlugs", () => {
  it("numbers duplicate titles in file-name order", () => {
    const slugs = assignSlugs([
      { file: "seeds/c.txt", title: "Same" },
      { file: "seeds/a.txt", title: "Same" },
      { file: "seeds/b.txt", title: "Same" },
    ]);
    expect(slugs).toEqual(["same-3", "same", "same-2"]);
  });

  it("skips a suffix that is another article's own slug", () => {
    const slugs = assignSlugs([
      { file: "a.txt", title: "Same" },
      { file: "b.txt", title: "Same" },
      { file: "c.txt", title: "Same 2" },
    ]);
    expect(slugs).toEqual(["same", "same-3", "same-2"]);
  });

  const sources = fc.array(
    fc.record({
      file: fc.string({ maxLength: 6 }),
      title: fc.constantFrom("A", "a", "A 2", "!!", "b", "Ça", "ca"),
    }),
    { maxLength: 12 },
  );

  test.prop([sources])(
    "gives distinct, non-empty slugs whatever the titles",
    (items) => {
      const slugs = assignSlugs(items);
      expect(new Set(slugs).size).toBe(items.length);
      expect(slugs.every((slug) => slug !== "")).toBe(true);
    },
  );

  test.prop([
    sources.chain((items) =>
      fc.tuple(
        fc.constant(items),
        fc.shuffledSubarray(
          items.map((_, index) => index),
          { minLength: items.length },
        ),
      ),
    ),
  ])("does not depend on the order the articles come in", ([items, order]) => {
    const files = new Set(items.map((item) => item.file));
    fc.pre(files.size === items.length);
    const direct = new Map(
      items.map((item, index) => [item.file, assignSlugs(items)[index]]),
    );
    const shuffled = order
      .map((index) => items[index])
      .filter((item) => item !== undefined);
    assignSlugs(shuffled).forEach((slug, index) => {
      expect(slug).toBe(direct.get(shuffled[index]?.file ?? ""));
    });
  });
});

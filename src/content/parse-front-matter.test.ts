import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "./parse-front-matter";
import { anyText } from "./test-arbitraries";

const file = "seeds/story.md";

function errorsOf(text: string): { line: number | null; message: string }[] {
  const result = parseFrontMatter(text, file);
  return result.ok
    ? []
    : result.errors.map(({ line, message }) => ({ line, message }));
}

describe("parseFrontMatter", () => {
  it("reads every known key and gives the body with the line it starts on", () => {
    const result = parseFrontMatter(
      [
        "---",
        "title: Aleppo: the battle",
        "date: 2026-11-26",
        'author: "Ana \\"AJ\\" Jones"',
        "source: 'Al Jazeera''s desk'",
        "# a comment",
        "",
        "lang: ar",
        "dir: rtl",
        "summary: Rebels launch a battle.",
        "---",
        "First paragraph.",
      ].join("\n"),
      file,
    );
    expect(result).toEqual({
      ok: true,
      frontMatter: {
        title: "Aleppo: the battle",
        date: "2026-11-26",
        author: 'Ana "AJ" Jones',
        source: "Al Jazeera's desk",
        lang: "ar",
        dir: "rtl",
        summary: "Rebels launch a battle.",
      },
      body: "First paragraph.",
      bodyLine: 12,
    });
  });

  it("treats a text without a leading --- line as all body", () => {
    const result = parseFrontMatter("# Title\n\nBody.", file);
    expect(result.ok && result.frontMatter.title).toBeNull();
    expect(result.ok && result.body).toBe("# Title\n\nBody.");
  });

  it("accepts CRLF line ends, a BOM and a date-time with a zone", () => {
    const result = parseFrontMatter(
      "\ufeff---\r\ndate: 2026-11-26T09:30:00+02:00\r\n---\r\nBody.",
      file,
    );
    expect(result.ok && result.frontMatter.date).toBe(
      "2026-11-26T09:30:00+02:00",
    );
  });

  it.each([
    ["an unclosed block", "---\ntitle: A\n\nBody.", 1, /never closed/],
    ["a line without a colon", "---\ntitle A\n---\n", 2, /key: value/],
    ["an unknown key", "---\ntitle: A\ntags: x\n---\n", 3, /unknown .*"tags"/],
    ["a key set twice", "---\ntitle: A\ntitle: B\n---\n", 3, /twice/],
    ["an empty value", "---\nauthor:\n---\n", 2, /author is empty/],
    [
      "an impossible date",
      "---\ndate: 2026-02-30\n---\n",
      2,
      /not an ISO 8601/,
    ],
    ["a date in another format", "---\ndate: 26/11/2026\n---\n", 2, /ISO 8601/],
    ["a bad direction", "---\ndir: right\n---\n", 2, /ltr or rtl/],
    [
      "a bad language tag",
      "---\nlang: Arabic language\n---\n",
      2,
      /language tag/,
    ],
    ["an unclosed quote", '---\ntitle: "Aleppo\n---\n', 2, /never closed/],
    [
      "an unclosed single quote",
      "---\ntitle: 'it's'\n---\n",
      2,
      /never closed/,
    ],
    ["YAML it does not support", "---\ntitle: [a, b]\n---\n", 2, /not support/],
  ])("fails on %s with its line", (_name, text, line, message) => {
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(line);
    expect(errors[0]?.message).toMatch(message);
  });

  it("reports every bad line, not just the first", () => {
    expect(
      errorsOf("---\ntitle A\nfoo: b\ndate: never\n---\n").map(
        ({ line }) => line,
      ),
    ).toEqual([2, 3, 4]);
  });

  test.prop([anyText])("never throws on any text", (text) => {
    expect(() => parseFrontMatter(text, file)).not.toThrow();
    expect(() => parseFrontMatter(`---\n${text}\n---\n`, file)).not.toThrow();
  });

  test.prop([fc.string({ maxLength: 200 })])(
    "gives every error a line inside the front matter block",
    (text) => {
      const source = `---\n${text}\n---\nBody.`;
      const lines = source.split(/\r\n|\r|\n/).length;
      for (const { line } of errorsOf(source)) {
        expect(line).toBeGreaterThanOrEqual(1);
        expect(line).toBeLessThanOrEqual(lines);
      }
    },
  );

  test.prop([
    fc
      .string({ minLength: 1, maxLength: 80 })
      .filter((value) => value.trim() !== "" && !/\p{Cc}/u.test(value)),
  ])("round-trips any title written as a JSON string", (title) => {
    const result = parseFrontMatter(
      `---\ntitle: ${JSON.stringify(title)}\n---\nBody.`,
      file,
    );
    expect(result.ok && result.frontMatter.title).toBe(title.trim());
  });
});

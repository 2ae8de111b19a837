import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { getMarkdownParagraphs, stripInline } from "./markdown-paragraphs";
import { anyText } from "./test-arbitraries";

describe("getMarkdownParagraphs", () => {
  it("takes a leading level-1 heading as the title and joins wrapped lines", () => {
    expect(
      getMarkdownParagraphs("\n# Aleppo\n\nRebels\nadvance.\n\nSecond.", 5),
    ).toEqual({
      title: "Aleppo",
      titleLine: 6,
      paragraphs: ["Rebels advance.", "Second."],
    });
  });

  it("keeps later headings, list items and block quotes as paragraphs of their own", () => {
    const { title, paragraphs } = getMarkdownParagraphs(
      [
        "Intro.",
        "## Background",
        "- first item",
        "  continued",
        "* second",
        "1. numbered",
        "",
        "> Quoted words",
        "> go on.",
        "",
        "Sub heading",
        "-----------",
        "",
        "***",
        "[ref]: https://example.org",
      ].join("\n"),
    );
    expect(title).toBeNull();
    expect(paragraphs).toEqual([
      "Intro.",
      "Background",
      "• first item continued",
      "• second",
      "1. numbered",
      "Quoted words go on.",
      "Sub heading",
    ]);
  });

  it("keeps fenced code literally, as one paragraph", () => {
    expect(
      getMarkdownParagraphs("```\nconst a = **b**;\n```").paragraphs,
    ).toEqual(["const a = **b**;"]);
  });

  test.prop([anyText])(
    "never throws and never gives an empty paragraph",
    (text) => {
      const { paragraphs } = getMarkdownParagraphs(text);
      for (const paragraph of paragraphs) expect(paragraph.trim()).not.toBe("");
    },
  );
});

describe("stripInline", () => {
  it.each([
    ["**strong** and *em* and ***both***", "strong and em and both"],
    [
      "__strong__ and _em_ but snake_case_name",
      "strong and em but snake_case_name",
    ],
    ["~~gone~~ and `a *literal*`", "gone and a *literal*"],
    [
      "[the report](https://x.org/a) and ![a map](m.png)",
      "the report and a map",
    ],
    [
      "<https://example.org> and \\*not em\\*",
      "https://example.org and *not em*",
    ],
    ["5 * 3 * 2 stays", "5 * 3 * 2 stays"],
    [
      "<script>alert(1)</script> stays text",
      "<script>alert(1)</script> stays text",
    ],
  ])("turns %j into plain text", (markdown, text) => {
    expect(stripInline(markdown)).toBe(text);
  });

  test.prop([anyText])("never throws", (text) => {
    expect(typeof stripInline(text)).toBe("string");
  });
});

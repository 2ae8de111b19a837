import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Quote } from "./article";
import { detectArticleQuotes } from "./detect-article-quotes";
import { getSegmentsText, segmentParagraph } from "./segment-paragraph";
import { newsText } from "./test-arbitraries";

function quotesOf(text: string): Quote[] {
  return detectArticleQuotes([text], ["p-1"])[0] ?? [];
}

describe("segmentParagraph", () => {
  it("nests quote segments and keeps the marks as written", () => {
    const text = "“He told us ‘go’,” she said.";
    expect(segmentParagraph(text, quotesOf(text))).toEqual([
      {
        type: "quote",
        quoteId: "p-1-q1",
        kind: "speech",
        speaker: "she",
        open: "“",
        close: "”",
        children: [
          { type: "text", text: "He told us " },
          {
            type: "quote",
            quoteId: "p-1-q2",
            kind: "speech",
            speaker: "He",
            open: "‘",
            close: "’",
            children: [{ type: "text", text: "go" }],
          },
          { type: "text", text: "," },
        ],
      },
      { type: "text", text: " she said." },
    ]);
  });

  it("puts French inner spaces in the marks, and gives an unclosed quote an empty close", () => {
    const text = "« Oui » puis « non";
    const segments = segmentParagraph(text, quotesOf(text));
    expect(
      segments.map((segment) =>
        segment.type === "quote" ? [segment.open, segment.close] : segment.text,
      ),
    ).toEqual([["« ", " »"], " puis ", ["« ", ""]]);
  });

  it("returns the text as one segment when there are no quotes, and nothing for empty text", () => {
    expect(segmentParagraph("Plain.", [])).toEqual([
      { type: "text", text: "Plain." },
    ]);
    expect(segmentParagraph("", [])).toEqual([]);
  });

  it("leaves out quotes with impossible offsets", () => {
    const [quote] = quotesOf('"Hi," he said.');
    if (quote === undefined) throw new Error("no quote");
    const broken = { ...quote, id: "bad", outerEnd: 999 };
    expect(
      getSegmentsText(segmentParagraph('"Hi," he said.', [quote, broken])),
    ).toBe('"Hi," he said.');
  });

  test.prop([newsText])("joins back to the exact paragraph text", (text) => {
    expect(getSegmentsText(segmentParagraph(text, quotesOf(text)))).toBe(text);
  });
});

import { describe, expect, it } from "vitest";
import { anchorHighlights, getSimilarity, locateHighlight } from "./anchor";
import { createHighlight, type Highlight } from "./highlight";

const P1 = "The siege of Aleppo was broken, rebels said on Saturday.";
const P2 = "The army denied it. The siege holds, a spokesman said.";
const first = { id: "p-a", text: P1 };
const second = { id: "p-b", text: P2 };
const paragraphs = [first, second];

function highlightOf(
  paragraphId: string,
  text: string,
  exact: string,
  occurrence = 0,
  kind: Highlight["kind"] = "text",
): Highlight {
  let start = text.indexOf(exact);
  for (let n = 0; n < occurrence; n += 1)
    start = text.indexOf(exact, start + 1);
  return createHighlight({
    slug: "aleppo",
    title: "Aleppo",
    kind,
    paragraphId,
    paragraphText: text,
    start,
    end: start + exact.length,
    color: "yellow",
    createdAt: "2026-01-01T00:00:00.000Z",
  });
}

describe("locateHighlight", () => {
  it("finds an unchanged highlight where it was made", () => {
    const highlight = highlightOf("p-b", P2, "siege");
    expect(locateHighlight(paragraphs, highlight)).toEqual({
      paragraphId: "p-b",
      start: P2.indexOf("siege"),
      end: P2.indexOf("siege") + 5,
    });
  });

  it("follows its text when words are added before it in the paragraph", () => {
    const highlight = highlightOf("p-a", P1, "rebels said");
    const edited = [{ id: "p-a", text: `Update: ${P1}` }, second];
    expect(locateHighlight(edited, highlight)).toEqual({
      paragraphId: "p-a",
      start: 8 + P1.indexOf("rebels said"),
      end: 8 + P1.indexOf("rebels said") + 11,
    });
  });

  it("finds its text in a paragraph whose id changed because it was edited", () => {
    const highlight = highlightOf("p-a", P1, "was broken");
    const edited = [{ id: "p-new", text: P1.replace("Saturday", "Sunday") }];
    expect(locateHighlight(edited, highlight)).toMatchObject({
      paragraphId: "p-new",
      start: P1.indexOf("was broken"),
    });
  });

  it("tells repeated text apart by its prefix and suffix", () => {
    const text = "Yes, he said. Later: yes, she said. Yes.";
    const highlight = highlightOf("p-x", text, "said", 1);
    // The paragraph changed (no longer at its position), so the context decides.
    const edited = [{ id: "p-x", text: `Earlier: ${text}` }];
    const anchor = locateHighlight(edited, highlight);
    expect(anchor?.start).toBe(`Earlier: ${text}`.indexOf("she said") + 4);
  });

  it("places a whole-paragraph highlight on the most similar paragraph after a small edit", () => {
    const highlight = highlightOf("p-a", P1, P1, 0, "paragraph");
    const edited = [
      second,
      { id: "p-a2", text: P1.replace("Saturday", "Saturday night") },
    ];
    const [, similar] = edited;
    expect(locateHighlight(edited, highlight)).toEqual({
      paragraphId: "p-a2",
      start: 0,
      end: similar?.text.length,
    });
  });

  it("orphans a highlight whose text is gone, and never throws", () => {
    const highlight = highlightOf("p-a", P1, "was broken");
    const gone = [{ id: "p-a", text: "A different story altogether." }];
    expect(locateHighlight(gone, highlight)).toBeNull();
    expect(anchorHighlights(gone, [highlight])).toEqual([
      { highlight, anchor: null },
    ]);
  });
});

describe("getSimilarity", () => {
  it("is 1 for the same words and 0 for none in common", () => {
    expect(getSimilarity("A b c", "c b a")).toBe(1);
    expect(getSimilarity("one two", "three four")).toBe(0);
  });
});

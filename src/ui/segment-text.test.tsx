import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Segment } from "../content/article";
import {
  quoteSegment,
  textSegment,
} from "../../tests/support/article-fixtures";
import { SegmentText } from "./segment-text";

function renderSegments(segments: Segment[], highlight = true) {
  return render(
    <p>
      <SegmentText segments={segments} highlight={highlight} />
    </p>,
  );
}

describe("SegmentText", () => {
  it("renders markup in text as literal characters", () => {
    renderSegments([
      textSegment("<script>alert(1)</script> and "),
      quoteSegment("<img src=x onerror=alert(1)>", {
        speaker: "<b>Mallory</b>",
      }),
    ]);
    expect(
      screen.getByText(/<script>alert\(1\)<\/script> and/),
    ).toBeInTheDocument();
    expect(screen.getByRole("mark")).toHaveTextContent(
      '"<img src=x onerror=alert(1)>", said by <b>Mallory</b>',
    );
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
  });

  it("keeps the original marks and tells screen readers who spoke, once", () => {
    renderSegments([
      quoteSegment("It's a big slap", {
        speaker: "Assaad al-Achi",
        open: "“",
        close: "”",
      }),
      textSegment(", said Assaad al-Achi."),
    ]);
    const quote = screen.getByRole("mark");
    expect(quote).toHaveTextContent(
      "“It's a big slap”, said by Assaad al-Achi",
    );
    expect(quote).toHaveAttribute("data-kind", "speech");
    expect(quote).toHaveAttribute("data-speaker", "Assaad al-Achi");
    expect(within(quote).getAllByText(/Assaad al-Achi/)).toHaveLength(1);
  });

  it("says nothing more about a quote whose speaker is unknown", () => {
    renderSegments([quoteSegment("double the number of fighters")]);
    const quote = screen.getByRole("mark");
    expect(quote).toHaveTextContent(/^"double the number of fighters"$/);
    expect(quote).not.toHaveAttribute("data-speaker");
  });

  it("tells a term from speech", () => {
    renderSegments([
      quoteSegment("Army of Conquest", { kind: "term" }),
      textSegment(" said it would "),
      quoteSegment("double the number"),
    ]);
    const [term, speech] = screen.getAllByRole("mark");
    expect(term).toHaveAttribute("data-kind", "term");
    expect(speech).toHaveAttribute("data-kind", "speech");
  });

  it("nests a quote inside the quote that contains it", () => {
    renderSegments([
      quoteSegment(
        [
          textSegment("They called it "),
          quoteSegment("a victory", { kind: "term", open: "‘", close: "’" }),
        ],
        {
          speaker: "Jane Roe",
        },
      ),
    ]);
    const [outer, inner] = screen.getAllByRole("mark");
    expect(outer).toContainElement(inner ?? null);
    expect(inner).toHaveTextContent("‘a victory’");
  });

  it("keeps every quote marked up when highlighting is off", () => {
    renderSegments(
      [
        quoteSegment("a"),
        textSegment(" and "),
        quoteSegment("b", { speaker: "X" }),
      ],
      false,
    );
    expect(screen.getAllByRole("mark")).toHaveLength(2);
    expect(screen.getByText(", said by X")).toBeInTheDocument();
  });
});

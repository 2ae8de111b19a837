import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  buildParagraph,
  quoteSegment,
  textSegment,
} from "../../tests/support/article-fixtures";
import { ArticleParagraph } from "./article-paragraph";

const paragraph = buildParagraph(7, [
  quoteSegment("It's a big slap", { speaker: "Assaad al-Achi" }),
  textSegment(", said Assaad al-Achi."),
]);

describe("ArticleParagraph", () => {
  it("is addressed by its id, and is not a Tab stop of its own", () => {
    render(<ArticleParagraph paragraph={paragraph} highlight={true} />);
    const [text] = screen.getAllByRole("paragraph");
    expect(text).toHaveAttribute("id", "p-7");
    expect(text).not.toHaveAttribute("tabindex");
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
  });

  it("names its speakers in a note only while highlighting is on", () => {
    const { rerender } = render(
      <ArticleParagraph paragraph={paragraph} highlight={true} />,
    );
    expect(
      screen.getByText("Assaad al-Achi", { selector: "p" }),
    ).toBeInTheDocument();
    rerender(<ArticleParagraph paragraph={paragraph} highlight={false} />);
    expect(
      screen.queryByText("Assaad al-Achi", { selector: "p" }),
    ).not.toBeInTheDocument();
  });
});

import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
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
  it("reports its absolute address when its anchor link is clicked", async () => {
    const user = userEvent.setup();
    const onCopyLink = vi.fn<(url: string) => void>();
    render(
      <ArticleParagraph
        paragraph={paragraph}
        highlight={true}
        onCopyLink={onCopyLink}
      />,
    );
    await user.click(screen.getByRole("link", { name: "Link to paragraph 7" }));
    expect(onCopyLink).toHaveBeenCalledWith(
      new URL("#p-7", document.baseURI).href,
    );
  });

  it("names its speakers in a note only while highlighting is on", () => {
    const { rerender } = render(
      <ArticleParagraph
        paragraph={paragraph}
        highlight={true}
        onCopyLink={vi.fn()}
      />,
    );
    expect(
      screen.getByText("Assaad al-Achi", { selector: "p" }),
    ).toBeInTheDocument();
    rerender(
      <ArticleParagraph
        paragraph={paragraph}
        highlight={false}
        onCopyLink={vi.fn()}
      />,
    );
    expect(
      screen.queryByText("Assaad al-Achi", { selector: "p" }),
    ).not.toBeInTheDocument();
  });
});

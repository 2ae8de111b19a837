import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SpeakerPageData } from "../content/speaker";
import { renderWithRouter } from "../../tests/support/render";
import { SpeakerQuotes } from "./speaker-quotes";

const speaker: SpeakerPageData = {
  slug: "nadia-karam",
  name: "Nadia Karam",
  quoteCount: 250,
  articleCount: 40,
  quotes: [
    {
      quoteId: "p-1-q0",
      articleSlug: "halab",
      articleTitle: "معركة حلب",
      paragraphId: "p-1",
      text: "المعركة لن تتوقف",
      lang: "ar",
      dir: "rtl",
    },
    {
      quoteId: "p-2-q0",
      articleSlug: "aleppo",
      articleTitle: "Aleppo </script>",
      paragraphId: "p-2",
      text: "<b>Two</b> stories",
      lang: null,
      dir: null,
    },
  ],
};

describe("SpeakerQuotes", () => {
  it("says how many quotes there are when the page shows only the first ones", () => {
    renderWithRouter(<SpeakerQuotes speaker={speaker} />);
    expect(
      screen.getByText("250 quotes in 40 stories; the first 2 are shown."),
    ).toBeInTheDocument();
  });

  it("shows each quote as text in its language, with a link into its article at the paragraph", () => {
    renderWithRouter(<SpeakerQuotes speaker={speaker} />);
    const [arabic, english] = within(
      screen.getByRole("list", { name: "Quotes by Nadia Karam" }),
    ).getAllByRole("listitem");
    if (!arabic || !english) throw new Error("expected two quotes");
    const quote = within(arabic).getByRole("blockquote");
    expect(quote).toHaveTextContent("المعركة لن تتوقف");
    expect(quote).toHaveAttribute("lang", "ar");
    expect(quote).toHaveAttribute("dir", "auto");
    expect(
      within(arabic).getByRole("link", { name: "معركة حلب" }),
    ).toHaveAttribute("href", "/article/halab/#p-1");
    expect(within(english).getByText("<b>Two</b> stories")).toBeInTheDocument();
    expect(
      within(english).getByRole("link", { name: "Aleppo </script>" }),
    ).toHaveAttribute("href", "/article/aleppo/#p-2");
  });

  it("links back to everyone quoted", () => {
    renderWithRouter(<SpeakerQuotes speaker={speaker} />);
    expect(screen.getByRole("link", { name: "Who is quoted" })).toHaveAttribute(
      "href",
      "/speakers/",
    );
  });
});

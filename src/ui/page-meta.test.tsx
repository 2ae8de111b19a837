import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PageMeta } from "./page-meta";

describe("PageMeta", () => {
  it("sets the document title and description", () => {
    render(<PageMeta title="Aleppo" description="A story about Aleppo." />);
    expect(document.title).toBe("Aleppo — Broadsheet");
    // React hoists the description into <head>, which screen queries do not reach.
    expect(document.head).toContainHTML(
      '<meta name="description" content="A story about Aleppo.">',
    );
  });
});

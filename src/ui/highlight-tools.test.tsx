import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_COLOR_NAMES } from "../highlights/highlight";
import { HighlightTools } from "./highlight-tools";

function setup() {
  const props = {
    onRenameColor: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn((text: string) => `Read ${String(text.length)} characters`),
  };
  const user = userEvent.setup();
  render(<HighlightTools colorNames={DEFAULT_COLOR_NAMES} {...props} />);
  return { user, ...props };
}

describe("HighlightTools", () => {
  it("exports Markdown and JSON", async () => {
    const { user, onExport } = setup();
    await user.click(screen.getByRole("button", { name: "Export Markdown" }));
    expect(onExport).toHaveBeenLastCalledWith("markdown");
    await user.click(screen.getByRole("button", { name: "Export JSON" }));
    expect(onExport).toHaveBeenLastCalledWith("json");
  });

  it("imports a chosen file and says what happened", async () => {
    const { user, onImport } = setup();
    const file = new File(['{"a":1}'], "highlights.json", {
      type: "application/json",
    });
    await user.upload(screen.getByLabelText("Import highlights (JSON)"), file);
    expect(onImport).toHaveBeenCalledWith('{"a":1}');
    expect(await screen.findByText("Read 7 characters")).toHaveAttribute(
      "role",
      "status",
    );
  });

  it("renames a colour's meaning, ignoring an empty name", async () => {
    const { user, onRenameColor } = setup();
    const field = screen.getByRole("textbox", { name: "Meaning of green" });
    await user.clear(field);
    await user.tab();
    expect(onRenameColor).not.toHaveBeenCalled();
    await user.type(field, "Evidence");
    await user.tab();
    expect(onRenameColor).toHaveBeenCalledWith("green", "Evidence");
  });
});

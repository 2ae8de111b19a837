import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_COLOR_NAMES } from "../highlights/highlight";
import { SelectionToolbar } from "./selection-toolbar";

describe("SelectionToolbar", () => {
  it("offers one button per colour, named by its meaning, reachable by keyboard", async () => {
    const user = userEvent.setup();
    const onHighlight = vi.fn();
    render(
      <SelectionToolbar
        colorNames={{ ...DEFAULT_COLOR_NAMES, blue: "Doubt" }}
        onHighlight={onHighlight}
      />,
    );
    const group = screen.getByRole("group", {
      name: "Highlight the selected text",
    });
    expect(group).toBeInTheDocument();
    await user.tab();
    expect(
      screen.getByRole("button", { name: "Highlight as Important" }),
    ).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onHighlight).toHaveBeenLastCalledWith("yellow");
    await user.click(
      screen.getByRole("button", { name: "Highlight as Doubt" }),
    );
    expect(onHighlight).toHaveBeenLastCalledWith("blue");
  });
});

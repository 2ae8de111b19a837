import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { SearchBox } from "./search-box";

function Harness({
  onSubmit = vi.fn(),
  onFocus = vi.fn(),
}: {
  onSubmit?: (value: string) => void;
  onFocus?: () => void;
}) {
  const [value, setValue] = useState("");
  return (
    <SearchBox
      action="/news/search/"
      value={value}
      onChange={setValue}
      onFocus={onFocus}
      onSubmit={onSubmit}
      onClear={() => {
        setValue("");
      }}
    />
  );
}

describe("SearchBox", () => {
  it("is a search landmark with a labelled search field that /-shortcuts can find by id", () => {
    render(<Harness />);
    const form = screen.getByRole("search");
    expect(form).toHaveAttribute("action", "/news/search/");
    expect(form).toHaveAttribute("method", "get");
    const box = screen.getByRole("searchbox", { name: "Search stories" });
    expect(box).toHaveAttribute("id", "search");
    expect(box).toHaveAttribute("name", "q");
  });

  it("submits what the reader typed, by Enter or the button", async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<Harness onSubmit={onSubmit} />);
    await user.type(
      screen.getByRole("searchbox", { name: "Search stories" }),
      "aleppo{Enter}",
    );
    await user.click(screen.getByRole("button", { name: "Search" }));
    expect(onSubmit.mock.calls).toEqual([["aleppo"], ["aleppo"]]);
  });

  it("reports focus (to preload search) and clears on Escape", async () => {
    const onFocus = vi.fn();
    const user = userEvent.setup();
    render(<Harness onFocus={onFocus} />);
    const box = screen.getByRole("searchbox", { name: "Search stories" });
    await user.click(box);
    expect(onFocus).toHaveBeenCalledTimes(1);
    await user.type(box, "siege");
    expect(box).toHaveValue("siege");
    await user.keyboard("{Escape}");
    expect(box).toHaveValue("");
  });
});

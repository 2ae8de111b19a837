import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { HighlightToggle } from "./highlight-toggle";

function Harness({ initial }: { initial: boolean }) {
  const [pressed, setPressed] = useState(initial);
  return <HighlightToggle pressed={pressed} onPressedChange={setPressed} />;
}

describe("HighlightToggle", () => {
  it("flips its pressed state when clicked", async () => {
    const user = userEvent.setup();
    render(<Harness initial={true} />);
    const toggle = screen.getByRole("button", { name: "Highlight quotes" });
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "false");
  });

  it("works from the keyboard", async () => {
    const user = userEvent.setup();
    render(<Harness initial={false} />);
    await user.tab();
    await user.keyboard(" ");
    expect(
      screen.getByRole("button", { name: "Highlight quotes" }),
    ).toHaveAttribute("aria-pressed", "true");
    await user.keyboard("{Enter}");
    expect(
      screen.getByRole("button", { name: "Highlight quotes" }),
    ).toHaveAttribute("aria-pressed", "false");
  });
});

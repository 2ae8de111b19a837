import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { useState } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { installDialogPolyfill } from "../../tests/support/dialog-polyfill";
import { SHORTCUTS } from "../keyboard/shortcuts";
import { ShortcutHelpDialog } from "./shortcut-help-dialog";

beforeAll(installDialogPolyfill);

function Harness({ enabled = true }: { enabled?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
        }}
      >
        Help
      </button>
      {open ? (
        <ShortcutHelpDialog
          shortcuts={SHORTCUTS}
          enabled={enabled}
          onClose={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}

describe("ShortcutHelpDialog", () => {
  it("lists every shortcut, highlight and search included", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole("button", { name: "Help" }));
    const dialog = screen.getByRole("dialog", { name: "Keyboard shortcuts" });
    for (const { description } of SHORTCUTS)
      expect(dialog).toHaveTextContent(description);
    expect(dialog).toHaveTextContent("Highlight the focused paragraph");
    expect(dialog).toHaveTextContent("Search");
    expect(dialog).toHaveTextContent("g then h");
  });

  it("closes with its Close button and gives focus back to what opened it", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole("button", { name: "Help" });
    await user.click(opener);
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it("closes with Escape", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole("button", { name: "Help" }));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("says how to turn single-key shortcuts back on when they are off", async () => {
    const user = userEvent.setup();
    render(<Harness enabled={false} />);
    await user.click(screen.getByRole("button", { name: "Help" }));
    expect(screen.getByRole("dialog")).toHaveTextContent(
      "Single-key shortcuts are off",
    );
  });
});

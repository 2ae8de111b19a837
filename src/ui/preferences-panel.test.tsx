import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import {
  DEFAULT_PREFERENCES,
  type Preferences,
} from "../preferences/preferences";
import { PreferencesPanel } from "./preferences-panel";

function Harness({
  onChange,
  onShowShortcuts = vi.fn(),
}: {
  onChange: (patch: Partial<Preferences>) => void;
  onShowShortcuts?: () => void;
}) {
  const [preferences, setPreferences] = useState<Preferences>({
    ...DEFAULT_PREFERENCES,
  });
  return (
    <PreferencesPanel
      preferences={preferences}
      onChange={(patch) => {
        onChange(patch);
        setPreferences((current) => ({ ...current, ...patch }));
      }}
      onShowShortcuts={onShowShortcuts}
    />
  );
}

describe("PreferencesPanel", () => {
  it("offers every choice as a labelled group, with the current one checked", () => {
    render(<Harness onChange={vi.fn()} />);
    expect(
      screen.getByRole("form", { name: "Reading preferences" }),
    ).toBeInTheDocument();
    const expected: Record<string, string[]> = {
      Theme: ["System", "Light", "Dark", "Sepia"],
      "Text size": [
        "Smallest",
        "Small",
        "Default",
        "Large",
        "Larger",
        "Largest",
      ],
      Font: ["Serif", "Sans-serif"],
      "Line width": ["Narrow", "Medium", "Wide"],
      "Line spacing": ["Compact", "Normal", "Relaxed"],
    };
    for (const [group, options] of Object.entries(expected)) {
      const fieldset = screen.getByRole("group", { name: group });
      expect(fieldset).toBeInTheDocument();
      for (const option of options)
        expect(screen.getByRole("radio", { name: option })).toBeInTheDocument();
    }
    expect(screen.getByRole("radio", { name: "System" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Default" })).toBeChecked();
    expect(
      screen.getByRole("checkbox", { name: "Single-key shortcuts" }),
    ).toBeChecked();
  });

  it("reports each change as a patch", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(patch: Partial<Preferences>) => void>();
    render(<Harness onChange={onChange} />);
    await user.click(screen.getByRole("radio", { name: "Sepia" }));
    await user.click(screen.getByRole("radio", { name: "Largest" }));
    await user.click(screen.getByRole("radio", { name: "Sans-serif" }));
    await user.click(screen.getByRole("radio", { name: "Wide" }));
    await user.click(screen.getByRole("radio", { name: "Relaxed" }));
    await user.click(
      screen.getByRole("checkbox", { name: "Single-key shortcuts" }),
    );
    expect(onChange.mock.calls.map(([patch]) => patch)).toEqual([
      { theme: "sepia" },
      { textSize: 6 },
      { font: "sans" },
      { lineWidth: "wide" },
      { lineSpacing: "relaxed" },
      { shortcuts: false },
    ]);
    expect(screen.getByRole("radio", { name: "Sepia" })).toBeChecked();
    expect(
      screen.getByRole("checkbox", { name: "Single-key shortcuts" }),
    ).not.toBeChecked();
  });

  it("moves between the choices of a group with the arrow keys", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(patch: Partial<Preferences>) => void>();
    render(<Harness onChange={onChange} />);
    await user.click(screen.getByRole("radio", { name: "Light" }));
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("radio", { name: "Dark" })).toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith({ theme: "dark" });
  });

  it("leads to the keyboard shortcuts' help", async () => {
    const onShowShortcuts = vi.fn();
    render(<Harness onChange={vi.fn()} onShowShortcuts={onShowShortcuts} />);
    await userEvent
      .setup()
      .click(screen.getByRole("button", { name: "Keyboard shortcuts" }));
    expect(onShowShortcuts).toHaveBeenCalledOnce();
  });
});

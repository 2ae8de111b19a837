import { act, render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  createPreferenceStore,
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  serializePreferences,
} from "./preference-store";
import { PreferenceStoreContext, usePreferences } from "./use-preferences";

function Probe() {
  const { preferences, updatePreferences } = usePreferences();
  return (
    <button
      type="button"
      aria-pressed={preferences.highlightQuotes}
      onClick={() => {
        updatePreferences({ highlightQuotes: !preferences.highlightQuotes });
      }}
    >
      Highlight
    </button>
  );
}

function renderProbe() {
  const store = createPreferenceStore();
  return render(
    <PreferenceStoreContext value={store}>
      <Probe />
    </PreferenceStoreContext>,
  );
}

describe("usePreferences", () => {
  it("reads the stored preferences", () => {
    localStorage.setItem(
      PREFERENCES_KEY,
      serializePreferences({ ...DEFAULT_PREFERENCES, highlightQuotes: false }),
    );
    renderProbe();
    expect(screen.getByRole("button", { name: "Highlight" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  it("re-renders with the new value after an update, and keeps it across a remount", async () => {
    const user = userEvent.setup();
    const { unmount } = renderProbe();
    await user.click(screen.getByRole("button", { name: "Highlight" }));
    expect(screen.getByRole("button", { name: "Highlight" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    unmount();
    renderProbe();
    expect(screen.getByRole("button", { name: "Highlight" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  it("follows a change made in another tab", () => {
    renderProbe();
    const newValue = serializePreferences({
      ...DEFAULT_PREFERENCES,
      highlightQuotes: false,
    });
    act(() => {
      localStorage.setItem(PREFERENCES_KEY, newValue);
      window.dispatchEvent(
        new StorageEvent("storage", { key: PREFERENCES_KEY, newValue }),
      );
    });
    expect(screen.getByRole("button", { name: "Highlight" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  it("renders the defaults on the server, whatever is stored", () => {
    localStorage.setItem(
      PREFERENCES_KEY,
      serializePreferences({ ...DEFAULT_PREFERENCES, highlightQuotes: false }),
    );
    expect(renderToString(<Probe />)).toContain('aria-pressed="true"');
  });
});

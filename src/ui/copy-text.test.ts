import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { copyText } from "./copy-text";

describe("copyText", () => {
  it("writes the text to the clipboard", async () => {
    userEvent.setup();
    await expect(copyText("https://example.org/#p-1")).resolves.toBe(true);
    await expect(navigator.clipboard.readText()).resolves.toBe(
      "https://example.org/#p-1",
    );
  });

  it("resolves false when the browser refuses", async () => {
    userEvent.setup();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValueOnce(
      new DOMException("denied", "NotAllowedError"),
    );
    await expect(copyText("x")).resolves.toBe(false);
  });
});

import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { OfflineStatus } from "./offline-status";

describe("OfflineStatus", () => {
  it("says in words that the site reads offline once it does", () => {
    const { rerender } = render(
      <OfflineStatus state="pending" onRefresh={vi.fn()} />,
    );
    expect(screen.getByRole("status")).toHaveTextContent("");
    rerender(<OfflineStatus state="ready" onRefresh={vi.fn()} />);
    expect(screen.getByRole("status")).toHaveTextContent("Available offline");
  });

  it("offers a waiting update behind a Refresh to update button", async () => {
    const onRefresh = vi.fn();
    render(<OfflineStatus state="update-available" onRefresh={onRefresh} />);
    expect(screen.getByRole("status")).toHaveTextContent(
      "A new version of Broadsheet is available.",
    );
    await userEvent.click(
      screen.getByRole("button", { name: "Refresh to update" }),
    );
    expect(onRefresh).toHaveBeenCalledOnce();
  });
});

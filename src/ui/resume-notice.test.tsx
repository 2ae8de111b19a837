import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ResumeNotice } from "./resume-notice";

describe("ResumeNotice", () => {
  it("says where the story reopened and offers to start from the top or dismiss", async () => {
    const user = userEvent.setup();
    const onStartFromTop = vi.fn();
    const onDismiss = vi.fn();
    render(
      <ResumeNotice
        paragraph={5}
        count={15}
        onStartFromTop={onStartFromTop}
        onDismiss={onDismiss}
      />,
    );
    expect(
      screen.getByRole("group", { name: "Where you left off" }),
    ).toHaveTextContent("paragraph 5 of 15");
    await user.click(
      screen.getByRole("button", { name: "Start from the top" }),
    );
    expect(onStartFromTop).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});

import { describe, expect, it, vi } from "vitest";
import { retry } from "./retry";

describe("retry", () => {
  it("returns the first success, after reporting the failures before it", async () => {
    const attempt = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error("NO_NAVSTART"))
      .mockResolvedValueOnce("figures");
    const onFailure = vi.fn();
    await expect(retry(attempt, 3, onFailure)).resolves.toBe("figures");
    expect(attempt).toHaveBeenCalledTimes(2);
    expect(onFailure).toHaveBeenCalledExactlyOnceWith(
      new Error("NO_NAVSTART"),
      1,
    );
  });

  it("gives up after the last attempt with its error", async () => {
    const attempt = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error("first"))
      .mockRejectedValueOnce(new Error("second"));
    const onFailure = vi.fn();
    await expect(retry(attempt, 2, onFailure)).rejects.toThrow("second");
    expect(attempt).toHaveBeenCalledTimes(2);
    expect(onFailure).toHaveBeenCalledTimes(1);
  });
});

import {
  isRouteErrorResponse,
  UNSAFE_ErrorResponseImpl as ErrorResponseImpl,
} from "react-router";
import { describe, expect, it } from "vitest";
import { parseHydrationData, serializeHydrationData } from "./hydration-data";

const hostile =
  "</script><script>alert(1)</script> <!-- & \u2028\u2029 “quoted” حلب";

describe("serializeHydrationData", () => {
  it("writes no character that could close the script element or open a comment", () => {
    const text = serializeHydrationData({
      loaderData: { article: { title: hostile } },
    });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it("round-trips loader data exactly", () => {
    const loaderData = {
      root: null,
      article: { title: hostile, paragraphs: [{ id: "p-1", n: 3 }] },
    };
    const parsed = parseHydrationData(serializeHydrationData({ loaderData }));
    expect(parsed.loaderData).toEqual(loaderData);
    expect(parsed.actionData).toBeNull();
    expect(parsed.errors).toBeNull();
  });

  it("round-trips action data, and leaves out what a page does not have", () => {
    const actionData = { article: { saved: true } };
    expect(
      parseHydrationData(serializeHydrationData({ loaderData: {}, actionData }))
        .actionData,
    ).toEqual(actionData);
    expect(JSON.parse(serializeHydrationData({ loaderData: {} }))).toEqual({
      loaderData: {},
    });
  });

  it("revives a route error response so isRouteErrorResponse holds", () => {
    const errors = {
      root: new ErrorResponseImpl(404, "Not Found", "Missing", true),
    };
    const parsed = parseHydrationData(
      serializeHydrationData({ loaderData: {}, errors }),
    );
    const error: unknown = parsed.errors?.root;
    expect(isRouteErrorResponse(error)).toBe(true);
    expect(error).toMatchObject({
      status: 404,
      statusText: "Not Found",
      data: "Missing",
      internal: true,
    });
  });

  it("revives a thrown Error as an Error without the server's stack", () => {
    const parsed = parseHydrationData(
      serializeHydrationData({ errors: { root: new TypeError("boom") } }),
    );
    const error: unknown = parsed.errors?.root;
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ message: "boom", stack: "" });
  });
});

/*
 * The router state a prerendered page hands to the browser, as a JSON `<script>` instead of React Router's
 * inline script (a strict Content-Security-Policy forbids inline scripts, not data blocks).
 */

import type { HydrationState } from "react-router";
import {
  UNSAFE_ErrorResponseImpl as ErrorResponseImpl,
  isRouteErrorResponse,
} from "react-router";

/** Id of the `<script type="application/json">` element that carries the hydration data. */
export const HYDRATION_DATA_ID = "broadsheet-data";

type RouteData = Record<string, unknown>;

interface SerializedRouteError {
  __type: "RouteErrorResponse";
  status: number;
  statusText: string;
  data: unknown;
  internal: boolean;
}

interface SerializedError {
  __type: "Error";
  message: string;
}

/**
 * What the page embeds: router data, with errors flattened to JSON (like React Router's own script). Action data
 * and errors only when there are some (a prerendered page has no action data; only an error page has errors).
 */
interface SerializedHydrationState {
  loaderData: RouteData;
  actionData?: RouteData;
  /** Route id → a SerializedRouteError, a SerializedError, or whatever else was thrown. */
  errors?: Record<string, unknown>;
}

// Characters that could end the <script> element or start an HTML comment, plus the two line separators
// that older JS parsers reject: all become \uXXXX escapes, which JSON.parse reads back as the same text.
const UNSAFE_CHARS = /[<>&\u2028\u2029]/g;

function escapeJson(json: string): string {
  return json.replace(
    UNSAFE_CHARS,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function serializeError(error: unknown): unknown {
  if (isRouteErrorResponse(error)) {
    return {
      __type: "RouteErrorResponse",
      status: error.status,
      statusText: error.statusText,
      data: error.data as unknown,
      internal: (error as { internal?: boolean }).internal === true,
    } satisfies SerializedRouteError;
  }
  if (error instanceof Error) {
    return {
      __type: "Error",
      message: error.message,
    } satisfies SerializedError;
  }
  return error;
}

function reviveError(value: unknown): unknown {
  if (typeof value !== "object" || value === null || !("__type" in value))
    return value;
  const tagged = value as SerializedRouteError | SerializedError;
  if (tagged.__type === "RouteErrorResponse") {
    return new ErrorResponseImpl(
      tagged.status,
      tagged.statusText,
      tagged.data,
      tagged.internal,
    );
  }
  const error = new Error(tagged.message);
  // The server's stack means nothing in the browser (and React Router blanks it too).
  error.stack = "";
  return error;
}

function mapValues(
  record: Record<string, unknown>,
  map: (value: unknown) => unknown,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, map(value)]),
  );
}

/**
 * Serialises router state into text that is safe inside `<script type="application/json">` (no `<`, `>`, `&`).
 * @example serializeHydrationData({ loaderData: { a: "</script>" } }) // '{"loaderData":{"a":"\\u003c/script\\u003e"},…}'
 */
export function serializeHydrationData(state: HydrationState): string {
  const serialized: SerializedHydrationState = {
    loaderData: state.loaderData ?? {},
  };
  if (state.actionData) serialized.actionData = state.actionData;
  if (state.errors) serialized.errors = mapValues(state.errors, serializeError);
  return escapeJson(JSON.stringify(serialized));
}

/** Parses what `serializeHydrationData` wrote, reviving route error responses so `isRouteErrorResponse` holds. */
export function parseHydrationData(text: string): HydrationState {
  const parsed = JSON.parse(text) as SerializedHydrationState;
  return {
    loaderData: parsed.loaderData,
    actionData: parsed.actionData ?? null,
    errors: parsed.errors ? mapValues(parsed.errors, reviveError) : null,
  };
}

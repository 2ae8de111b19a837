import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import type { HeaderRule } from "./headers.ts";
import { getHeadersFor, parseHeadersFile } from "./headers.ts";

/** Options of `startStaticServer`. */
export interface StaticServerOptions {
  /** Folder to serve, e.g. `dist`. */
  root: string;
  /** Port to try first; 0 (or a taken port) picks a free one. */
  port?: number;
  /** Path prefix the site is mounted under, like a GitHub Pages project site (`/news/`). Default `/`. */
  basePath?: string;
}

/** A running static server. */
export interface StaticServer {
  /** Base URL of the site, with its trailing slash: `http://127.0.0.1:4173/news/`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const HOST = "127.0.0.1";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".woff2": "font/woff2",
};

/** The `Content-Type` a static host sends for a file, by its extension. */
export function contentTypeOf(path: string): string {
  return (
    CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream"
  );
}

const COMPRESSIBLE =
  /^(?:text\/|application\/(?:json|manifest\+json|xml)|image\/svg\+xml)/;

/** Normalises a base path to `/` or `/prefix/`. */
export function normalizeBasePath(basePath = "/"): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

type Resolution =
  | { kind: "file"; path: string; status: number }
  | { kind: "redirect"; location: string }
  | { kind: "not-found" }
  | { kind: "bad-request" };

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

// What a static host does: `/x/` serves x/index.html, `/x` serves the file x or redirects a folder to `/x/`,
// anything else is the site's 404.html with status 404. Never an SPA fallback to index.html.
async function resolveRequest(
  root: string,
  basePath: string,
  url: URL,
): Promise<Resolution> {
  const { pathname, search } = url;
  if (`${pathname}/` === basePath)
    return { kind: "redirect", location: `${basePath}${search}` };
  if (!pathname.startsWith(basePath)) return { kind: "not-found" };
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(basePath.length));
  } catch {
    return { kind: "bad-request" };
  }
  if (relative.includes("\0")) return { kind: "bad-request" };
  // Hosts read `_headers` as configuration and never serve it.
  if (relative === "_headers") return { kind: "not-found" };
  const target = resolve(root, `./${relative}`);
  if (target !== root && !target.startsWith(root + sep))
    return { kind: "not-found" };
  if (pathname.endsWith("/")) {
    const index = resolve(target, "index.html");
    return (await isFile(index))
      ? { kind: "file", path: index, status: 200 }
      : { kind: "not-found" };
  }
  if (await isFile(target)) return { kind: "file", path: target, status: 200 };
  if (await isDirectory(target))
    return { kind: "redirect", location: `${pathname}/${search}` };
  return { kind: "not-found" };
}

function defaultCacheControl(root: string, path: string): string {
  // Vite's hashed assets never change; everything else must be revalidated after a deploy.
  return path.startsWith(resolve(root, "assets") + sep)
    ? "public, max-age=31536000, immutable"
    : "no-cache";
}

// The site's own `_headers` (Netlify / Cloudflare Pages format), read per request so a rebuild takes effect
// at once, as after a deploy.
async function loadHeaderRules(root: string): Promise<HeaderRule[]> {
  const text = await readFile(resolve(root, "_headers"), "utf8").catch(
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return "";
      throw error;
    },
  );
  return parseHeadersFile(text);
}

async function setSiteHeaders(
  res: ServerResponse,
  root: string,
  path: string,
  pathname: string,
): Promise<void> {
  res.setHeader("X-Content-Type-Options", "nosniff");
  const headers = getHeadersFor(await loadHeaderRules(root), pathname);
  for (const [name, value] of headers) res.setHeader(name, value);
  if (!headers.has("cache-control"))
    res.setHeader("Cache-Control", defaultCacheControl(root, path));
}

/**
 * The request target as a URL. A target is a path (origin-form): prefixing the origin keeps `//x` a path, where
 * `new URL(target, base)` would read it as another host (and throw on a bare `//`).
 */
function requestUrl(req: IncomingMessage): URL {
  return new URL(`http://localhost${req.url ?? "/"}`);
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  path: string,
  status: number,
): Promise<void> {
  const type = contentTypeOf(path);
  res.setHeader("Content-Type", type);
  const { pathname } = requestUrl(req);
  await setSiteHeaders(res, root, path, pathname);
  const gzip =
    COMPRESSIBLE.test(type) &&
    /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  if (gzip) {
    const body = gzipSync(await readFile(path));
    res.writeHead(status, {
      "Content-Encoding": "gzip",
      "Content-Length": body.length,
      Vary: "Accept-Encoding",
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  const { size } = await stat(path);
  res.writeHead(status, { "Content-Length": size });
  if (req.method === "HEAD") res.end();
  else createReadStream(path).pipe(res);
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    ...headers,
  });
  res.end(text);
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  basePath: string,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendText(res, 405, "Method Not Allowed", { Allow: "GET, HEAD" });
    return;
  }
  const resolution = await resolveRequest(root, basePath, requestUrl(req));
  switch (resolution.kind) {
    case "file":
      await sendFile(req, res, root, resolution.path, resolution.status);
      return;
    case "redirect":
      res.writeHead(301, { Location: resolution.location });
      res.end();
      return;
    case "bad-request":
      sendText(res, 400, "Bad Request");
      return;
    case "not-found": {
      const page = resolve(root, "404.html");
      if (await isFile(page)) await sendFile(req, res, root, page, 404);
      else sendText(res, 404, "Not Found");
      return;
    }
    default: {
      const unreachable: never = resolution;
      throw new Error(`Unhandled resolution ${JSON.stringify(unreachable)}`);
    }
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off("listening", onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off("error", onError);
      resolvePort((server.address() as AddressInfo).port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, HOST);
  });
}

/** Serves `root` on 127.0.0.1 exactly like a static host (no SPA fallback, 404.html for unknown paths). */
export async function startStaticServer({
  root,
  port = 0,
  basePath,
}: StaticServerOptions): Promise<StaticServer> {
  const absoluteRoot = resolve(root);
  const base = normalizeBasePath(basePath);
  const server = createServer((req, res) => {
    handle(req, res, absoluteRoot, base).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, "Internal Server Error");
      else res.destroy();
      console.error(error);
    });
  });
  let actualPort: number;
  try {
    actualPort = await listen(server, port);
  } catch (error) {
    // The preferred port is taken: fall back to any free one rather than fail.
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || port === 0)
      throw error;
    actualPort = await listen(server, 0);
  }
  return {
    url: `http://${HOST}:${String(actualPort)}${base}`,
    port: actualPort,
    close: () =>
      new Promise((resolveClose, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolveClose();
        });
        server.closeAllConnections();
      }),
  };
}

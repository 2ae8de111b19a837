import "./styles/base.css";
import { startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import type { HydrationState } from "react-router";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { source } from "virtual:articles";
import { HYDRATION_DATA_ID, parseHydrationData } from "./hydration-data";
import { registerOffline } from "./offline/register-offline";
import { createRoutes } from "./routes";
import { resolveLazyMatches } from "./routes/lazy-route";

// Kept with its trailing slash ("/news/"): React Router then links home as "/news/", not "/news" (a redirect).
const basename = import.meta.env.BASE_URL;

// The prerendered page carries the router state it was rendered from, as a JSON data block (no inline script).
function readHydrationData(): HydrationState | undefined {
  const text = document.getElementById(HYDRATION_DATA_ID)?.textContent;
  return text ? parseHydrationData(text) : undefined;
}

// Ends the current task: evaluating the app's code is one task, starting it another, so neither blocks input long.
const yieldToBrowser = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

// The page painted from its inline CSS; the bootstrap then turned its full stylesheets on. What the app shows
// once running (the reading-progress bar, notices) is styled there only, so it starts once they have loaded
// (or failed, or after 3 s: a slow stylesheet never keeps the app from starting).
const stylesheetsLoaded = (): Promise<unknown> =>
  Promise.all(
    Array.from(
      document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'),
      (link) =>
        new Promise((resolve) => {
          if (link.sheet) {
            resolve(link.sheet);
            return;
          }
          link.addEventListener("load", resolve);
          link.addEventListener("error", resolve);
          setTimeout(resolve, 3000);
        }),
    ),
  );

async function start(container: HTMLElement): Promise<void> {
  await yieldToBrowser();
  const hydrationData = readHydrationData();
  const routes = createRoutes(source);
  // The page's own route chunk was preloaded by the prerendered page: load it before hydrating, so the first
  // render matches the HTML instead of showing a fallback, while the stylesheets finish loading. (Not a
  // top-level await: route chunks import this module, and the bundler would have to split it apart.)
  await Promise.all([
    stylesheetsLoaded(),
    resolveLazyMatches(routes, window.location.pathname, basename),
  ]);
  const router = createBrowserRouter(routes, {
    basename,
    ...(hydrationData && { hydrationData }),
  });
  const app = <RouterProvider router={router} />;
  // Prerendered pages hydrate; `npm run dev` serves the bare template and renders from scratch.
  // Hydrating in a transition lets React yield to the browser every few ms instead of one long task (TBT).
  if (hydrationData && container.firstElementChild)
    startTransition(() => {
      hydrateRoot(container, app);
    });
  else createRoot(container).render(app);
}

/** Hydrates (or renders) the app into `#root` and, in a build, starts offline reading once the page has loaded. */
export function startApp(): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("index.html has no #root element");
  start(container).catch((error: unknown) => {
    // The prerendered page stays readable; only the interactive layer failed (e.g. a chunk could not load).
    console.error("Broadsheet could not start:", error);
  });

  // Offline reading is not needed to read this page: the service worker registers once the page has loaded. Its
  // code is small and every first visit runs it, so it ships with the app rather than as one more file. Not in
  // `npm run dev`, which has no sw.js.
  if (import.meta.env.PROD && "serviceWorker" in navigator) {
    const startOffline = (): void => {
      registerOffline(basename).catch((error: unknown) => {
        console.warn("Offline reading is unavailable:", error);
      });
    };
    if (document.readyState === "complete") startOffline();
    else window.addEventListener("load", startOffline, { once: true });
  }
}

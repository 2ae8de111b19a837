import { createRoot } from "react-dom/client";
import type { OfflineState } from "../ui/offline-status";
import { OfflineStatus } from "../ui/offline-status";
import styles from "./offline-region.module.css";

/**
 * Registers the service worker of the built site (`<base>sw.js`, scoped to the base path) and shows, in a small
 * landmark after the page, whether the site reads offline or that a new deploy waits behind "Refresh to update".
 * A waiting version takes over only on that click, and the page then reloads, so HTML and assets always come
 * from one deploy.
 */
export async function registerOffline(basePath: string): Promise<void> {
  const { serviceWorker } = navigator;
  const registration = await serviceWorker.register(`${basePath}sw.js`, {
    scope: basePath,
    updateViaCache: "none",
  });

  const region = document.createElement("aside");
  region.setAttribute("aria-label", "Offline reading");
  region.className = styles.region ?? "";
  document.body.append(region);
  const root = createRoot(region);
  let state: OfflineState = "pending";
  let refreshing = false;

  const refresh = (): void => {
    refreshing = true;
    registration.waiting?.postMessage({ type: "SKIP_WAITING" });
  };
  const show = (next: OfflineState): void => {
    // An update on offer stays on offer: "ready" must not hide the prompt.
    if (state === "update-available" && next === "ready") return;
    state = next;
    root.render(<OfflineStatus state={state} onRefresh={refresh} />);
  };
  // A worker that finished installing while another controls the page is a new deploy.
  const offerIfWaiting = (): void => {
    if (registration.waiting && serviceWorker.controller)
      show("update-available");
  };

  show("pending");
  offerIfWaiting();
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed") offerIfWaiting();
    });
  });
  serviceWorker.addEventListener("controllerchange", () => {
    // The first install claims the page too: only a reader's "Refresh to update" reloads it.
    if (refreshing) window.location.reload();
  });
  await serviceWorker.ready;
  // "Available offline" is a promise about this page too: wait until the worker controls it (first visit: the
  // worker claims it on activation).
  if (!serviceWorker.controller)
    await new Promise((resolve) => {
      serviceWorker.addEventListener("controllerchange", resolve, {
        once: true,
      });
    });
  show("ready");
}

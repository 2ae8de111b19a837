import { lazy, Suspense, use, useId, useState, type ReactNode } from "react";
import {
  UNSAFE_useScrollRestoration as useScrollRestoration,
  useNavigate,
  type Location,
} from "react-router";
import { useShortcut, useShortcutKeys } from "../keyboard/use-shortcuts";
import { useAppliedPreferences } from "../preferences/use-applied-preferences";
import {
  PreferenceStoreContext,
  usePreferences,
} from "../preferences/use-preferences";
import { HeaderControls } from "../ui/header-controls";
import { SiteShell } from "../ui/site-shell";
import { RouteAnnouncer } from "./route-announcer";
import { SiteSearch } from "./site-search";

// Loaded on first use only: a plain page view downloads neither.
const PreferencesPanel = lazy(() =>
  import("../ui/preferences-panel").then((module) => ({
    default: module.PreferencesPanel,
  })),
);
const ShortcutHelpDialog = lazy(() =>
  import("../ui/shortcut-help-dialog").then((module) => ({
    default: module.ShortcutHelpDialog,
  })),
);

// Each history entry keeps its own position; a stable function, as the hook re-subscribes on change.
const getScrollKey = (location: Location): string => location.key;

/**
 * Scroll restoration for a data router: positions kept per history entry, restored on back/forward, the top or
 * the `#p-…` target on a new page. `<ScrollRestoration>` is this hook plus an inline script for framework-mode
 * SSR, which a prerendered SPA never renders (it returns null outside the framework) but which costs about 1 KB
 * gzip in every page's JS; the hook alone is what runs. Its `UNSAFE_` name means its API may change in a
 * React Router minor: tests/e2e/reader-comfort.e2e.ts checks back/forward restoration.
 */
function ScrollRestorer(): null {
  useScrollRestoration({ getKey: getScrollKey });
  return null;
}

function PreferencesPanelLoader({
  onShowShortcuts,
}: {
  onShowShortcuts: () => void;
}) {
  const { preferences, updatePreferences } = usePreferences();
  return (
    <Suspense fallback={<p role="status">Loading preferences…</p>}>
      <PreferencesPanel
        preferences={preferences}
        onChange={updatePreferences}
        onShowShortcuts={onShowShortcuts}
      />
    </Suspense>
  );
}

function HelpDialogLoader({ onClose }: { onClose: () => void }) {
  const { preferences } = usePreferences();
  return (
    <Suspense fallback={null}>
      <ShortcutHelpDialog enabled={preferences.shortcuts} onClose={onClose} />
    </Suspense>
  );
}

/**
 * The site shell with what every page shares: preferences applied to `<html>`, the keyboard shortcuts, the
 * preferences panel and help dialog, focus and announcements on navigation, and scroll restoration.
 */
export function AppFrame({ children }: { children: ReactNode }) {
  const store = use(PreferenceStoreContext);
  const navigate = useNavigate();
  const panelId = useId();
  const [preferencesOpen, setPreferencesOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);

  useAppliedPreferences();
  useShortcutKeys(() => store.getSnapshot().shortcuts);
  useShortcut("help", () => {
    setHelpOpen(true);
    return true;
  });
  useShortcut("home", () => {
    void navigate("/");
    return true;
  });
  // The search feature renders a field with id "search"; until then, or without it, `/` goes to the list.
  useShortcut("search", () => {
    const field = document.getElementById("search");
    if (field) field.focus();
    else void navigate("/");
    return true;
  });

  return (
    <SiteShell
      search={<SiteSearch />}
      controls={
        <HeaderControls
          panelId={panelId}
          preferencesOpen={preferencesOpen}
          onPreferencesToggle={() => {
            setPreferencesOpen((open) => !open);
          }}
        />
      }
      headerExtra={
        <div id={panelId} hidden={!preferencesOpen}>
          {preferencesOpen ? (
            <PreferencesPanelLoader
              onShowShortcuts={() => {
                setHelpOpen(true);
              }}
            />
          ) : null}
        </div>
      }
    >
      {children}
      <RouteAnnouncer />
      <ScrollRestorer />
      {helpOpen ? (
        <HelpDialogLoader
          onClose={() => {
            setHelpOpen(false);
          }}
        />
      ) : null}
    </SiteShell>
  );
}

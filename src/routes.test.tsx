import { act, screen, waitFor, within } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import {
  createMemoryRouter,
  createStaticHandler,
  createStaticRouter,
  RouterProvider,
  StaticRouterProvider,
} from "react-router";
import { describe, expect, it, vi } from "vitest";
import {
  aleppoArticle,
  scriptArticle,
} from "../tests/support/article-fixtures";
import { createInMemorySource, renderRoute } from "../tests/support/render";
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  serializePreferences,
} from "./preferences/preference-store";
import { createRoutes } from "./routes";
import { resolveLazyMatches } from "./routes/lazy-route";

const source = createInMemorySource([aleppoArticle, scriptArticle]);
const articlePath = `/article/${aleppoArticle.slug}/`;

describe("createRoutes", () => {
  it("renders the article list at /", async () => {
    renderRoute("/", { source });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Latest stories" }),
    ).toBeInTheDocument();
    const list = within(screen.getByRole("main")).getByRole("list", {
      name: "Latest stories",
    });
    expect(
      within(list).getByRole("link", { name: aleppoArticle.title }),
    ).toHaveAttribute("href", articlePath);
    expect(document.title).toBe("Latest stories — Broadsheet");
  });

  it("renders an article with its title and description", async () => {
    renderRoute(articlePath, { source });
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: aleppoArticle.title,
      }),
    ).toBeInTheDocument();
    expect(document.title).toBe(`${aleppoArticle.title} — Broadsheet`);
    expect(document.head).toContainHTML(
      `<meta name="description" content="${aleppoArticle.excerpt}">`,
    );
  });

  it("goes from the list to an article and back home by keyboard", async () => {
    const { user } = renderRoute("/", { source });
    await screen.findByRole("heading", { level: 1, name: "Latest stories" });
    await user.tab();
    expect(
      screen.getByRole("link", { name: "Skip to main content" }),
    ).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("link", { name: "Broadsheet" })).toHaveFocus();
    await user.tab();
    expect(
      screen.getByRole("searchbox", { name: "Search stories" }),
    ).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Search" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("link", { name: "Your highlights" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Preferences" })).toHaveFocus();
    await user.tab();
    expect(
      screen.getByRole("link", { name: aleppoArticle.title }),
    ).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: aleppoArticle.title,
      }),
    ).toHaveFocus();
    screen.getByRole("link", { name: "Broadsheet" }).focus();
    await user.keyboard("{Enter}");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Latest stories" }),
    ).toHaveFocus();
  });

  it("announces the new page's title once after a client navigation, and nothing on first load", async () => {
    const { user } = renderRoute("/", { source });
    await screen.findByRole("heading", { level: 1, name: "Latest stories" });
    // Status regions that announce a page's title ("… — Broadsheet").
    const titles = () =>
      screen
        .getAllByRole("status")
        .map((element) => element.textContent)
        .filter((text) => text.endsWith(" — Broadsheet"));
    expect(titles()).toEqual([]);
    await user.click(screen.getByRole("link", { name: aleppoArticle.title }));
    await screen.findByRole("heading", { level: 1, name: aleppoArticle.title });
    await waitFor(() => {
      expect(titles()).toEqual([`${aleppoArticle.title} — Broadsheet`]);
    });
  });

  it("remembers that highlighting was turned off", async () => {
    const { user, unmount } = renderRoute(articlePath, { source });
    await user.click(
      await screen.findByRole("button", { name: "Highlight quotes" }),
    );
    expect(
      screen.getByRole("button", { name: "Highlight quotes" }),
    ).toHaveAttribute("aria-pressed", "false");
    expect(localStorage.getItem(PREFERENCES_KEY)).toBe(
      serializePreferences({ ...DEFAULT_PREFERENCES, highlightQuotes: false }),
    );
    unmount();

    renderRoute(articlePath, { source });
    expect(
      await screen.findByRole("button", { name: "Highlight quotes" }),
    ).toHaveAttribute("aria-pressed", "false");
  });

  it.each([
    ["an unknown article", "/article/no-such-story/"],
    ["an unknown path", "/no/such/page"],
  ])(
    "renders the not-found page, with the site's landmarks, for %s",
    async (_case, path) => {
      renderRoute(path, { source });
      expect(
        await screen.findByRole("heading", {
          level: 1,
          name: "Page not found",
        }),
      ).toBeInTheDocument();
      const main = screen.getByRole("main");
      expect(
        within(main).getByRole("link", { name: "Go to the front page" }),
      ).toHaveAttribute("href", "/");
      expect(screen.getByRole("banner")).toBeInTheDocument();
      expect(screen.getByRole("contentinfo")).toBeInTheDocument();
      expect(document.title).toBe("Page not found — Broadsheet");
    },
  );
});

/**
 * Renders `path` as the prerenderer does: static handler, then `renderToString`, then the `<title>` and `<meta>`
 * that React emits first are split off for `<head>`.
 */
async function prerender(path: string) {
  const handler = createStaticHandler(createRoutes(source));
  const context = await handler.query(
    new Request(new URL(path, "http://localhost")),
  );
  if (context instanceof Response)
    throw new Error(`Unexpected response for ${path}`);
  return {
    context,
    ...splitHead(
      renderToString(
        <StaticRouterProvider
          router={createStaticRouter(handler.dataRoutes, context)}
          context={context}
          hydrate={false}
        />,
      ),
    ),
  };
}

function splitHead(markup: string): { head: string; body: string } {
  const head =
    /^(?:<title>[^<]*<\/title>|<meta [^>]*\/?>)*/.exec(markup)?.[0] ?? "";
  return { head, body: markup.slice(head.length) };
}

describe("createRoutes with the static handler (prerendering)", () => {
  it.each([
    ["/", 200],
    [articlePath, 200],
    ["/article/no-such-story/", 404],
    ["/no/such/page", 404],
    ["/404.html", 404],
  ])("answers %s with status %d", async (path, status) => {
    const { context } = await prerender(path);
    expect(context.statusCode).toBe(status);
  });

  it("renders markup in an article as text, with the default preferences", async () => {
    localStorage.setItem(
      PREFERENCES_KEY,
      serializePreferences({ ...DEFAULT_PREFERENCES, highlightQuotes: false }),
    );
    const { head, body } = await prerender(`/article/${scriptArticle.slug}/`);
    expect(head).toContain(
      "<title>Tags &lt;/script&gt; in a &lt;b&gt;title&lt;/b&gt; — Broadsheet</title>",
    );
    expect(body).toContain(
      "Before &lt;script&gt;alert(1)&lt;/script&gt; after.",
    );
    expect(body).not.toContain("<script>alert(1)");
    expect(body).not.toContain("<img");
    expect(body).toContain('aria-pressed="true"');
  });

  it.each(["/", articlePath, "/article/no-such-story/", "/no/such/page"])(
    "renders %s to HTML that hydrates without a mismatch",
    async (path) => {
      localStorage.setItem(
        PREFERENCES_KEY,
        serializePreferences({
          ...DEFAULT_PREFERENCES,
          highlightQuotes: false,
        }),
      );
      const { context, head, body } = await prerender(path);
      document.head.innerHTML = head;
      const container = document.createElement("div");
      container.innerHTML = body;
      document.body.append(container);

      const consoleError = vi.spyOn(console, "error");
      const onRecoverableError = vi.fn();
      // As src/entry-client.tsx does: the page's route chunk is loaded before the router hydrates.
      const routes = createRoutes(source);
      await resolveLazyMatches(routes, path, "/");
      const router = createMemoryRouter(routes, {
        initialEntries: [path],
        hydrationData: {
          loaderData: context.loaderData,
          errors: context.errors,
        },
      });
      const root = await act(async () => {
        const hydrated = hydrateRoot(
          container,
          <RouterProvider router={router} />,
          { onRecoverableError },
        );
        await Promise.resolve();
        return hydrated;
      });
      expect(onRecoverableError).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
      expect(
        within(container).getByRole("heading", { level: 1 }),
      ).toBeInTheDocument();

      act(() => {
        root.unmount();
      });
      container.remove();
      consoleError.mockRestore();
    },
  );
});

import { defineConfig } from "vitest/config";
import { createSiteConfig } from "./tooling/site-config.ts";

// One config for the dev server and every test project (unit, node, site). `npm run build` uses the same
// createSiteConfig() (tooling/build.ts), so anything the site needs belongs there, not here. Modules this file
// imports spell out `.ts`, as Node's native config loader (Vite's future default) requires.
export default defineConfig({
  ...createSiteConfig({
    basePath: process.env.BASE_PATH,
    seedsDir: process.env.SEEDS_DIR,
  }),
  test: {
    projects: [
      {
        extends: true,
        // Under Vitest, React Router must resolve to one copy (see STACK.md, "Pitfalls seen").
        resolve: { conditions: ["module-sync"] },
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/support/setup-dom.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["tests/content/**/*.test.ts", "tooling/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "site",
          environment: "node",
          include: ["tests/build/**/*.test.ts", "tests/e2e/**/*.e2e.ts"],
          globalSetup: ["tests/support/site-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

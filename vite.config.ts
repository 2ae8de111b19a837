import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// One config for the app, the SSR build and every test project (unit, node, site).
export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  plugins: [react()],
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

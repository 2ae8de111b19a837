import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * The Node flags `npm run build` runs with (package.json): a heap cap that makes V8 collect garbage before the
 * build's memory grows past its budget (ADR 0018). The measured build uses the same.
 */
export const BUILD_NODE_FLAGS = ["--max-old-space-size=1536"] as const;
import type { BuildMeasurement } from "./measured-build";

const CHILD = fileURLToPath(new URL("./measured-build.ts", import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Builds `seedsDir` into `outDir` in a fresh Node process (production mode, so peak RSS is the build's alone)
 * and resolves to its wall time, peak RSS and page count; rejects with the child's stderr when it fails.
 */
export function runMeasuredBuild(
  seedsDir: string,
  outDir: string,
): Promise<BuildMeasurement & { wallMs: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const env = { ...process.env, NODE_ENV: "production" };
    const child = spawn(
      process.execPath,
      [...BUILD_NODE_FLAGS, "--import", "tsx", CHILD, seedsDir, outDir],
      { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const last = stdout.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !last.startsWith("{")) {
        reject(
          new Error(
            `build of ${seedsDir} failed (exit ${String(code)}):\n${stderr}`,
          ),
        );
        return;
      }
      resolve({
        ...(JSON.parse(last) as BuildMeasurement),
        wallMs: performance.now() - started,
      });
    });
  });
}

import { spawn } from "node:child_process";

/** What a run of `tooling/build.ts` printed and how it exited. */
export interface BuildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Vitest sets NODE_ENV=test (and its own variables): a build must not inherit them, or Vite would bundle
// React's development build.
function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !/^(?:NODE_ENV|TEST|MODE|BASE_PATH|SITE_URL|SEEDS_DIR|OUT_DIR|VITEST.*)$/.test(
          key,
        ),
    ),
  );
}

/** Runs `tsx tooling/build.ts` (what `npm run build` runs) with the given SEEDS_DIR, OUT_DIR, BASE_PATH, SITE_URL. */
export function runBuild(env: Record<string, string>): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["tooling/build.ts"], {
      env: { ...cleanEnvironment(), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout
      .setEncoding("utf8")
      .on("data", (chunk: string) => (stdout += chunk));
    child.stderr
      .setEncoding("utf8")
      .on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

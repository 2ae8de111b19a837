import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { isMainModule } from "./is-main-module";
import { startStaticServer } from "./static-server";

/** Settings of `npm run serve` / `npm start`, read from the environment. */
export interface ServeSettings {
  outDir: string;
  basePath: string;
  port: number;
}

/** Reads OUT_DIR (default `dist`), BASE_PATH (default `/`) and PORT (default 4173) from the environment. */
export function readServeSettings(
  env: NodeJS.ProcessEnv = process.env,
): ServeSettings {
  const port = Number(env.PORT ?? "4173");
  return {
    outDir: env.OUT_DIR ?? "dist",
    basePath: env.BASE_PATH ?? "/",
    port: Number.isInteger(port) && port >= 0 ? port : 4173,
  };
}

/** Serves a built site until the process is stopped, and prints its URL. */
export async function serve({
  outDir,
  basePath,
  port,
}: ServeSettings): Promise<void> {
  if (!existsSync(join(outDir, "index.html"))) {
    console.error(
      `No site in ${outDir}/: run \`npm run build\` first (or \`npm start\` to build and serve).`,
    );
    process.exitCode = 1;
    return;
  }
  const server = await startStaticServer({ root: outDir, port, basePath });
  const shown = relative(process.cwd(), outDir);
  console.log(
    `Serving ${shown && !shown.startsWith("..") ? shown : outDir}/ at ${server.url}  (Ctrl+C to stop)`,
  );
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (isMainModule(import.meta.url)) await serve(readServeSettings());

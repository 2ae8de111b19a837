import { buildSite, readBuildOptions } from "./build";
import { readServeSettings, serve } from "./serve";

// `npm start`: build the site from seeds/, then serve it like a static host would.
const options = readBuildOptions();
const result = await buildSite(options).catch((error: unknown) => {
  console.error(
    error instanceof Error ? `Build failed: ${error.message}` : error,
  );
  return null;
});
if (!result?.ok) {
  for (const error of result?.errors ?? []) console.error(error);
  process.exitCode = 1;
} else {
  console.log(
    `Built ${String(result.articleCount)} article(s) into ${options.outDir}/`,
  );
  await serve({ ...readServeSettings(), outDir: options.outDir });
}

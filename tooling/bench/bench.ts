// `npm run bench [-- --only <name>[,<name>…]]`: runs the benchmark sections and prints PASS/FAIL per budget.
import { isMainModule } from "../is-main-module";
import type { BenchSection } from "./section";
import { quotesSection } from "./quotes";
import { lighthouseSection } from "./lighthouse";
import { scaleSection } from "./scale";

/**
 * Every benchmark section, in run order. To add one, write `tooling/bench/<name>.ts` exporting a
 * {@link BenchSection} and list it here.
 */
export const SECTIONS: readonly BenchSection[] = [
  quotesSection,
  lighthouseSection,
  scaleSection,
];

/** The section names picked by `--only a,b` (all when absent); an unknown name is a usage error. */
export function pickSections(
  args: readonly string[],
  sections: readonly BenchSection[] = SECTIONS,
): BenchSection[] {
  const flag = args.indexOf("--only");
  const inline = args.find((arg) => arg.startsWith("--only="));
  const value =
    inline === undefined
      ? flag >= 0
        ? args[flag + 1]
        : undefined
      : inline.slice("--only=".length);
  if (flag >= 0 && value === undefined)
    throw new Error("--only needs a section name");
  if (value === undefined) return [...sections];
  const names = value.split(",").filter((name) => name !== "");
  const unknown = names.filter(
    (name) => !sections.some((section) => section.name === name),
  );
  if (unknown.length > 0)
    throw new Error(
      `unknown bench section: ${unknown.join(", ")} (known: ${sections.map((section) => section.name).join(", ")})`,
    );
  return sections.filter((section) => names.includes(section.name));
}

/** Runs the picked sections one after another; resolves to the exit code (1 when any budget fails). */
export async function runBench(args: readonly string[]): Promise<number> {
  let sections: BenchSection[];
  try {
    sections = pickSections(args);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  let failed = 0;
  for (const section of sections) {
    console.log(`\n== ${section.name}: ${section.description}`);
    const results = await section.run((line) => {
      console.log(`  ${line}`);
    });
    for (const result of results) {
      if (!result.pass) failed += 1;
      console.log(
        `  ${result.pass ? "PASS" : "FAIL"}  ${result.label}: ${result.measured} (budget ${result.budget})`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}

if (isMainModule(import.meta.url)) {
  process.exitCode = await runBench(process.argv.slice(2));
}

/** The outcome of one budget check of a benchmark section. */
export interface BudgetResult {
  label: string;
  /** The figure as printed, with its unit (`12.3 MB/s`). */
  measured: string;
  /** The budget as printed (`> 5 MB/s`). */
  budget: string;
  pass: boolean;
}

/** One named benchmark section: `npm run bench -- --only <name>` runs just this one. */
export interface BenchSection {
  name: string;
  description: string;
  /** Measures, printing details through `log`, and resolves to its budget checks. */
  run: (log: (line: string) => void) => Promise<BudgetResult[]>;
}

/** Median, minimum and maximum of some samples (at least one). */
export function summarise(samples: readonly number[]): {
  median: number;
  min: number;
  max: number;
} {
  if (samples.length === 0) throw new Error("no samples to summarise");
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

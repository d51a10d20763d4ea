/**
 * One measured figure: ours against a baseline library measured in the same run.
 * `goal` is the ratio (ours / baseline) the issue asks for; lower is better.
 * For absolute goals (e.g. "≤ 100 ms") set goalValue (with or without a baseline: both print).
 */
export interface BenchFigure {
  label: string
  unit: 'ms' | 'MiB'
  ours: number
  baselineLabel?: string
  baseline?: number
  goal?: number
  goalValue?: number
}

export interface BenchSuite {
  name: string
  run(log: (line: string) => void): Promise<BenchFigure[]>
}

/** Median wall time of `runs` runs of fn, after one warm-up. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 3): Promise<number> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

/**
 * Medians of ours and the baseline measured in alternation (after one warm-up of each), so a
 * burst of load from elsewhere on the machine hits both alike rather than one of them.
 */
export async function medianPairMs(
  ours: () => unknown | Promise<unknown>,
  baseline: () => unknown | Promise<unknown>,
  runs = 5
): Promise<{ ours: number; baseline: number }> {
  await ours()
  await baseline()
  const a: number[] = []
  const b: number[] = []
  const time = async (fn: () => unknown | Promise<unknown>): Promise<number> => {
    const t0 = performance.now()
    await fn()
    return performance.now() - t0
  }
  for (let i = 0; i < runs; i++) {
    a.push(await time(ours))
    b.push(await time(baseline))
  }
  const median = (values: number[]): number =>
    [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN
  return { ours: median(a), baseline: median(b) }
}

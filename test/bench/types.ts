/**
 * One measured figure: ours against a baseline library measured in the same run.
 * `goal` is the ratio (ours / baseline) the issue asks for; lower is better.
 * For absolute goals (e.g. "≤ 100 ms") leave baseline undefined and set goalValue.
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

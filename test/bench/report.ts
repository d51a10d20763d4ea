/** How a bench suite's figures are printed (run.ts, and bundled runs through bundle.ts). */
import type { BenchFigure, BenchSuite } from './types'

export async function runSuite(suite: BenchSuite): Promise<void> {
  console.log(`\n## ${suite.name}`)
  const figures = await suite.run((line) => console.log(`  … ${line}`))
  for (const figure of figures) console.log(format(figure))
}

export function format(f: BenchFigure): string {
  const value = (v: number): string => `${v.toFixed(f.unit === 'ms' ? 1 : 0)} ${f.unit}`
  let line = `  ${f.label}: ${value(f.ours)}`
  if (f.baseline !== undefined) {
    const ratio = f.ours / f.baseline
    const verdict = f.goal === undefined ? '' : ratio <= f.goal ? ' ✓' : ' ✗'
    line += ` | ${f.baselineLabel ?? 'baseline'}: ${value(f.baseline)} | ratio ${ratio.toFixed(2)}×`
    if (f.goal !== undefined) line += ` (goal ≤ ${f.goal}×)${verdict}`
  }
  if (f.goalValue !== undefined) {
    line += ` (goal ≤ ${value(f.goalValue)})${f.ours <= f.goalValue ? ' ✓' : ' ✗'}`
  }
  return line
}

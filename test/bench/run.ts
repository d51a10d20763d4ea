/**
 * `npm run bench`: runs every suite in test/bench/*.bench.ts and prints each figure with its
 * ratio to the baseline measured in the same run. A benchmark, not a test: it never fails CI.
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { join } from 'node:path'
import type { BenchFigure, BenchSuite } from './types'

const dir = fileURLToPath(new URL('.', import.meta.url))
const only = process.argv.slice(2)

function format(f: BenchFigure): string {
  const value = (v: number): string => `${v.toFixed(f.unit === 'ms' ? 1 : 0)} ${f.unit}`
  let line = `  ${f.label}: ${value(f.ours)}`
  if (f.baseline !== undefined) {
    const ratio = f.ours / f.baseline
    const verdict = f.goal === undefined ? '' : ratio <= f.goal ? ' ✓' : ' ✗'
    line += ` | ${f.baselineLabel ?? 'baseline'}: ${value(f.baseline)} | ratio ${ratio.toFixed(2)}×`
    if (f.goal !== undefined) line += ` (goal ≤ ${f.goal}×)${verdict}`
  } else if (f.goalValue !== undefined) {
    line += ` (goal ≤ ${value(f.goalValue)})${f.ours <= f.goalValue ? ' ✓' : ' ✗'}`
  }
  return line
}

async function main(): Promise<void> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort()
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: BenchSuite }
    console.log(`\n## ${mod.default.name}`)
    const figures = await mod.default.run((line) => console.log(`  … ${line}`))
    for (const figure of figures) console.log(format(figure))
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

/**
 * `leadprep inspect --json` end to end, as whole processes (issue 3, cleaning included per
 * issue 4): spawn, wall time until exit, median of 3, on generated 100k-row × 10-column files
 * (test/perf/bigInputs.ts, cached in os.tmpdir()); the CSV is the messy Windows-1252 `;` export
 * of issue 13. Baselines are processes that only parse the same file: SheetJS dense mode for
 * the xlsx (goal ≤ 0.25×), TextDecoder + papaparse for the CSV (goal ≤ 2.0×). Runs alternate
 * ours/baseline so load from elsewhere hits both alike. LEADPREP_CLI measures another build.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, openSync, closeSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bigMessyCsv, bigXlsx } from '../perf/bigInputs'
import type { BenchFigure, BenchSuite } from './types'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CLI = process.env['LEADPREP_CLI'] ?? join(ROOT, 'out/cli/leadprep.cjs')

const SHEETJS_ONLY = `
const { readFileSync } = require('node:fs')
const { read } = require('@e965/xlsx')
const book = read(readFileSync(process.argv[1]), { type: 'buffer', dense: true })
if (book.SheetNames.length === 0) process.exit(3)`

const PAPAPARSE_ONLY = `
const { readFileSync } = require('node:fs')
const Papa = require('papaparse')
const text = new TextDecoder('windows-1252').decode(readFileSync(process.argv[1]))
if (Papa.parse(text).data.length === 0) process.exit(3)`

/** Wall time of one process, its stdout sent to /dev/null (as `> /dev/null` would). */
function timeProcess(args: string[]): number {
  const devNull = openSync('/dev/null', 'w')
  try {
    const t0 = performance.now()
    const child = spawnSync(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', devNull, 'pipe'],
      encoding: 'utf8'
    })
    const ms = performance.now() - t0
    if (child.status !== 0)
      throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`)
    return ms
  } finally {
    closeSync(devNull)
  }
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

/** One warm-up of each (file cache), then `runs` alternating runs; medians. */
function compare(ours: string[], baseline: string[], runs = 3): { ours: number; baseline: number } {
  timeProcess(ours)
  timeProcess(baseline)
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < runs; i++) {
    a.push(timeProcess(ours))
    b.push(timeProcess(baseline))
  }
  return { ours: median(a), baseline: median(b) }
}

function ensureBuilt(log: (line: string) => void): void {
  if (existsSync(CLI)) return
  log('out/cli/leadprep.cjs missing: building it')
  const build = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'electron/cli/vite.config.ts'
    ],
    { cwd: ROOT, encoding: 'utf8' }
  )
  if (build.status !== 0) throw new Error(`CLI build failed: ${build.stderr}`)
}

const suite: BenchSuite = {
  name: 'leadprep inspect --json end to end (whole processes, 100k × 10)',
  async run(log) {
    ensureBuilt(log)
    const xlsx = bigXlsx()
    const csv = bigMessyCsv()
    log(`inputs: ${xlsx}, ${csv}`)
    const small = join(ROOT, '../shared/fixtures/leads/crm-export-utf8.csv')
    const startUp = compare([CLI, 'inspect', small, '--json'], ['-e', '0'])
    const book = compare([CLI, 'inspect', xlsx, '--json'], ['-e', SHEETJS_ONLY, xlsx])
    const text = compare([CLI, 'inspect', csv, '--json'], ['-e', PAPAPARSE_ONLY, csv])
    const figures: BenchFigure[] = [
      {
        label: 'inspect big.xlsx --json > /dev/null (with cleaning)',
        unit: 'ms',
        ours: book.ours,
        baselineLabel: 'process: SheetJS dense read only',
        baseline: book.baseline,
        goal: 0.25
      },
      {
        label: 'inspect messy Windows-1252 `;` big.csv --json > /dev/null (with cleaning)',
        unit: 'ms',
        ours: text.ours,
        baselineLabel: 'process: TextDecoder(windows-1252) + papaparse only',
        baseline: text.baseline,
        goal: 2.0
      },
      {
        label: 'start-up: inspect a 500-row CSV --json',
        unit: 'ms',
        ours: startUp.ours,
        baselineLabel: 'node -e 0',
        baseline: startUp.baseline
      }
    ]
    return figures
  }
}

export default suite

/**
 * Delimited text (issue 3): decode + parse + header detection against papaparse alone on the
 * same decoded text (goal ≤ 1.5×), and the peak RSS of inspecting (read + clean) the 1M-row messy
 * Windows-1252 CSV against papaparse building row objects (`header: true`) in memory (goal
 * ≤ 0.35×, issue 13), each in its own process.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { readLeadFile } from '../../shared/import/readLeadFile'
import { decodeText } from '../../shared/import/text/decodeText'
import { nodeCodecs } from '../../electron/cli/commands/inspectCodecs'
import { medianMs, type BenchFigure, type BenchSuite } from './types'
import { HEADER, bigMessyCsv, leadRows } from '../perf/bigInputs'
import { cleanLeadsCompact } from '../../shared/cleaning/compactClean'

/** 10 columns of pt-BR leads, quoted where a field holds the delimiter, like Excel writes them. */
function leadsCsv(rows: number, delimiter: ',' | ';'): string {
  const field = (v: string): string => (v.includes(delimiter) ? `"${v.replaceAll('"', '""')}"` : v)
  const lines = [HEADER.join(delimiter)]
  for (const cells of leadRows(rows, delimiter === ';'))
    lines.push(cells.map(field).join(delimiter))
  return lines.join('\r\n') + '\r\n'
}

function windows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) // pt-BR text is all Latin-1
  return bytes
}

async function speed(label: string, bytes: Uint8Array): Promise<BenchFigure> {
  const text = decodeText(bytes).text
  const ours = await medianMs(() => readLeadFile(bytes, 'leads.csv'))
  const papa = await medianMs(() => Papa.parse<string[]>(text, { skipEmptyLines: false }))
  return {
    label,
    unit: 'ms',
    ours,
    baselineLabel: 'papaparse on decoded text',
    baseline: papa,
    goal: 1.5
  }
}

/** Peak RSS (MiB) of a child process running this file in `mode` on `path`. */
function peakRss(mode: 'ours' | 'papaparse', path: string): number {
  const self = fileURLToPath(import.meta.url)
  const child = spawnSync(process.execPath, [...process.execArgv, self, CHILD_FLAG, mode, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  if (child.status !== 0) throw new Error(`${mode} child failed: ${child.stderr}`)
  return Number(child.stdout.trim()) / 1024
}

const CHILD_FLAG = '--import-bench-child'

function runChild(mode: string, path: string): void {
  const bytes = readFileSync(path) // a Buffer is a Uint8Array: no copy
  if (mode === 'ours') {
    // What `inspect` holds: the table and its cleaned rows (Node's codecs, as the CLI passes;
    // the compact cleaning it runs, electron/cli/commands/inspect.ts), the file's bytes too.
    const table = readLeadFile(bytes, 'leads.csv', { codecs: nodeCodecs })
    if (cleanLeadsCompact(table).length === 0) throw new Error('no rows')
  } else {
    const rows = Papa.parse<Record<string, string>>(decodeText(bytes).text, { header: true }).data
    if (rows.length === 0) throw new Error('no rows')
  }
  process.stdout.write(`${process.resourceUsage().maxRSS}\n`)
}

const suite: BenchSuite = {
  name: 'import (delimited text)',
  async run(log) {
    const utf8 = new TextEncoder().encode(leadsCsv(100_000, ','))
    const cp1252 = windows1252(leadsCsv(100_000, ';'))
    log(
      `100k rows: UTF-8 ${(utf8.length / 2 ** 20).toFixed(1)} MiB, Windows-1252 ${(cp1252.length / 2 ** 20).toFixed(1)} MiB`
    )
    const figures = [
      await speed('100k × 10 UTF-8 `,` CSV: decode + parse + header', utf8),
      await speed('100k × 10 Windows-1252 `;` CSV: decode + parse + header', cp1252)
    ]
    const path = bigMessyCsv(1_000_000)
    log(`1M-row messy CSV: ${path}; measuring peak RSS in child processes`)
    figures.push({
      label: '1M-row messy CSV read + cleaned (inspect), peak RSS',
      unit: 'MiB',
      ours: peakRss('ours', path),
      baselineLabel: 'papaparse header:true in memory',
      baseline: peakRss('papaparse', path),
      goal: 0.35
    })
    return figures
  }
}

export default suite

const childAt = process.argv.indexOf(CHILD_FLAG)
if (childAt !== -1) runChild(process.argv[childAt + 1] ?? '', process.argv[childAt + 2] ?? '')

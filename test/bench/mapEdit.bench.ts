/**
 * Issue 13's Mapear and export rows, on the bench's messy export (cp1252 `;` CSV), with the
 * worker calls run in Node exactly as the lead worker runs them:
 * - a Mapear edit on 100k rows until the preview and the checks are updated (goal ≤ 50 ms):
 *   renaming a variable, and changing a transform to one not yet computed for this list;
 * - a message edit on 60k rows until the preview (and the checks) show it (goal ≤ 100 ms);
 * Baseline for both: the straightforward approach the worker used before (mapBaseline.ts:
 * every call rebuilds the launchable rows and every row's variables), same edits, same run.
 * - Limpar's XLSX export of 100k rows (goal ≤ 2 s), against the library it used before: SheetJS
 *   writing the same cells (text cells, format `@`). The export runs in the worker; the main
 *   thread only receives the bytes, measured as a structured clone of them (goal ≤ 50 ms).
 * The production figures: `npx tsx test/bench/bundle.ts mapEdit` (no tsx helpers).
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import * as XLSX from '@e965/xlsx'
import { exportRows } from '../../shared/cleaning/export'
import type { Mapping, Transform } from '../../shared/mapping'
import { TRANSFORMS } from '../../shared/mapping'
import { cleanCalls } from '../../renderer/src/worker/clean/cleanCalls'
import { exportClean } from '../../renderer/src/worker/clean/cleanExport'
import { cleanState } from '../../renderer/src/worker/clean/cleanState'
import { importCalls } from '../../renderer/src/worker/import/importCalls'
import { mapCalls } from '../../renderer/src/worker/map/mapCalls'
import { importState } from '../../renderer/src/worker/state'
import { MESSY_HEADER, bigMessyCsv } from '../perf/bigInputs'
import * as baseline from './mapBaseline'
import { medianMs, medianPairMs, type BenchFigure, type BenchSuite } from './types'

const column = (name: (typeof MESSY_HEADER)[number]): number => MESSY_HEADER.indexOf(name)

function importMessy(rows: number): void {
  const bytes = readFileSync(bigMessyCsv(rows))
  cleanCalls.cleanConfigure({
    settings: { provider: 'kinbox', country: 'BR' },
    blockList: []
  })
  importCalls.import(
    {
      bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      fileName: 'leads.csv',
      settings: {}
    },
    { progress: () => undefined }
  )
  // Some of Limpar's choices, as a user makes them before Mapear.
  cleanCalls.cleanExclude({
    target: { indices: Array.from({ length: 50 }, (_, i) => i * 97) },
    excluded: true
  })
}

/** The mapping a user builds for this file: names, a skipped city, a date, money, defaults. */
function mapping(first: { key: string; column: number; transform?: Transform }): Mapping {
  return {
    provider: 'kinbox',
    phone: { column: column('Telefone') },
    name: { column: column('Nome') },
    variables: [
      { ...first, empty: { kind: 'default', value: '' } },
      { key: 'empresa', column: column('Empresa'), empty: { kind: 'default', value: '' } },
      { key: 'cidade', column: column('Cidade'), empty: { kind: 'skipRow' } },
      {
        key: 'data',
        column: column('Data Cadastro'),
        transform: 'date_br',
        empty: { kind: 'default', value: '' }
      },
      {
        key: 'valor',
        column: column('Valor Proposta'),
        transform: 'money_brl',
        empty: { kind: 'omit' }
      },
      { key: 'cargo', column: column('Cargo'), transform: 'title', empty: { kind: 'omit' } }
    ]
  }
}

const message = (key: string): string =>
  `Olá {{${key}}}, da {{empresa}} em {{cidade}}: proposta de {{valor}} em {{data}} ({{cargo}})`

type Refresh = (mapping: Mapping, text: string) => void

/** What the Mapear screen asks after an edit (mapStore.refresh): the preview and the checks. */
const ours: Refresh = (m, text) => {
  mapCalls.mapPreview({ mapping: m, text, target: { position: 10 } })
  mapCalls.mapCheck({ mapping: m, text })
}
const before: Refresh = (m, text) => {
  baseline.previewRow(m, text, { position: 10 })
  baseline.checkMapping(m, text)
}

/** Each call a new edit: one call per variable name / transform not seen before. */
function renames(refresh: Refresh): () => void {
  let n = 0
  return () => {
    const key = `nome${++n}`
    refresh(mapping({ key, column: column('Nome'), transform: 'firstName' }), message(key))
  }
}

function transforms(refresh: Refresh): () => void {
  const edits = [column('Nome'), column('Empresa'), column('Observações')].flatMap((c) =>
    TRANSFORMS.map((transform) => ({ column: c, transform }))
  )
  let n = 0
  return () => {
    const edit = edits[n++ % edits.length] ?? { column: 0, transform: 'trim' as const }
    refresh(mapping({ key: 'nome', ...edit }), message('nome'))
  }
}

function typing(refresh: Refresh): () => void {
  let text = message('nome')
  const m = mapping({ key: 'nome', column: column('Nome'), transform: 'firstName' })
  return () => {
    text += ' obrigado'
    refresh(m, text)
  }
}

/** Limpar's export as it was: the same cells through SheetJS (text cells, format `@`). */
function sheetJsExport(): Uint8Array {
  const table = importState.table
  const session = cleanState.session
  if (!table || !session) throw new Error('nothing to export')
  const { rows } = exportRows(table, session.result(), { excluded: cleanState.excluded })
  const sheet: XLSX.WorkSheet = {}
  rows.forEach((cells, r) => {
    cells.forEach((v, c) => {
      if (v !== '') sheet[XLSX.utils.encode_cell({ r, c })] = { t: 's', v, z: '@' }
    })
  })
  sheet['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: rows.length - 1, c: (rows[0]?.length ?? 1) - 1 }
  })
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, 'Leads')
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

const suite: BenchSuite = {
  name: 'Mapear edits and the XLSX export (issue 13)',
  async run(log) {
    log(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`
    )
    const figures: BenchFigure[] = []

    importMessy(100_000)
    const launchable = mapCalls.mapCheck({
      mapping: mapping({ key: 'nome', column: 0, transform: 'firstName' }),
      text: message('nome')
    }).launchable
    log(`100k rows: ${launchable} launchable after the skipped cities`)
    const rename = await medianPairMs(renames(ours), renames(before), 5)
    figures.push({
      label: 'Mapear: rename a variable, 100k rows, preview + checks',
      unit: 'ms',
      ours: rename.ours,
      baselineLabel: 'the same without the cache (rows rebuilt per call)',
      baseline: rename.baseline,
      goalValue: 50
    })
    const transform = await medianPairMs(transforms(ours), transforms(before), 5)
    figures.push({
      label: 'Mapear: change a transform (not yet computed), 100k rows, preview + checks',
      unit: 'ms',
      ours: transform.ours,
      baselineLabel: 'the same without the cache',
      baseline: transform.baseline,
      goalValue: 50
    })

    const exported = await medianPairMs(
      () => exportClean('xlsx', 'all'),
      () => sheetJsExport(),
      2
    )
    const bytes = exportClean('xlsx', 'all').bytes
    const check = XLSX.read(bytes, { dense: true, sheetRows: 3 }).Sheets['Leads']
    log(
      `export: ${(bytes.length / 2 ** 20).toFixed(1)} MiB; SheetJS reads it: ${check ? 'yes' : 'no'}`
    )
    figures.push({
      label: 'export 100k rows to XLSX (worker)',
      unit: 'ms',
      ours: exported.ours,
      baselineLabel: 'SheetJS writing the same cells',
      baseline: exported.baseline,
      goalValue: 2000
    })
    figures.push({
      label: 'export: the main thread receives the bytes (structured clone)',
      unit: 'ms',
      ours: await medianMs(() => structuredClone(bytes), 5),
      goalValue: 50
    })

    importMessy(60_000)
    const typed = await medianPairMs(typing(ours), typing(before), 5)
    figures.push({
      label: 'Mapear: a message edit on 60k rows, preview + checks',
      unit: 'ms',
      ours: typed.ours,
      baselineLabel: 'the same without the cache',
      baseline: typed.baseline,
      goalValue: 100
    })
    return figures
  }
}

export default suite

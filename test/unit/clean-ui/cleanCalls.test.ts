/**
 * The Limpar step's worker calls, run in Node exactly as the lead worker runs them: import a
 * fixture, then filter, edit, undo, bulk actions, block list and export.
 */
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { readLeadFile } from '../../../shared/import'
import { cleanCalls } from '../../../renderer/src/worker/clean/cleanCalls'
import type { CleanSnapshot } from '../../../renderer/src/worker/clean/cleanProtocol'
import { cleanState, launchableRows } from '../../../renderer/src/worker/clean/cleanState'
import { importCalls } from '../../../renderer/src/worker/import/importCalls'

const LEADS = new URL('../../../../shared/fixtures/leads/', import.meta.url)

interface Expected {
  summary: { total: number; ok: number; invalid: number; duplicate: number }
  rows: { row: number; status: string; reason?: string; phone?: string | null }[]
}

const noProgress = (): void => undefined

function importFixture(name: string, dir: URL = LEADS): void {
  const bytes = readFileSync(new URL(name, dir))
  importCalls.import(
    {
      bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      fileName: name,
      settings: {}
    },
    { progress: noProgress }
  )
}

function importText(name: string, text: string): void {
  const bytes = new TextEncoder().encode(text)
  importCalls.import(
    { bytes: bytes.buffer, fileName: name, settings: {} },
    { progress: noProgress }
  )
}

const snapshot = (): CleanSnapshot => cleanCalls.cleanSnapshot()
const page = (count = 1000) => cleanCalls.cleanPage({ start: 0, count }).rows
const view = (query: Partial<CleanSnapshot> & Record<string, unknown> = {}) =>
  cleanCalls.cleanView({
    query: { search: '', filter: null, sort: null, ...query }
  })

function indexOfRow(row: number): number {
  return cleanState.session?.rows.findIndex((r) => r.row === row) ?? -1
}

describe('Limpar in the worker: crm-export-utf8.csv', () => {
  const expected = JSON.parse(
    readFileSync(new URL('crm-export-utf8.csv.expected.json', LEADS), 'utf8')
  ) as Expected

  beforeEach(() => {
    cleanCalls.cleanConfigure({
      settings: { provider: 'kinbox', country: 'BR' },
      blockList: []
    })
    importFixture('crm-export-utf8.csv')
  })

  it('cleans on import: counters equal the fixture summary, launchable kept current', () => {
    const { counts, ready } = snapshot()
    expect(ready).toBe(true)
    expect([counts.total, counts.ok, counts.invalid, counts.duplicate, counts.excluded]).toEqual([
      expected.summary.total,
      expected.summary.ok,
      expected.summary.invalid,
      expected.summary.duplicate,
      0
    ])
    const missing = expected.rows.filter((r) => r.reason === 'missing_area_code').length
    expect(counts.reasons.missing_area_code).toBe(missing)
    expect(counts.launchable).toBe(launchableRows().length)
  })

  it('filters by reason, searches and sorts in the worker', () => {
    const filtered = view({ filter: { kind: 'reason', value: 'missing_area_code' } })
    expect(filtered.rowCount).toBe(filtered.counts.reasons.missing_area_code)
    expect(page().every((r) => r.reason === 'missing_area_code')).toBe(true)
    const dup = view({ filter: { kind: 'status', value: 'duplicate' } })
    expect(dup.rowCount).toBe(expected.summary.duplicate)
    expect(page().every((r) => r.status === 'duplicate' && r.duplicateOf !== undefined)).toBe(true)
    expect(view({ search: 'jose conceicao' }).rowCount).toBe(3)
    const columns = view().columns
    const e164 = columns.findIndex((c) => c.key === 'e164')
    view({ sort: { column: e164, direction: 'desc' } })
    const phones = page(50).map((r) => r.cells[e164] ?? '')
    expect([...phones].sort().reverse()).toEqual(phones)
  })

  it('an edit re-checks the row and its duplicates; undo and redo replay it', () => {
    const target = expected.rows.find((r) => r.reason === 'missing_area_code')
    if (!target) throw new Error('fixture has no missing_area_code row')
    const index = indexOfRow(target.row)
    const before = snapshot().counts
    const phone = cleanState.session?.input(index)?.phone ?? ''
    const after = cleanCalls.cleanEdit({
      index,
      cells: { phone: `47 ${phone}` }
    })
    expect(cleanState.session?.rows[index]?.status).toBe('ok')
    expect(after.counts.ok).toBe(before.ok + 1)
    expect(after.counts.invalid).toBe(before.invalid - 1)
    expect(after.counts.edited).toBe(1)
    expect(after.undo).toEqual({ action: 'edit', row: target.row })
    const undone = cleanCalls.cleanUndo()
    expect(undone.counts).toEqual(before)
    expect(undone.redo).toEqual({ action: 'edit', row: target.row })
    expect(cleanCalls.cleanRedo().counts.ok).toBe(before.ok + 1)
    const detail = cleanCalls.cleanRow({ index })
    expect(detail?.cells.phone).toBe(`47 ${phone}`)
    expect(detail?.fileCells.phone).toBe(phone)
  })

  it('an edit that repeats another number turns the row into its duplicate', () => {
    const kept = expected.rows.find((r) => r.status === 'ok')
    const bad = expected.rows.find((r) => r.reason === 'invalid_number')
    if (!kept?.phone || !bad) throw new Error('fixture rows missing')
    cleanCalls.cleanEdit({
      index: indexOfRow(bad.row),
      cells: { phone: kept.phone }
    })
    const row = cleanState.session?.rows[indexOfRow(bad.row)]
    expect(row).toMatchObject({ status: 'duplicate', duplicateOf: Math.min(kept.row, bad.row) })
  })

  it('bulk: default DDD, exclude every invalid row, keep the last duplicate; each undoable', () => {
    const start = snapshot().counts
    const ddd = cleanCalls.cleanDefaultDdd({ ddd: '11' })
    expect(ddd.defaultDdd).toBe('11')
    expect(ddd.counts.reasons.missing_area_code).toBe(0)
    expect(ddd.counts.ok + ddd.counts.duplicate).toBe(
      start.ok + start.duplicate + start.reasons.missing_area_code
    )
    expect(() => cleanCalls.cleanDefaultDdd({ ddd: '20' })).toThrow()
    const excluded = cleanCalls.cleanExcludeInvalid()
    expect(excluded.counts.invalid).toBe(0)
    expect(excluded.counts.excluded).toBe(ddd.counts.invalid)
    expect(excluded.undo).toEqual({ action: 'excludeInvalid', count: ddd.counts.invalid })
    const last = cleanCalls.cleanKeep({ keep: 'last' })
    expect(last.keep).toBe('last')
    const firstDuplicate = cleanState.session?.rows.find((r) => r.status === 'duplicate')
    expect((firstDuplicate?.duplicateOf ?? 0) > (firstDuplicate?.row ?? 0)).toBe(true)
    cleanCalls.cleanUndo()
    cleanCalls.cleanUndo()
    expect(cleanCalls.cleanUndo().counts).toEqual(start)
  })

  it('excludes and restores one row, or every row of the filter', () => {
    const ok = cleanState.session?.rows.findIndex((r) => r.status === 'ok') ?? 0
    const start = snapshot().counts
    const out = cleanCalls.cleanExclude({
      target: { indices: [ok] },
      excluded: true
    })
    expect(out.counts.excluded).toBe(1)
    expect(out.counts.launchable).toBe(start.launchable - 1)
    expect(launchableRows().some((r) => r.index === ok)).toBe(false)
    const back = cleanCalls.cleanExclude({
      target: { indices: [ok] },
      excluded: false
    })
    expect(back.counts).toEqual(start)
    view({ filter: { kind: 'status', value: 'duplicate' } })
    const all = cleanCalls.cleanExclude({ target: 'view', excluded: true })
    expect(all.counts.excluded).toBe(start.duplicate)
    expect(all.rowCount).toBe(0)
    view({ filter: { kind: 'status', value: 'excluded' } })
    const restored = cleanCalls.cleanExclude({
      target: 'view',
      excluded: false
    })
    expect(restored.counts).toEqual(start)
  })

  it('the block list excludes every matching lead with do_not_contact', () => {
    const ok = expected.rows.find((r) => r.status === 'ok')
    if (!ok?.phone) throw new Error('no ok row')
    const parsed = cleanCalls.cleanParseBlockList({
      text: `${ok.phone.replace('+55', '')}\nnão é número\n`
    })
    expect(parsed).toEqual({ numbers: [ok.phone], ignored: 1 })
    const same = expected.rows.filter((r) => r.phone === ok.phone).length
    const out = cleanCalls.cleanConfigure({ blockList: parsed.numbers })
    expect(out.blockedNumbers).toBe(1)
    expect(out.counts.reasons.do_not_contact).toBe(same)
    expect(launchableRows().some((r) => r.clean.phone === ok.phone)).toBe(false)
  })

  it('exports XLSX with the edits, status and motivo; excluded rows say so', () => {
    const bad = expected.rows.find((r) => r.reason === 'missing_area_code')
    if (!bad) throw new Error('no row')
    const index = indexOfRow(bad.row)
    cleanCalls.cleanEdit({ index, cells: { phone: '(47) 99988-7766' } })
    cleanCalls.cleanExclude({ target: { indices: [0] }, excluded: true })
    const { bytes, suggestedName } = cleanCalls.cleanExport({
      format: 'xlsx',
      rows: 'all'
    })
    expect(suggestedName).toBe('crm-export-utf8-limpo.xlsx')
    const table = readLeadFile(bytes, suggestedName, {})
    expect(table.columns.slice(-3)).toEqual(['Telefone (E.164)', 'status', 'motivo'])
    expect(table.dataRows.length).toBe(expected.summary.total)
    const cells = (k: number) => table.grid.row(table.dataRows[k] ?? 0)
    const width = table.columns.length
    expect(cells(0)[width - 2]).toBe('excluído')
    expect(cells(index)).toContain('(47) 99988-7766')
    expect(cells(index).slice(width - 3, width - 1)).toEqual(['+5547999887766', 'válido'])
    const csv = cleanCalls.cleanExport({ format: 'csv', rows: 'launchable' })
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes)
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text.trim().split('\r\n').length).toBe(snapshot().counts.launchable + 1)
  })
})

describe('Limpar in the worker: field_count rows and files for the block list', () => {
  it('keeps a field_count row out of a launch until it is confirmed or fixed', () => {
    importText(
      'contatos.csv',
      'Nome,Telefone\nAna,(11) 98765-4321\nBia,(21) 98765-4321,sobra\nCaio,(31) 98765-4321,x\n'
    )
    const start = snapshot().counts
    expect(start).toMatchObject({ ok: 3, launchable: 1, toConfirm: 2 })
    expect(start.warnings.field_count).toBe(2)
    const confirmed = cleanCalls.cleanConfirm({ index: 1 })
    expect(confirmed.counts).toMatchObject({ launchable: 2, toConfirm: 1 })
    const fixed = cleanCalls.cleanEdit({
      index: 2,
      cells: { name: 'Caio Lima' }
    })
    expect(fixed.counts).toMatchObject({ launchable: 3, toConfirm: 0 })
    expect(launchableRows().map((r) => r.cell(0))).toEqual(['Ana', 'Bia', 'Caio Lima'])
    cleanCalls.cleanUndo()
    expect(cleanCalls.cleanUndo().counts).toMatchObject({ launchable: 1, toConfirm: 2 })
  })

  it('reads numbers for the block list from a spreadsheet phone column or plain lines', () => {
    importText('x.csv', 'Nome,Telefone\nAna,(11) 98765-4321\n')
    const csv = new TextEncoder().encode(
      'nome;celular\nZé;(11) 98765-4321\nLu;21 3456-7890\nX;abc\n'
    )
    const fromCsv = cleanCalls.cleanParseBlockList({
      file: { name: 'bloqueio.csv', data: csv.buffer }
    })
    expect(fromCsv).toEqual({ numbers: ['+5511987654321', '+552134567890'], ignored: 1 })
    const txt = new TextEncoder().encode('11987654321\n+55 21 3456-7890\n')
    const fromTxt = cleanCalls.cleanParseBlockList({
      file: { name: 'numeros.txt', data: txt.buffer }
    })
    expect(fromTxt.numbers.sort()).toEqual(['+5511987654321', '+552134567890'])
  })
})

describe('Limpar in the worker: 100k rows', () => {
  // How fast is `npm run bench` (cleaning.bench.ts); this checks the answers at that size.
  it('cleans, filters, searches, sorts and pages 100k rows', () => {
    const lines = ['Nome,Telefone,E-mail']
    for (let i = 0; i < 100_000; i++) {
      const n = String(10_000_000 + ((i * 7919) % 90_000_000)).slice(0, 8)
      const phone = i % 10 === 0 ? `9${n}` : `(11) 9${n}`
      lines.push(`PESSOA ${i},${phone},p${i}@x.com`)
    }
    importText('big.csv', lines.join('\n'))
    const s = snapshot()
    expect(s.counts.total).toBe(100_000)
    expect(s.counts.reasons.missing_area_code).toBe(10_000)
    expect(view({ filter: { kind: 'reason', value: 'missing_area_code' } }).rowCount).toBe(10_000)
    // PESSOA 9999 and PESSOA 99990 to 99999.
    expect(view({ search: 'pessoa 9999' }).rowCount).toBe(11)
    expect(view({ sort: { column: 2, direction: 'desc' } }).rowCount).toBe(100_000)
    expect(cleanCalls.cleanPage({ start: 50_000, count: 200 }).rows).toHaveLength(200)
    const edited = cleanCalls.cleanEdit({ index: 0, cells: { phone: '' } })
    expect(edited.counts.total).toBe(100_000)
  }, 60_000)
})

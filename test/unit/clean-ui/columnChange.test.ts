/**
 * Changing the phone/DDD/name columns on the table already in the worker (`changeColumns`):
 * no re-read, Limpar's edits, exclusions and confirmations kept, the edits a change really
 * invalidates counted before and brought back by undo, footer rows appearing and going.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanCalls } from '../../../renderer/src/worker/clean/cleanCalls'
import { cleanState } from '../../../renderer/src/worker/clean/cleanState'
import { columnCalls } from '../../../renderer/src/worker/import/columnCalls'
import { importCalls } from '../../../renderer/src/worker/import/importCalls'
import type { LeadEvent } from '../../../renderer/src/worker/leadContract'
import type { ColumnRequest } from '../../../renderer/src/worker/protocol'
import { importState, workerEvents } from '../../../renderer/src/worker/state'

const noProgress = (): void => undefined

function importText(text: string, name = 'contatos.csv'): void {
  const bytes = new TextEncoder().encode(text)
  importCalls.import(
    { bytes: bytes.buffer, fileName: name, settings: {} },
    { progress: noProgress }
  )
}

const change = (columns: ColumnRequest, force?: boolean) =>
  columnCalls.changeColumns({ columns, ...(force && { force }) })

const input = (index: number) => cleanState.session?.input(index)
const status = (index: number) => cleanState.session?.rows[index]?.status
const edit = (index: number, cells: Record<string, string>) =>
  cleanCalls.cleanEdit({ index, cells })

// Row 5 (index 3) has three fields for four columns (field_count) and a landline in Telefone.
// Row 6 is a 0800 number.
// The last row is a Total: a footer while the phone column (Telefone) is empty on it, a data
// row once Celular, where it holds a number, is the phone column.
const CSV = [
  'Nome,Telefone,Celular,Email',
  'ANA SILVA,(11) 98765-4321,(21) 99876-0001,ana@example.com',
  'Bia,98765-4322,(21) 99876-0002,bia@example.com',
  'Caio,(31) 98765-4323,(21) 99876-0003,caio@example.com',
  'Dani,(41) 3456-7890,(21) 99876-0004',
  'Central,0800 123 4567,(21) 99876-0005,central@example.com',
  'Total,,(21) 99876-0006,'
].join('\n')

let events: LeadEvent[] = []

beforeEach(() => {
  events = []
  workerEvents.emit = (name, data) => void events.push({ name, data })
  cleanCalls.cleanConfigure({
    settings: { provider: 'kinbox', country: 'BR' },
    blockList: []
  })
  importText(CSV)
})

afterEach(() => {
  workerEvents.emit = () => undefined
})

describe('changeColumns: the table already read, laid out with other columns', () => {
  it('keeps edits in unchanged columns, exclusions and confirmations; no re-read', () => {
    const grid = importState.table?.grid
    const readId = importState.readId
    expect(importState.table?.dataRows.length).toBe(5)
    expect(importState.table?.footerRowsSkipped).toBe(1)
    edit(0, { name: 'Ana Maria' })
    edit(1, { email: 'bia@novo.com' })
    cleanCalls.cleanExclude({ target: { indices: [2] }, excluded: true })
    cleanCalls.cleanConfirm({ index: 3 })
    cleanCalls.cleanNationwide({ confirmed: true })
    expect(cleanCalls.cleanSnapshot().counts.edited).toBe(2)

    const out = change({ phone: 'Celular' })
    expect(out.status).toBe('applied')
    // The same grid object: nothing was decoded or parsed again; the same reading.
    expect(importState.table?.grid).toBe(grid)
    expect(importState.readId).toBe(readId)
    expect(importState.table?.phoneColumn).toBe(2)
    // The Total row holds a number in Celular: a data row now.
    expect(importState.table?.dataRows.length).toBe(6)
    expect(input(5)?.phone).toBe('(21) 99876-0006')
    expect(input(0)).toMatchObject({ name: 'Ana Maria', phone: '(21) 99876-0001' })
    expect(input(1)?.email).toBe('bia@novo.com')
    const snap = cleanCalls.cleanSnapshot()
    expect(snap.counts.edited).toBe(2)
    expect(snap.counts.excluded).toBe(1)
    expect(cleanState.excluded.has(2)).toBe(true)
    expect(cleanState.confirmed.has(3)).toBe(true)
    expect(snap.nationwideConfirmed).toBe(true)
    expect(snap.undo).toEqual({ action: 'columns' })
    // The UI hears of the new table (import store, clean store), same reading id.
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      name: 'tableLaidOut',
      data: {
        table: { phoneColumn: 2, dataRowCount: 6, readId },
        settings: { columns: { phone: 'Celular' } }
      }
    })
  })

  it('counts the phone fixes a new phone column invalidates, and asks first', () => {
    edit(1, { phone: '(11) 98765-4322' })
    edit(0, { name: 'Ana Maria' })
    expect(status(1)).toBe('ok')
    const before = cleanCalls.cleanSnapshot()
    const asked = change({ phone: 'Celular' })
    expect(asked).toEqual({ status: 'confirm', lost: { phone: 1, ddd: 0, name: 0, rows: 0 } })
    // Nothing done yet.
    expect(importState.table?.phoneColumn).toBe(1)
    expect(cleanCalls.cleanSnapshot()).toEqual(before)
    expect(events).toHaveLength(0)

    const done = change({ phone: 'Celular' }, true)
    expect(done).toMatchObject({ status: 'applied', lost: { phone: 1 } })
    expect(input(1)?.phone).toBe('(21) 99876-0002')
    expect(input(0)?.name).toBe('Ana Maria')
    expect(cleanCalls.cleanSnapshot().counts.edited).toBe(1)
  })

  it('undo restores the previous columns, layout and dropped edits; redo applies again', () => {
    edit(1, { phone: '(11) 98765-4322' })
    cleanCalls.cleanExclude({ target: { indices: [4] }, excluded: true })
    const before = cleanCalls.cleanSnapshot()
    change({ phone: 'Celular' }, true)
    events = []
    const undone = cleanCalls.cleanUndo()
    expect(importState.table?.phoneColumn).toBe(1)
    expect(importState.table?.dataRows.length).toBe(5)
    expect(input(1)?.phone).toBe('(11) 98765-4322')
    expect(status(1)).toBe('ok')
    expect(undone.counts).toEqual(before.counts)
    expect(undone.redo).toEqual({ action: 'columns' })
    expect(events).toMatchObject([{ name: 'tableLaidOut', data: { table: { phoneColumn: 1 } } }])
    // The edit before the change undoes on the session now in place (not a stale one).
    cleanCalls.cleanUndo()
    expect(cleanState.excluded.has(4)).toBe(false)
    cleanCalls.cleanUndo()
    expect(input(1)?.phone).toBe('98765-4322')
    expect(status(1)).toBe('invalid')
    cleanCalls.cleanRedo()
    cleanCalls.cleanRedo()
    cleanCalls.cleanRedo()
    expect(importState.table?.phoneColumn).toBe(2)
    expect(input(1)?.phone).toBe('(21) 99876-0002')
    expect(cleanState.excluded.has(4)).toBe(true)
  })

  it('an edit made after the change undoes on the new session, then the change itself', () => {
    change({ phone: 'Celular' })
    edit(5, { name: 'Total geral' })
    expect(input(5)?.name).toBe('Total geral')
    cleanCalls.cleanUndo()
    expect(input(5)?.name).toBe('Total')
    cleanCalls.cleanUndo()
    expect(importState.table?.dataRows.length).toBe(5)
  })

  it('footer rows going: an edited row that becomes a footer is counted, and comes back', () => {
    change({ phone: 'Celular' })
    edit(5, { name: 'Total geral' })
    cleanCalls.cleanExclude({ target: { indices: [5] }, excluded: true })
    const asked = change({ phone: 'Telefone' })
    expect(asked).toEqual({ status: 'confirm', lost: { phone: 0, ddd: 0, name: 0, rows: 1 } })
    change({ phone: 'Telefone' }, true)
    expect(importState.table?.dataRows.length).toBe(5)
    expect(importState.table?.footerRowsSkipped).toBe(1)
    expect(cleanCalls.cleanSnapshot().counts).toMatchObject({ edited: 0, excluded: 0, total: 5 })
    cleanCalls.cleanUndo()
    expect(importState.table?.dataRows.length).toBe(6)
    expect(input(5)?.name).toBe('Total geral')
    expect(cleanState.excluded.has(5)).toBe(true)
  })

  it('a name fix is lost only when the name column changes; DDD and automatic choices', () => {
    edit(0, { name: 'Ana Maria' })
    expect(change({ phone: 'Celular' }).status).toBe('applied')
    expect(change({ name: 'Email' })).toEqual({
      status: 'confirm',
      lost: { phone: 0, ddd: 0, name: 1, rows: 0 }
    })
    // Back to the automatic phone column: the rows as read at first.
    expect(change({ phone: null }).status).toBe('applied')
    expect(importState.table?.phoneColumn).toBe(1)
    expect(importState.settings.columns).toEqual({})
    expect(input(0)?.name).toBe('Ana Maria')
    // The same columns again: nothing to do, no step.
    const undo = cleanCalls.cleanSnapshot().undo
    expect(change({ phone: 'Telefone' })).toEqual({ status: 'unchanged' })
    expect(cleanCalls.cleanSnapshot().undo).toEqual(undo)
  })

  it('the provider changed while a layout was put aside applies when undo brings it back', () => {
    change({ phone: 'Celular' })
    cleanCalls.cleanConfigure({ settings: { provider: 'integra' } })
    cleanCalls.cleanUndo()
    // Kinbox (WhatsApp) flags row 5's landline; the restored session uses Integra's rules.
    expect(importState.table?.phoneColumn).toBe(1)
    expect(cleanState.session?.rows[3]?.warnings).not.toContain('landline')
    cleanCalls.cleanConfigure({ settings: { provider: 'kinbox' } })
    expect(cleanState.session?.rows[3]?.warnings).toContain('landline')
  })

  it('a column that does not exist fails without changing anything', () => {
    expect(() => change({ phone: 'Fax' })).toThrow()
    expect(importState.table?.phoneColumn).toBe(1)
    expect(cleanCalls.cleanSnapshot().undo).toBeNull()
  })
})

describe('changeColumns on a workbook grid', () => {
  it('keeps the footer rows that no Total label explains (formula-only rows)', async () => {
    const { utils, write } = await import('@e965/xlsx')
    const sheet = utils.aoa_to_sheet([
      ['Nome', 'Telefone', 'Celular'],
      ['Ana', '(11) 98765-4321', '(21) 99876-0001'],
      ['Bia', '(11) 98765-4322', '(21) 99876-0002']
    ])
    utils.sheet_add_aoa(sheet, [[{ t: 'n', f: 'COUNTA(A2:A3)', v: 2 }, '', '']], { origin: 'A4' })
    const book = utils.book_new()
    utils.book_append_sheet(book, sheet, 'Leads')
    const bytes = write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer
    importCalls.import({ bytes, fileName: 'leads.xlsx', settings: {} }, { progress: noProgress })
    const footers = importState.table?.footerRowsSkipped ?? 0
    expect(change({ phone: 'Celular' }).status).toBe('applied')
    expect(importState.table?.footerRowsSkipped).toBe(footers)
    expect(importState.table?.dataRows.length).toBe(2)
  })
})

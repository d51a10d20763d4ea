/**
 * A column change builds the new session's inputs from the current ones (tableLayout's
 * relaidInputs: the roles whose column stays keep their strings, issue 13). They must equal
 * what reading the grid gives (leadInputs) with the edits that still apply merged in, property
 * for property, whatever changes: phone, DDD, name, footers coming and going.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { leadInputs, ruleColumns, type LeadInput } from '../../../shared/cleaning'
import type { RuleColumns } from '../../../shared/cleaning/leadInputs'
import type { LeadTable } from '../../../shared/import'
import { cleanCalls } from '../../../renderer/src/worker/clean/cleanCalls'
import { cleanState } from '../../../renderer/src/worker/clean/cleanState'
import { columnCalls } from '../../../renderer/src/worker/import/columnCalls'
import { editedRows } from '../../../renderer/src/worker/clean/cleanView'
import { importCalls } from '../../../renderer/src/worker/import/importCalls'
import type { ColumnRequest } from '../../../renderer/src/worker/protocol'
import { importState } from '../../../renderer/src/worker/state'
import {
  mergeColumns,
  relaidInputs,
  relaidTable
} from '../../../renderer/src/worker/import/tableLayout'

const CSV = [
  'Nome,Telefone,Celular,DDD,Email',
  'ANA SILVA,(11) 98765-4321,(21) 99876-0001,11,ana@example.com',
  'Bia,98765-4322,(21) 99876-0002,21,bia@example.com',
  'Caio,(31) 98765-4323,(21) 99876-0003,,caio@example.com',
  'Dani,(41) 3456-7890,(21) 99876-0004',
  'Central,0800 123 4567,(21) 99876-0005,11,central@example.com',
  'Total,,(21) 99876-0006,,'
].join('\n')

const ROLES = ['phone', 'ddd', 'name', 'email'] as const

/** What columnCalls' plan carries: per edited row, the edited cells whose column stays. */
function carriedEdits(table: LeadTable, next: LeadTable): Map<number, Partial<LeadInput>> {
  const old = cleanState.columns as RuleColumns
  const fresh = ruleColumns(next, {})
  const carried = new Map<number, Partial<LeadInput>>()
  for (const index of editedRows) {
    const input = cleanState.session?.input(index)
    if (!input || index >= next.dataRows.length) continue
    const g = table.dataRows[index] ?? 0
    const cells: Partial<LeadInput> = {}
    for (const role of ROLES) {
      const column = old[role]
      const file =
        column === null ? (role === 'phone' ? '' : undefined) : table.grid.cell(g, column)
      if (input[role] !== file && fresh[role] === column) cells[role] = input[role] as string
    }
    if (Object.keys(cells).length > 0) carried.set(index, cells)
  }
  return carried
}

function check(request: ColumnRequest): void {
  const table = importState.table as LeadTable
  const overrides = mergeColumns(importState.settings.columns, request)
  const next = relaidTable(table, importState.settings.headerRow, overrides, new Set())
  const columns = ruleColumns(next, {})
  const carried = carriedEdits(table, next)
  const expected = leadInputs(next, columns)
  for (const [index, cells] of carried) {
    expected[index] = { ...(expected[index] as LeadInput), ...cells }
  }
  expect(relaidInputs(next, columns, carried)).toStrictEqual(expected)
}

describe('relaidInputs equals the grid read again with the edits that stay', () => {
  beforeEach(() => {
    cleanCalls.cleanConfigure({ settings: { provider: 'kinbox', country: 'BR' }, blockList: [] })
    const bytes = new TextEncoder().encode(CSV)
    importCalls.import(
      { bytes: bytes.buffer, fileName: 'contatos.csv', settings: {} },
      { progress: () => undefined }
    )
    cleanCalls.cleanEdit({ index: 0, cells: { name: 'Ana Maria' } })
    cleanCalls.cleanEdit({ index: 1, cells: { phone: '(11) 98765-0000', email: 'b@novo.com' } })
    cleanCalls.cleanEdit({ index: 2, cells: { ddd: '31' } })
    cleanCalls.cleanEdit({ index: 3, cells: { name: '' } })
  })

  it('for each column choice, from the automatic one', () => {
    check({ phone: 'Celular' })
    check({ phone: 'Celular', ddd: '' })
    check({ ddd: '' })
    check({ name: 'Email' })
    check({ name: '' })
  })

  it('after a change, for the next one (inputs built by relaidInputs themselves)', () => {
    const moves: ColumnRequest[] = [{ phone: 'Celular' }, { ddd: '' }, { phone: 'Telefone' }]
    for (const move of moves) {
      // Through the worker call, as the screen makes it (lost edits confirmed).
      columnCalls.changeColumns({ columns: move, force: true })
      check({ phone: 'Telefone' })
      check({ phone: 'Celular', name: '' })
    }
  })
})

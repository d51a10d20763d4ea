import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanLeads } from '../../../shared/cleaning/cleanLeads'
import { toInspectRow } from '../../../shared/cleaning/inspectRow'
import { LEADS_DIR, readFixture } from './readTable'

interface ExpectedRow {
  row: number
  status: string
  phone: string | null
  reason?: string
  duplicateOf?: number
  name?: string
  firstName?: string
  notes?: string[]
}

interface Expected {
  summary: Record<string, number>
  rows: ExpectedRow[]
}

const FIXTURES = ['crm-export-utf8.csv', 'excel-ptbr-cp1252.csv', 'planilha-vendas.xlsx']

describe.each(FIXTURES)('%s matches its .expected.json', (file) => {
  const expected = JSON.parse(
    readFileSync(new URL(`${file}.expected.json`, LEADS_DIR), 'utf8')
  ) as Expected
  const result = cleanLeads(readFixture(file))

  it('has the same summary', () => {
    expect(result.summary).toEqual(expected.summary)
  })

  it('has every row with the same status, phone, reason, duplicateOf, name, firstName, notes', () => {
    const actual = result.rows.map((row) => {
      const shown = toInspectRow(row)
      // The expected files carry no warnings; compare every other field, absent ones included.
      delete shown.warnings
      return shown
    })
    expect(actual).toEqual(expected.rows)
  })
})

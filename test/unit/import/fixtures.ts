import { readFileSync } from 'node:fs'
import { readLeadFile, type ReadLeadFileOptions } from '../../../shared/import/readLeadFile'
import type { LeadTable } from '../../../shared/import/leadTable'
import { ImportError } from '../../../shared/import/errors'

const root = new URL('../../../../shared/fixtures/', import.meta.url)

export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(path, root)))
}

export function readFixture(path: string, options: ReadLeadFileOptions = {}): LeadTable {
  return readLeadFile(fixtureBytes(path), path.split('/').pop() ?? path, options)
}

export function readText(text: string, fileName = 'leads.csv', options: ReadLeadFileOptions = {}) {
  return readLeadFile(new TextEncoder().encode(text), fileName, options)
}

/** The ImportError a read throws (fails the test when it throws nothing or something else). */
export function importErrorOf(read: () => unknown): ImportError {
  try {
    read()
  } catch (error) {
    if (error instanceof ImportError) return error
    throw error
  }
  throw new Error('expected an ImportError, the read succeeded')
}

/** Spreadsheet row numbers of the data rows, as the grid shows them. */
export function dataRowNumbers(table: LeadTable): number[] {
  return Array.from(table.dataRows, (i) => table.grid.rowNumber(i))
}

export function fieldCountRowNumbers(table: LeadTable): number[] {
  return [...table.fieldCountRows].map((i) => table.grid.rowNumber(i)).sort((a, b) => a - b)
}

export function column(table: LeadTable, index: number | null): string | null {
  return index === null ? null : (table.columns[index] ?? null)
}

export function cellsOf(table: LeadTable, rowNumber: number): string[] {
  for (let i = 0; i < table.grid.length; i++) {
    if (table.grid.rowNumber(i) === rowNumber) return table.grid.row(i)
  }
  throw new Error(`no row ${rowNumber}`)
}

interface Expected {
  sheet?: string
  headerRow: number
  phoneColumn: string
  summary: { blankSkipped: number; footerRowsSkipped: number }
  rows: { row: number }[]
}

export function expectedOf(path: string): Expected {
  return JSON.parse(readFileSync(new URL(`${path}.expected.json`, root), 'utf8')) as Expected
}

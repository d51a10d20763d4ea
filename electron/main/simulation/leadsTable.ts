import { readLeadFile } from '../../../shared/import'

/**
 * What the simulated Kinbox makes of a leads file (providers.md's decision): the first sheet,
 * a header row `number` then one column per variable, each number DDI + digits without `+`.
 * Read with the app's own import reader; a file that breaks the layout is refused.
 */
export interface SimulatedLeadsTable {
  /** `number`, then the variables in column order. */
  headers: string[]
  rows: { number: string; placeholders: string[] }[]
}

export type LeadsTableResult =
  { ok: true; table: SimulatedLeadsTable } | { ok: false; message: string }

const NUMBER = /^[1-9]\d{7,14}$/

export function readSimulatedLeads(bytes: Uint8Array): LeadsTableResult {
  let headers: string[]
  let grid: string[][]
  try {
    const table = readLeadFile(bytes, 'leads.xlsx', { headerRow: 1 })
    headers = table.columns
    grid = [...table.dataRows].map((index) => table.grid.row(index))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `leads file could not be read: ${detail}` }
  }
  if (headers[0] !== 'number') {
    return { ok: false, message: 'the first column of the leads file must be "number"' }
  }
  const rows: SimulatedLeadsTable['rows'] = []
  for (const [index, cells] of grid.entries()) {
    const number = cells[0] ?? ''
    if (!NUMBER.test(number)) {
      return { ok: false, message: `row ${index + 2}: "${number}" is not DDI + digits` }
    }
    rows.push({ number, placeholders: headers.slice(1).map((_, i) => cells[i + 1] ?? '') })
  }
  return { ok: true, table: { headers, rows } }
}

/** A named placeholder (`{{leadName}}`) must be a column; a positional one (`{{2}}`) in range. */
export function unknownPlaceholder(text: string, headers: readonly string[]): string | undefined {
  const variables = headers.slice(1)
  for (const [, name = ''] of text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)) {
    const position = /^\d+$/.test(name) ? Number(name) : undefined
    const known =
      position !== undefined
        ? position >= 1 && position <= variables.length
        : variables.includes(name)
    if (!known) return `message uses {{${name}}}, which is not a column of the leads file`
  }
  return undefined
}

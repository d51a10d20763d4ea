import type { LeadTable } from '../import/leadTable'
import { foldText } from '../text/fold'
import type { CleanOptions, LeadInput } from './types'

/** The columns the rules read: the user's choice first, else the reader's automatic one. */
export interface RuleColumns {
  phone: number | null
  ddd: number | null
  name: number | null
  email: number | null
}

export function ruleColumns(table: LeadTable, options: CleanOptions): RuleColumns {
  return {
    phone: options.phoneColumn ?? table.phoneColumn,
    ddd: options.dddColumn ?? table.dddColumn,
    name: options.nameColumn ?? table.nameColumn,
    email: options.emailColumn ?? findEmailColumn(table.columns)
  }
}

/** `E-mail`, `email`, `Endereço de e-mail`, `Correio eletrônico`… (accents and case ignored). */
export function findEmailColumn(columns: readonly string[]): number | null {
  const index = columns.findIndex((header) => {
    return /\be-?mail\b|correio eletronico/.test(foldText(header))
  })
  return index === -1 ? null : index
}

/** One LeadInput per data row, in order. */
export function leadInputs(table: LeadTable, columns: RuleColumns): LeadInput[] {
  const inputs: LeadInput[] = new Array<LeadInput>(table.dataRows.length)
  for (let k = 0; k < inputs.length; k++) inputs[k] = leadInput(table, columns, k)
  return inputs
}

/** The LeadInput of data row k (0-based, in `dataRows` order). */
export function leadInput(table: LeadTable, columns: RuleColumns, k: number): LeadInput {
  const { grid, dataRows, fieldCountRows } = table
  const i = dataRows[k] ?? 0
  const input: LeadInput = {
    row: grid.rowNumber(i),
    phone: columns.phone === null ? '' : grid.cell(i, columns.phone)
  }
  if (columns.ddd !== null) input.ddd = grid.cell(i, columns.ddd)
  if (columns.name !== null) input.name = grid.cell(i, columns.name)
  if (columns.email !== null) input.email = grid.cell(i, columns.email)
  if (fieldCountRows.has(i)) input.fieldCount = true
  if (columns.phone === null) input.noPhoneColumn = true
  return input
}

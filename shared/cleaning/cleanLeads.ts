import type { LeadTable } from '../import/leadTable'
import { CleanSession } from './cleanSession'
import { leadInputs, ruleColumns } from './leadInputs'
import type { CleanOptions, CleanResult } from './types'

/** Start cleaning a table; keep the session to fix rows in place. */
export function createCleanSession(table: LeadTable, options: CleanOptions = {}): CleanSession {
  const inputs = leadInputs(table, ruleColumns(table, options))
  return new CleanSession(inputs, options, {
    blankSkipped: table.blankSkipped,
    footerRowsSkipped: table.footerRowsSkipped
  })
}

/** Every data row through the rules of cleaning.md, duplicates decided (one-shot, e.g. `inspect`). */
export function cleanLeads(table: LeadTable, options: CleanOptions = {}): CleanResult {
  return createCleanSession(table, options).result()
}

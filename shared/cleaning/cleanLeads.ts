import type { LeadTable } from '../import/leadTable'
import { CleanSession, summarize } from './cleanSession'
import { DuplicateIndex } from './duplicateIndex'
import { leadInput, leadInputs, ruleColumns } from './leadInputs'
import { recheckRow } from './recheckRow'
import type { CleanOptions, CleanResult, CleanRow } from './types'

/** Start cleaning a table; keep the session to fix rows in place. */
export function createCleanSession(table: LeadTable, options: CleanOptions = {}): CleanSession {
  const inputs = leadInputs(table, ruleColumns(table, options))
  return new CleanSession(inputs, options, {
    blankSkipped: table.blankSkipped,
    footerRowsSkipped: table.footerRowsSkipped
  })
}

/**
 * Every data row through the rules of cleaning.md, duplicates decided (one-shot, e.g. `inspect`):
 * what a CleanSession gives, without keeping each row's inputs for later edits (a million
 * LeadInput objects held to the end were a fifth of the peak memory and of the GC time).
 */
export function cleanLeads(table: LeadTable, options: CleanOptions = {}): CleanResult {
  const columns = ruleColumns(table, options)
  const rules = {
    country: options.country,
    defaultDdd: options.defaultDdd,
    provider: options.provider
  }
  const rows = new Array<CleanRow>(table.dataRows.length)
  for (let k = 0; k < rows.length; k++) rows[k] = recheckRow(leadInput(table, columns, k), rules)
  new DuplicateIndex(rows, options)
  return {
    rows,
    summary: summarize(rows, {
      blankSkipped: table.blankSkipped,
      footerRowsSkipped: table.footerRowsSkipped
    })
  }
}

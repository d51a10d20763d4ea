import { DuplicateIndex } from './duplicateIndex'
import { recheckRow } from './recheckRow'
import type {
  CleanResult,
  CleanRow,
  CleanSummary,
  DuplicateRules,
  LeadInput,
  RowRules
} from './types'

/** Rows the reader set aside, counted in the summary but never among `rows`. */
export interface SkippedCounts {
  blankSkipped: number
  footerRowsSkipped: number
}

/**
 * A cleaned file that the user keeps fixing: editing a row re-runs the rules for that row and
 * re-decides only the rows sharing its old or new number; bulk changes (default DDD, keep the
 * last duplicate, block list) re-run what they affect. Undo/redo is the caller's: it replays
 * `edit` with the previous cells.
 */
export class CleanSession {
  readonly rows: CleanRow[]
  private readonly inputs: LeadInput[]
  private rowRules: RowRules
  private readonly duplicates: DuplicateIndex

  constructor(
    inputs: readonly LeadInput[],
    rules: RowRules & DuplicateRules = {},
    private readonly skipped: SkippedCounts = { blankSkipped: 0, footerRowsSkipped: 0 }
  ) {
    this.inputs = [...inputs]
    this.rowRules = {
      country: rules.country,
      defaultDdd: rules.defaultDdd,
      provider: rules.provider
    }
    this.rows = this.inputs.map((input) => recheckRow(input, this.rowRules))
    this.duplicates = new DuplicateIndex(this.rows, rules)
  }

  /** Change some cells of data row i (0-based, in `rows` order); returns the rows that changed. */
  edit(i: number, cells: Partial<Omit<LeadInput, 'row'>>): number[] {
    const current = this.inputs[i]
    if (current === undefined) return []
    const input: LeadInput = { ...current, ...cells }
    this.inputs[i] = input
    return this.duplicates.replace(i, recheckRow(input, this.rowRules))
  }

  /** The cells row i was cleaned from (for undo, or to show the original). */
  input(i: number): LeadInput | undefined {
    return this.inputs[i]
  }

  /** New country, default DDD or provider: every row is re-checked. */
  setRowRules(rules: RowRules): void {
    this.rowRules = { ...this.rowRules, ...rules }
    for (let i = 0; i < this.inputs.length; i++) {
      const input = this.inputs[i]
      if (input !== undefined) this.rows[i] = recheckRow(input, this.rowRules)
    }
    this.duplicates.setRules({})
  }

  /** Keep first/last duplicate, or a new block list: statuses re-decided, rows not re-checked. */
  setDuplicateRules(rules: DuplicateRules): void {
    this.duplicates.setRules(rules)
  }

  result(): CleanResult {
    return { rows: this.rows, summary: summarize(this.rows, this.skipped) }
  }
}

export function summarize(rows: readonly CleanRow[], skipped: SkippedCounts): CleanSummary {
  const summary: CleanSummary = { total: rows.length, ok: 0, invalid: 0, duplicate: 0, ...skipped }
  for (const row of rows) summary[row.status]++
  return summary
}

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

  /**
   * `previous`: a session over the same rows read with other columns (a new phone column, say);
   * a row whose name and e-mail cells are the same keeps their cleaned values from it, so
   * only the phone is checked again.
   */
  constructor(
    inputs: readonly LeadInput[],
    rules: RowRules & DuplicateRules = {},
    private readonly skipped: SkippedCounts = { blankSkipped: 0, footerRowsSkipped: 0 },
    previous?: CleanSession
  ) {
    this.inputs = [...inputs]
    this.rowRules = {
      country: rules.country,
      defaultDdd: rules.defaultDdd,
      provider: rules.provider
    }
    this.rows = this.inputs.map(
      (input, i) =>
        previous?.phoneOnlyRecheck(i, input, this.rowRules) ?? recheckRow(input, this.rowRules)
    )
    this.duplicates = new DuplicateIndex(this.rows, rules)
  }

  /** Row i re-checked for `input`'s phone, name and e-mail taken from this session; or undefined. */
  private phoneOnlyRecheck(i: number, input: LeadInput, rules: RowRules): CleanRow | undefined {
    const before = this.inputs[i]
    const cleaned = this.rows[i]
    if (!before || !cleaned || before.name !== input.name || before.email !== input.email)
      return undefined
    const bare: LeadInput = { row: input.row, phone: input.phone }
    if (input.ddd !== undefined) bare.ddd = input.ddd
    if (input.fieldCount !== undefined) bare.fieldCount = input.fieldCount
    if (input.noPhoneColumn !== undefined) bare.noPhoneColumn = input.noPhoneColumn
    const row = recheckRow(bare, rules)
    if (input.name !== undefined) {
      row.name = cleaned.name as string
      row.firstName = cleaned.firstName as string
    }
    if (input.email !== undefined) {
      row.email = cleaned.email as string
      if (cleaned.warnings.includes('invalid_email')) row.warnings.push('invalid_email')
    }
    return row
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

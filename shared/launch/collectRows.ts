import type { CleanRow } from '../cleaning/types'
import type { LeadTable } from '../import/leadTable'
import type { MappingRow } from '../mapping/rowValues'
import { EXCLUSION_REASONS, type ExclusionReason, type LaunchProvider } from './types'

/** What the user decided in Limpar about rows that are not plainly ok. */
export interface LaunchChoices {
  provider: LaunchProvider
  /** Data-row positions (indexes into the clean rows) the user excluded by hand. */
  excludedByUser?: ReadonlySet<number>
  /** Data-row positions whose `field_count` warning the user confirmed (or fixed). */
  confirmedFieldCount?: ReadonlySet<number>
  /** Kinbox: the user confirmed sending the rows flagged `nationwide`. */
  nationwideConfirmed?: boolean
}

/**
 * The row warning cleaning gives a number that reaches every Brazilian state (being added in
 * shared/cleaning). Read as plain text so this rule works the day the warning exists.
 */
export const NATIONWIDE_WARNING = 'nationwide'

/** The least of a cleaned row the rule reads. */
export type CleanRowFacts = Pick<CleanRow, 'status' | 'reason' | 'warnings'>

/**
 * Why a cleaned row is not launched, or null when it is: the one home of the rule for the
 * worker (cleanState.launchableRows) and the CLI. Checked in this order, one reason per row.
 */
export function launchExclusion(
  clean: CleanRowFacts,
  index: number,
  choices: LaunchChoices
): ExclusionReason | null {
  if (clean.status === 'duplicate') return 'duplicate'
  if (clean.status === 'invalid')
    return clean.reason === 'do_not_contact' ? 'do_not_contact' : 'invalid'
  if (choices.excludedByUser?.has(index)) return 'excluded_by_user'
  const warnings: readonly string[] = clean.warnings
  if (warnings.includes('field_count') && !choices.confirmedFieldCount?.has(index)) {
    return 'field_count_unconfirmed'
  }
  if (
    choices.provider === 'kinbox' &&
    warnings.includes(NATIONWIDE_WARNING) &&
    choices.nationwideConfirmed !== true
  ) {
    return 'nationwide_unconfirmed'
  }
  return null
}

export interface CollectedRows {
  /** The launchable rows, in file order, as the plan builder reads them. */
  rows: MappingRow[]
  /** Every other row, by reason (each reason present, 0 if none). */
  excluded: Record<ExclusionReason, number>
}

/** A data row's cell by (data-row position, column): '' past the row's end. */
export type CellAccessor = (index: number, column: number) => string

/** From a cleaning result and the user's choices to the rows a launch sends. */
export function collectLaunchRows(
  result: { rows: readonly CleanRow[] },
  cell: CellAccessor,
  choices: LaunchChoices
): CollectedRows {
  const excluded = Object.fromEntries(EXCLUSION_REASONS.map((reason) => [reason, 0])) as Record<
    ExclusionReason,
    number
  >
  const rows: MappingRow[] = []
  result.rows.forEach((clean, index) => {
    const reason = launchExclusion(clean, index, choices)
    if (reason !== null) excluded[reason] += 1
    else
      rows.push({ row: clean.row, phone: clean.phone ?? '', cell: (column) => cell(index, column) })
  })
  return { rows, excluded }
}

/** The file's cells of a table, by data-row position (what the CLI passes). */
export function tableCells(table: Pick<LeadTable, 'grid' | 'dataRows'>): CellAccessor {
  return (index, column) => table.grid.cell(table.dataRows[index] ?? 0, column)
}

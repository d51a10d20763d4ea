import { buildLaunchPlan, collectLaunchRows } from '../../../../shared/launch'
import { cleanState, editedCell, launchChoices } from '../clean/cleanState'
import type { launchContract } from './launchContract'
import type { WorkerHandlers } from '../rpc/contract'
import { importState } from '../state'

/** The launch's worker calls, see launchContract.ts. */
export const launchCalls = {
  launchPlan: (call) => {
    const table = importState.table
    const session = cleanState.session
    if (!table || !session) return { ok: false, problems: [{ code: 'no_launchable_rows' }] }
    // The same rule as Mapear's rows (launchableRows), with the exclusions counted.
    const cell = (index: number, column: number): string =>
      editedCell(index, column, table.grid.cell(table.dataRows[index] ?? 0, column))
    const collected = collectLaunchRows(session, cell, launchChoices(call.provider))
    return buildLaunchPlan({
      provider: call.provider,
      name: call.name,
      mapping: call.mapping,
      start: call.start,
      ...(call.integra && { integra: call.integra }),
      ...(call.kinbox && { kinbox: call.kinbox }),
      sourceFile: table.file,
      // Campanhas joins results back to these (the plan's `source`, kept beside the journal).
      columns: table.columns,
      rows: collected.rows,
      excluded: collected.excluded
    })
  }
} satisfies WorkerHandlers<typeof launchContract>

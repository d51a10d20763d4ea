import { isDdd } from '../clean/cleanCalls'
import { cleanState } from '../clean/cleanState'
import { computeCleanView, editedRows, forgetSearchText, isEdited } from '../clean/cleanView'
import type { DraftLimpar } from '../../../../shared/ipc/drafts'
import type { draftContract } from './draftContract'
import type { DraftSourceInfo } from './draftProtocol'
import { cleanChanged } from '../launch/launchableCache'
import type { WorkerHandlers, WorkerParsedRequest } from '../rpc/contract'
import { importState } from '../state'

type ApplyLimpar = WorkerParsedRequest<typeof draftContract, 'draftApplyLimpar'>

const ROLES = ['phone', 'ddd', 'name', 'email'] as const

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('')
}

async function sourceInfo(): Promise<DraftSourceInfo | null> {
  const source = importState.source
  if (!source) return null
  const digest = await crypto.subtle.digest('SHA-256', source.bytes as Uint8Array<ArrayBuffer>)
  return { fileName: source.fileName, size: source.bytes.byteLength, sha256: hex(digest) }
}

/** Limpar's work now: only the cells that differ from the file, the choices by row. */
function readLimpar(): DraftLimpar | null {
  const table = importState.table
  const session = cleanState.session
  const columns = cleanState.columns
  if (!table || !session || !columns) return null
  const cellEdits: DraftLimpar['cellEdits'] = {}
  for (const index of [...editedRows].sort((a, b) => a - b)) {
    const input = session.input(index)
    if (!input) continue
    const g = table.dataRows[index] ?? 0
    const cells: Partial<Record<(typeof ROLES)[number], string>> = {}
    for (const role of ROLES) {
      const column = columns[role]
      const file = column === null ? '' : table.grid.cell(g, column)
      const value = input[role] ?? ''
      if (value !== file) cells[role] = value
    }
    if (Object.keys(cells).length > 0) cellEdits[String(index)] = cells
  }
  return {
    cellEdits,
    exclusions: [...cleanState.excluded].sort((a, b) => a - b),
    fieldCountConfirmations: [...cleanState.confirmed].sort((a, b) => a - b),
    nationwideConfirmed: cleanState.nationwideConfirmed,
    defaultDdd: cleanState.defaultDdd,
    keep: cleanState.keep
  }
}

function applyLimpar({ limpar }: ApplyLimpar): { applied: boolean } {
  const table = importState.table
  const session = cleanState.session
  if (!table || !session) return { applied: false }
  const count = session.rows.length
  const exists = (index: number): boolean => Number.isInteger(index) && index >= 0 && index < count
  if (limpar.defaultDdd !== cleanState.defaultDdd) {
    const ddd = limpar.defaultDdd !== null && isDdd(limpar.defaultDdd) ? limpar.defaultDdd : null
    cleanState.defaultDdd = ddd
    session.setRowRules({ defaultDdd: ddd ?? undefined })
  }
  if (limpar.keep !== cleanState.keep) {
    cleanState.keep = limpar.keep
    session.setDuplicateRules({ keep: limpar.keep })
  }
  for (const [key, cells] of Object.entries(limpar.cellEdits)) {
    const index = Number(key)
    if (!exists(index) || !session.input(index)) continue
    session.edit(index, cells)
    if (isEdited(index)) editedRows.add(index)
    else editedRows.delete(index)
  }
  cleanState.excluded = new Set(limpar.exclusions.filter(exists))
  cleanState.confirmed = new Set(limpar.fieldCountConfirmations.filter(exists))
  cleanState.nationwideConfirmed = limpar.nationwideConfirmed
  // The list starts its history here: undo does not take the restored work apart.
  cleanState.done = []
  cleanState.undone = []
  forgetSearchText()
  cleanChanged()
  cleanState.view = computeCleanView(table, cleanState.query)
  return { applied: true }
}

/** The drafts' worker calls, see draftContract.ts. */
export const draftCalls = {
  draftSourceInfo: sourceInfo,
  draftSourceBytes: () => (importState.source ? { bytes: importState.source.bytes.slice() } : null),
  draftLimpar: readLimpar,
  draftApplyLimpar: applyLimpar
} satisfies WorkerHandlers<typeof draftContract>

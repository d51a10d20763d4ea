import type { MappingRow } from '../../../shared/mapping'
import { cleanState, launchableRows } from './cleanState'

export interface MapRows {
  cleaned: boolean
  rows: MappingRow[]
}

/** The rows a launch sends, as the mapping builders read them. */
export function mappingRows(): MapRows {
  const rows = launchableRows().map((launchable): MappingRow => ({
    row: launchable.clean.row,
    phone: launchable.clean.phone ?? '',
    cell: launchable.cell
  }))
  return { cleaned: cleanState.session !== null, rows }
}

/**
 * Mapear's preview and checks as they were before issue 13's cache: every call rebuilds the
 * launchable rows and every row's variables (twice for the message's checks). Kept as the
 * bench's baseline (mapEdit.bench.ts) and as the reference the cached checks must equal
 * (test/unit/map-ui/launchableCache.test.ts).
 */
import type { Mapping, MappingRow } from '../../shared/mapping'
import {
  INTEGRA_VALUE_MAX_LENGTH,
  placeholderKeys,
  recipientName,
  renderMessage,
  templateWarnings,
  variableRecord,
  variableValues
} from '../../shared/mapping'
import { cleanState, launchableRows } from '../../renderer/src/worker/clean/cleanState'
import type {
  MapCheck,
  MapPreview,
  PreviewTarget,
  RowList
} from '../../renderer/src/worker/map/mapProtocol'
import { importState } from '../../renderer/src/worker/state'

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

/** The message as one launchable row would receive it. */
export function previewRow(mapping: Mapping, text: string, target: PreviewTarget): MapPreview {
  const { cleaned, rows } = mappingRows()
  let position: number
  let missing: MapPreview['missing'] = null
  if ('row' in target) {
    position = rows.findIndex((row) => row.row === target.row)
    if (position < 0) {
      missing = { row: target.row, reason: inFile(target.row) ? 'not_launchable' : 'not_in_file' }
      // Show the next row that will be sent (or the last one), so the preview never goes blank.
      const next = rows.findIndex((row) => row.row > target.row)
      position = next >= 0 ? next : rows.length - 1
    }
  } else {
    position = Math.max(0, Math.min(rows.length - 1, target.position))
  }
  const row = position >= 0 ? rows[position] : undefined
  if (!row) return { launchable: rows.length, cleaned, missing, shown: null }
  return {
    launchable: rows.length,
    cleaned,
    missing,
    shown: {
      position,
      row: row.row,
      phone: row.phone,
      name: recipientName(row, mapping),
      text: text === '' ? '' : renderMessage(text, variableRecord(row, mapping)),
      values: variableValues(row, mapping)
    }
  }
}

function inFile(rowNumber: number): boolean {
  const table = importState.table
  if (!table) return false
  return table.dataRows.some((g) => table.grid.rowNumber(g) === rowNumber)
}

/** Row numbers sent to the UI per warning; the count is always complete. */
const MAX_LISTED_ROWS = 500

class RowLists {
  private readonly lists = new Map<string, RowList>()
  add(key: string, row: number): void {
    let list = this.lists.get(key)
    if (!list) this.lists.set(key, (list = { count: 0, rows: [] }))
    list.count++
    if (list.rows.length < MAX_LISTED_ROWS) list.rows.push(row)
  }
  /** In mapping order. */
  ordered(keys: readonly string[]): (RowList & { key: string })[] {
    return keys.flatMap((key) => {
      const list = this.lists.get(key)
      return list ? [{ key, ...list }] : []
    })
  }
}

/**
 * Everything the Mapear step warns about before going on, over every launchable row. `text` is
 * the Kinbox message or the Integra voicemail text (null when Integra leaves no voicemail).
 */
export function checkMapping(mapping: Mapping, text: string | null, maxLength?: number): MapCheck {
  const { cleaned, rows } = mappingRows()
  const keys = mapping.variables.map((variable) => variable.key)
  const integra = mapping.provider === 'integra'
  // Integra's agent receives every variable; Kinbox only shows the ones its message uses.
  const used = new Set(integra ? keys : placeholderKeys(text ?? ''))
  const skipKeys = new Set(
    mapping.variables.filter((v) => v.empty.kind === 'skipRow' && used.has(v.key)).map((v) => v.key)
  )
  const empty = new RowLists()
  const tooLong = new RowLists()
  const failed = new RowLists()
  const skipped = new RowLists()
  const sent: MappingRow[] = []
  for (const row of rows) {
    const values = variableValues(row, mapping)
    // The launch plan's rule (shared/launch/requiredVariables): such a row is not sent at all.
    const skipBy = values.find((value) => value.empty && skipKeys.has(value.key))
    if (skipBy) {
      skipped.add(skipBy.key, row.row)
      continue
    }
    sent.push(row)
    for (const value of values) {
      if (used.has(value.key) && value.value.trim() === '') empty.add(value.key, row.row)
      if (integra && value.value.length > INTEGRA_VALUE_MAX_LENGTH) tooLong.add(value.key, row.row)
      if (value.transformFailed) failed.add(value.key, row.row)
    }
  }
  let textWarnings: MapCheck['text'] = null
  const emptyMessageRows: RowList = { count: 0, rows: [] }
  if (text !== null) {
    const warnings = templateWarnings(
      text,
      mapping,
      sent,
      maxLength === undefined ? {} : { maxLength }
    )
    const { emptyVariables, emptyMessageRows: blank, ...rest } = warnings
    void emptyVariables
    textWarnings = rest
    emptyMessageRows.count = blank.length
    emptyMessageRows.rows = blank.slice(0, MAX_LISTED_ROWS)
  }
  return {
    launchable: sent.length,
    cleaned,
    text: textWarnings,
    emptyMessageRows,
    emptyVariables: empty.ordered(keys),
    tooLongValues: tooLong.ordered(keys),
    transformFailed: failed.ordered(keys),
    skippedRows: skipped.ordered(keys)
  }
}

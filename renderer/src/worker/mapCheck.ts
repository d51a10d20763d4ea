import type { Mapping, MappingRow } from '../../../shared/mapping'
import {
  INTEGRA_VALUE_MAX_LENGTH,
  placeholderKeys,
  templateWarnings,
  variableValues
} from '../../../shared/mapping'
import type { MapCheck, RowList } from './mapProtocol'
import { mappingRows } from './mapRows'

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

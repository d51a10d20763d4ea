import type { Mapping, VariableMapping } from '../../../../shared/mapping'
import {
  INTEGRA_VALUE_MAX_LENGTH,
  placeholderKeys,
  renderMessage,
  templateWarnings
} from '../../../../shared/mapping'
import { EMPTY, FAILED, launchableList, transformedColumn } from '../launch/launchableCache'
import type { MapCheck, RowList } from './mapProtocol'

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

/** The value sent for an empty cell is blank too: no default, or a default of spaces. */
function blankWhenEmpty(variable: VariableMapping): boolean {
  return variable.empty.kind !== 'default' || variable.empty.value.trim() === ''
}

/**
 * Everything the Mapear step warns about before going on, over every launchable row. `text` is
 * the Kinbox message or the Integra voicemail text (null when Integra leaves no voicemail).
 *
 * Rows are not walked per edit: each variable's values come from the worker's cache of the
 * launchable rows (launchableCache: one column per (column, transform), kept until Limpar
 * changes something), and the checks are counts over their flags, so an edit of the message
 * or a variable's name costs a few passes over typed arrays.
 */
export function checkMapping(mapping: Mapping, text: string | null, maxLength?: number): MapCheck {
  const list = launchableList()
  const n = list.length
  const variables = mapping.variables
  const keys = variables.map((variable) => variable.key)
  const columns = variables.map((v) => transformedColumn(v.column, v.transform))
  const integra = mapping.provider === 'integra'
  // Integra's agent receives every variable; Kinbox only shows the ones its message uses.
  const used = new Set(integra ? keys : placeholderKeys(text ?? ''))
  const skipKeys = new Set(
    variables.filter((v) => v.empty.kind === 'skipRow' && used.has(v.key)).map((v) => v.key)
  )

  // The launch plan's rule (shared/launch/requiredVariables): such a row is not sent at all,
  // counted under the first (mapping order) variable that left it out.
  const sent = new Uint8Array(n).fill(1)
  let sentCount = n
  const skipped = new RowLists()
  const skipAt = variables.flatMap((v, i) => (skipKeys.has(v.key) ? [i] : []))
  if (skipAt.length > 0) {
    for (let p = 0; p < n; p++) {
      for (const i of skipAt) {
        if (((columns[i]?.flags[p] ?? 0) & EMPTY) === 0) continue
        skipped.add(keys[i] ?? '', list.row[p] ?? 0)
        sent[p] = 0
        sentCount--
        break
      }
    }
  }

  const empty = new RowLists()
  const tooLong = new RowLists()
  const failed = new RowLists()
  variables.forEach((variable, i) => {
    const column = columns[i]
    if (!column) return
    const { flags } = column
    const key = variable.key
    const blank = blankWhenEmpty(variable)
    const emptyValue = variable.empty.kind === 'default' ? variable.empty.value : ''
    const longWhenEmpty = integra && emptyValue.length > INTEGRA_LIMIT
    const longAt = new Set(integra ? column.long : [])
    for (let p = 0; p < n; p++) {
      if (sent[p] === 0) continue
      const f = flags[p] ?? 0
      const row = list.row[p] ?? 0
      const isEmpty = (f & EMPTY) !== 0
      if (isEmpty && blank && used.has(key)) empty.add(key, row)
      if (integra && (isEmpty ? longWhenEmpty : longAt.has(p))) tooLong.add(key, row)
      if ((f & FAILED) !== 0) failed.add(key, row)
    }
  })

  let textWarnings: MapCheck['text'] = null
  const emptyMessageRows: RowList = { count: 0, rows: [] }
  if (text !== null) {
    // The text-only warnings: no row is read for them.
    const warnings = templateWarnings(
      text,
      mapping,
      [],
      maxLength === undefined ? {} : { maxLength }
    )
    const { emptyVariables, emptyMessageRows: none, ...rest } = warnings
    void emptyVariables
    void none
    textWarnings = rest
    blankMessages(text, mapping, columns, list.row, sent, emptyMessageRows)
  }
  return {
    launchable: sentCount,
    cleaned: list.cleaned,
    text: textWarnings,
    emptyMessageRows,
    emptyVariables: empty.ordered(keys),
    tooLongValues: tooLong.ordered(keys),
    transformFailed: failed.ordered(keys),
    skippedRows: skipped.ordered(keys)
  }
}

/** Integra's per-value limit (shared/mapping). */
const INTEGRA_LIMIT = INTEGRA_VALUE_MAX_LENGTH

/**
 * The sent rows whose rendered message is blank. The message is its literal text, placeholders
 * left as written (unknown keys) and the values: it is blank exactly when, rendered with every
 * value blank, it is blank, and every value it uses is blank on that row.
 */
function blankMessages(
  text: string,
  mapping: Mapping,
  columns: readonly (ReturnType<typeof transformedColumn> | undefined)[],
  rows: Int32Array,
  sent: Uint8Array,
  out: RowList
): void {
  const blanks: Record<string, string> = {}
  for (const variable of mapping.variables) blanks[variable.key] = ''
  if (renderMessage(text, blanks).trim() !== '') return
  // The value of a key is its last variable's (variableRecord's rule).
  const byKey = new Map<string, number>()
  mapping.variables.forEach((variable, i) => byKey.set(variable.key, i))
  const usedAt: number[] = []
  for (const key of placeholderKeys(text)) {
    const i = byKey.get(key)
    if (i === undefined) continue
    const variable = mapping.variables[i]
    // Never blank on any row: nor is the message.
    if (variable && !blankWhenEmpty(variable)) return
    usedAt.push(i)
  }
  for (let p = 0; p < rows.length; p++) {
    if (sent[p] === 0) continue
    if (usedAt.every((i) => ((columns[i]?.flags[p] ?? 0) & EMPTY) !== 0)) {
      out.count++
      if (out.rows.length < MAX_LISTED_ROWS) out.rows.push(rows[p] ?? 0)
    }
  }
}

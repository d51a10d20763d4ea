import type { Mapping } from './mapping'
import { placeholderKeys, renderMessage } from './placeholders'
import type { MappingRow } from './rowValues'
import { variableValues } from './rowValues'

/** Integra's `voicemail_tts_message` limit. */
export const INTEGRA_TTS_MAX_LENGTH = 500

export interface EmptyVariableRows {
  key: string
  /** Spreadsheet row numbers where the value sent is '' (empty cell with no default, or omitted). */
  rows: number[]
}

export interface TemplateWarnings {
  /** Placeholders naming no mapped variable (distinct, in order of use). */
  unknownPlaceholders: string[]
  /** Mapped variables the text never uses; always [] for Integra, whose prompt uses them. */
  unusedVariables: string[]
  /** For each used variable that is empty somewhere: the rows. */
  emptyVariables: EmptyVariableRows[]
  /** Rows whose rendered message is blank. */
  emptyMessageRows: number[]
  /** Set when the text is over `maxLength` (e.g. the Integra voicemail TTS message). */
  tooLong: { length: number; max: number } | null
}

export interface TemplateWarningOptions {
  maxLength?: number
}

export function templateWarnings(
  text: string,
  mapping: Mapping,
  rows: Iterable<MappingRow>,
  options: TemplateWarningOptions = {}
): TemplateWarnings {
  const used = new Set(placeholderKeys(text))
  const mapped = mapping.variables.map((variable) => variable.key)
  const emptyByKey = new Map<string, number[]>()
  const emptyMessageRows: number[] = []
  for (const row of rows) {
    const record: Record<string, string> = {}
    for (const { key, value } of variableValues(row, mapping)) {
      record[key] = value
      if (value.trim() === '' && used.has(key)) pushTo(emptyByKey, key, row.row)
    }
    if (renderMessage(text, record).trim() === '') emptyMessageRows.push(row.row)
  }
  const max = options.maxLength
  return {
    unknownPlaceholders: [...used].filter((key) => !mapped.includes(key)),
    unusedVariables: mapping.provider === 'integra' ? [] : mapped.filter((key) => !used.has(key)),
    emptyVariables: mapped.flatMap((key) => {
      const rowNumbers = emptyByKey.get(key)
      return rowNumbers ? [{ key, rows: rowNumbers }] : []
    }),
    emptyMessageRows,
    tooLong: max !== undefined && text.length > max ? { length: text.length, max } : null
  }
}

function pushTo(map: Map<string, number[]>, key: string, row: number): void {
  const list = map.get(key)
  if (list) list.push(row)
  else map.set(key, [row])
}

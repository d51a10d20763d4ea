import { z } from 'zod'
import type { Mapping } from './mapping'
import { placeholderKeys, renderMessage } from './placeholders'
import type { MappingRow } from './rowValues'
import { variableValues } from './rowValues'

/** Integra's `voicemail_tts_message` limit. */
export const INTEGRA_TTS_MAX_LENGTH = 500

export const emptyVariableRowsSchema = z.object({
  key: z.string(),
  /** Spreadsheet row numbers where the value sent is '' (empty cell with no default, or omitted). */
  rows: z.array(z.number())
})
export type EmptyVariableRows = z.infer<typeof emptyVariableRowsSchema>

export const templateWarningsSchema = z.object({
  /** Placeholders naming no mapped variable (distinct, in order of use). */
  unknownPlaceholders: z.array(z.string()),
  /** Mapped variables the text never uses; always [] for Integra, whose prompt uses them. */
  unusedVariables: z.array(z.string()),
  /** For each used variable that is empty somewhere: the rows. */
  emptyVariables: z.array(emptyVariableRowsSchema),
  /** Rows whose rendered message is blank. */
  emptyMessageRows: z.array(z.number()),
  /** Set when the text is over `maxLength` (e.g. the Integra voicemail TTS message). */
  tooLong: z.object({ length: z.number(), max: z.number() }).nullable()
})
export type TemplateWarnings = z.infer<typeof templateWarningsSchema>

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

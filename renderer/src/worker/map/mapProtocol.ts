import { z } from 'zod'
import {
  columnTypeSchema,
  templateWarningsSchema,
  variableValueSchema
} from '../../../../shared/mapping'

/** The Mapear step's worker types (mapContract.ts). */

/** One column of the table as the Mapear step shows it. */
export const MapColumn = z.object({
  index: z.number(),
  header: z.string(),
  /** Up to three non-empty cells, in row order. */
  samples: z.array(z.string()),
  type: columnTypeSchema
})
export type MapColumn = z.infer<typeof MapColumn>

/** Which launchable row to preview: by position among them, or by the spreadsheet's row number. */
export const PreviewTarget = z.union([
  z.object({ position: z.number() }),
  z.object({ row: z.number() })
])
export type PreviewTarget = z.infer<typeof PreviewTarget>

export const MapPreview = z.object({
  /** Rows a launch would send; 0 before the list is cleaned. */
  launchable: z.number(),
  /** False while the Limpar step has not cleaned this table yet. */
  cleaned: z.boolean(),
  /** Set when a row number was asked for and it will not be launched (or is not in the file). */
  missing: z
    .object({ row: z.number(), reason: z.enum(['not_in_file', 'not_launchable']) })
    .nullable(),
  /** The row shown (null when there is none). */
  shown: z
    .object({
      position: z.number(),
      row: z.number(),
      phone: z.string(),
      name: z.string(),
      /** The rendered text (Kinbox message or Integra voicemail); '' when there is no text. */
      text: z.string(),
      values: z.array(variableValueSchema)
    })
    .nullable()
})
export type MapPreview = z.infer<typeof MapPreview>

/** Rows lists travel capped; `count` keeps the full number. */
export const RowList = z.object({ count: z.number(), rows: z.array(z.number()) })
export type RowList = z.infer<typeof RowList>

const KeyedRows = RowList.extend({ key: z.string() })

export const MapCheck = z.object({
  launchable: z.number(),
  cleaned: z.boolean(),
  /** null when there is no text to check (Integra without a voicemail message). */
  text: templateWarningsSchema.omit({ emptyVariables: true, emptyMessageRows: true }).nullable(),
  emptyMessageRows: RowList,
  /** Variables the text (Kinbox) or the agent (Integra: all of them) uses, empty on some rows. */
  emptyVariables: z.array(KeyedRows),
  /** Integra: values over its 1,000-character limit. */
  tooLongValues: z.array(KeyedRows),
  /** Date/money transforms that could not read the cell (the text is sent as written). */
  transformFailed: z.array(KeyedRows),
  /**
   * Rows left out by "não enviar a linha": a used `skipRow` variable is empty, by the first
   * such variable (one key per row). Not counted in `launchable` nor in the other checks.
   */
  skippedRows: z.array(KeyedRows)
})
export type MapCheck = z.infer<typeof MapCheck>

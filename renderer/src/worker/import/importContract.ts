import { z } from 'zod'
import { CleanStart } from '../clean/cleanProtocol'
import {
  ColumnChange,
  ColumnRequest,
  GridRowData,
  ImportSettings,
  PageRequest,
  RawRow,
  TableSummary,
  ViewQuery
} from '../protocol'
import { defineWorkerContract } from '../rpc/contract'

/** The Importar step's worker calls (importCalls.ts, columnCalls.ts). */
export const importContract = defineWorkerContract({
  /** Reads a file: one synchronous parse, so Cancelar terminates the worker. */
  import: {
    request: z.object({
      bytes: z.instanceof(ArrayBuffer),
      fileName: z.string(),
      settings: ImportSettings,
      /** Cleaning's settings: the new table is cleaned once, with them (cleanStart.ts). */
      clean: CleanStart.optional()
    }),
    response: TableSummary,
    cancel: 'terminate'
  },
  /** Another sheet or header row: the same bytes read again. */
  reimport: {
    request: z.object({ settings: ImportSettings }),
    response: TableSummary,
    cancel: 'terminate'
  },
  /**
   * Other phone/DDD/name columns, laid out on the rows already read (no re-read); Limpar's
   * edits, exclusions and confirmations are kept. Roles left out keep their current choice.
   */
  changeColumns: {
    request: z.object({ columns: ColumnRequest, force: z.boolean().optional() }),
    response: ColumnChange
  },
  view: {
    request: z.object({ query: ViewQuery }),
    response: z.object({ rowCount: z.number() })
  },
  page: { request: PageRequest, response: z.object({ rows: z.array(GridRowData) }) },
  rawRows: {
    request: z.object({ count: z.int().nonnegative() }),
    response: z.object({ rows: z.array(RawRow) })
  }
})

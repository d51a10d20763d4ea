import { z } from 'zod'
import {
  CleanCells,
  CleanExportFile,
  CleanGridRow,
  CleanQuery,
  CleanRowDetail,
  CleanSettings,
  CleanSnapshot,
  ParsedBlockList
} from './cleanProtocol'
import { PageRequest } from '../protocol'
import { defineWorkerContract, NoRequest } from '../rpc/contract'

/** A call that changes the list and answers with the screen's new state. */
const change = <S extends z.ZodType>(request: S) => ({ request, response: CleanSnapshot })

/** The Limpar step's worker calls (cleanCalls.ts; owned by features/clean). */
export const cleanContract = defineWorkerContract({
  cleanConfigure: change(
    z.object({
      settings: CleanSettings.partial().optional(),
      /** E.164 numbers of the Lista de bloqueio (replaces the one in the worker). */
      blockList: z.array(z.string()).optional()
    })
  ),
  cleanSnapshot: change(NoRequest),
  cleanView: change(z.object({ query: CleanQuery })),
  cleanPage: { request: PageRequest, response: z.object({ rows: z.array(CleanGridRow) }) },
  cleanRow: {
    request: z.object({ index: z.int().nonnegative() }),
    response: CleanRowDetail.nullable()
  },
  cleanEdit: change(z.object({ index: z.int().nonnegative(), cells: CleanCells.partial() })),
  cleanExclude: change(
    z.object({
      target: z.union([z.object({ indices: z.array(z.int()) }), z.literal('view')]),
      excluded: z.boolean()
    })
  ),
  cleanExcludeInvalid: change(NoRequest),
  cleanConfirm: change(z.object({ index: z.int().nonnegative() })),
  cleanNationwide: change(z.object({ confirmed: z.boolean() })),
  cleanDefaultDdd: change(z.object({ ddd: z.string().nullable() })),
  cleanKeep: change(z.object({ keep: z.enum(['first', 'last']) })),
  cleanUndo: change(NoRequest),
  cleanRedo: change(NoRequest),
  cleanExport: {
    request: z.object({ format: z.enum(['xlsx', 'csv']), rows: z.enum(['all', 'launchable']) }),
    response: CleanExportFile
  },
  cleanParseBlockList: {
    request: z.object({
      text: z.string().optional(),
      file: z.object({ name: z.string(), data: z.instanceof(ArrayBuffer) }).optional()
    }),
    response: ParsedBlockList
  }
})

import { z } from 'zod'
import { DraftLimpar } from '../../../../shared/ipc/drafts'
import { FileBytes } from '../../../../shared/ipc/schemas'
import { DraftSourceInfo } from './draftProtocol'
import { defineWorkerContract, NoRequest } from '../rpc/contract'

/** The drafts' worker calls (draftCalls.ts): read and put back Limpar's work. */
export const draftContract = defineWorkerContract({
  draftSourceInfo: { request: NoRequest, response: DraftSourceInfo.nullable() },
  /** A copy of the imported bytes (only when main has no copy of its own). */
  draftSourceBytes: {
    request: NoRequest,
    response: z.object({ bytes: FileBytes }).nullable()
  },
  draftLimpar: { request: NoRequest, response: DraftLimpar.nullable() },
  /** Puts a draft's Limpar choices on the list just read (not steps of the undo history). */
  draftApplyLimpar: {
    request: z.object({ limpar: DraftLimpar }),
    response: z.object({ applied: z.boolean() })
  }
})

import { cleanContract } from './clean/cleanContract'
import { draftContract } from './drafts/draftContract'
import { importContract } from './import/importContract'
import { launchContract } from './launch/launchContract'
import { mapContract } from './map/mapContract'
import { TableLaidOut } from './protocol'
import type { CallName, WorkerEvent, WorkerRequest, WorkerResponse } from './rpc/contract'
import { defineWorkerContract } from './rpc/contract'

/**
 * Every call the lead worker answers, each feature's from its own contract module, and what it
 * says unasked. leadWorker.ts serves it; leadWorkerHost.ts calls it.
 */
export const leadContract = defineWorkerContract(
  {
    ...importContract.calls,
    ...cleanContract.calls,
    ...mapContract.calls,
    ...launchContract.calls,
    ...draftContract.calls
  },
  { tableLaidOut: TableLaidOut }
)

export type LeadContract = typeof leadContract
export type LeadCallName = CallName<LeadContract>
export type LeadRequest<K extends LeadCallName> = WorkerRequest<LeadContract, K>
export type LeadResponse<K extends LeadCallName> = WorkerResponse<LeadContract, K>
export type LeadEvent = WorkerEvent<LeadContract>

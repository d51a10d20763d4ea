/// <reference lib="webworker" />
import { cleanCalls } from './clean/cleanCalls'
import { columnCalls } from './import/columnCalls'
import { draftCalls } from './drafts/draftCalls'
import { importCalls } from './import/importCalls'
import { launchCalls } from './launch/launchCalls'
import { leadContract } from './leadContract'
import { mapCalls } from './map/mapCalls'
import { serveWorker } from './rpc/server'
import { workerEvents } from './state'

/**
 * Runs the shared pipeline off the main thread and keeps the rows here; the UI asks for the
 * pages it shows. Each feature's calls come from its own module; a call the contract names and
 * no module answers (or the other way round) does not compile.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope

const server = serveWorker(scope, leadContract, {
  ...importCalls,
  ...columnCalls,
  ...cleanCalls,
  ...mapCalls,
  ...launchCalls,
  ...draftCalls
})
workerEvents.emit = server.emit

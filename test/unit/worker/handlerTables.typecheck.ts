/**
 * Compile-time checks, run by `npm run typecheck` (tsconfig.test.json), never executed: a
 * handler table must name exactly its contract's calls, with the contract's types. Each
 * `@ts-expect-error` fails the typecheck if the line below it ever compiles.
 */
import { cleanCalls } from '../../../renderer/src/worker/clean/cleanCalls'
import { columnCalls } from '../../../renderer/src/worker/import/columnCalls'
import { draftCalls } from '../../../renderer/src/worker/drafts/draftCalls'
import { importCalls } from '../../../renderer/src/worker/import/importCalls'
import { launchCalls } from '../../../renderer/src/worker/launch/launchCalls'
import { leadContract } from '../../../renderer/src/worker/leadContract'
import { mapCalls } from '../../../renderer/src/worker/map/mapCalls'
import { WorkerRpcClient } from '../../../renderer/src/worker/rpc/client'
import type { WorkerHandlers } from '../../../renderer/src/worker/rpc/contract'
import type { RpcPort } from '../../../renderer/src/worker/rpc/messages'
import { serveWorker } from '../../../renderer/src/worker/rpc/server'
import { timingCalls } from '../../../renderer/src/worker/timing/timingCalls'
import { timingContract } from '../../../renderer/src/worker/timing/timingContract'

const lead = {
  ...importCalls,
  ...columnCalls,
  ...cleanCalls,
  ...mapCalls,
  ...launchCalls,
  ...draftCalls
}

export function leadTables(port: RpcPort): void {
  // The table leadWorker.ts serves compiles as is.
  serveWorker(port, leadContract, lead)

  const { cleanUndo: _undo, ...withoutUndo } = lead
  // @ts-expect-error a call of the contract with no handler
  serveWorker(port, leadContract, withoutUndo)

  const withExtra = { ...lead, cleanTwice: () => null }
  // @ts-expect-error a handler for a call the contract does not name
  serveWorker(port, leadContract, withExtra)

  // @ts-expect-error a feature module left out of the table
  serveWorker(port, leadContract, { ...importCalls, ...cleanCalls, ...mapCalls, ...launchCalls })
}

export function timingTables(port: RpcPort): void {
  serveWorker(port, timingContract, timingCalls)

  // @ts-expect-error `view` has no handler
  const missing: WorkerHandlers<typeof timingContract> = { plan: timingCalls.plan }
  void missing

  const wrongAnswer = { ...timingCalls, view: () => ({ ok: true }) }
  // @ts-expect-error a handler's answer must fit its response schema
  serveWorker(port, timingContract, wrongAnswer)
}

export function clientCalls(port: RpcPort): void {
  const client = new WorkerRpcClient(port, timingContract)
  // @ts-expect-error no call of that name
  void client.call('planAll', {})
  // @ts-expect-error a request missing its fields
  void client.call('view', { planSeq: 1 })
  // The answer is typed from the response schema.
  void client
    .call('view', { planSeq: 1, fromMs: 0, toMs: 1, maxChunks: 1, bins: 1 })
    .then((answer) => (answer.ok ? answer.view.range.from : answer.stale))
}

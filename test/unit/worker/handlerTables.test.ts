/**
 * Each worker answers exactly the calls its contract names: the lead worker's table is made of
 * each feature's handler module (as leadWorker.ts serves it), the timing worker's of one.
 * The compile-time side of this is handlerTables.typecheck.ts.
 */
import { describe, expect, it } from 'vitest'
import { cleanCalls } from '../../../renderer/src/worker/clean/cleanCalls'
import { cleanContract } from '../../../renderer/src/worker/clean/cleanContract'
import { columnCalls } from '../../../renderer/src/worker/import/columnCalls'
import { draftCalls } from '../../../renderer/src/worker/drafts/draftCalls'
import { draftContract } from '../../../renderer/src/worker/drafts/draftContract'
import { importCalls } from '../../../renderer/src/worker/import/importCalls'
import { importContract } from '../../../renderer/src/worker/import/importContract'
import { launchCalls } from '../../../renderer/src/worker/launch/launchCalls'
import { launchContract } from '../../../renderer/src/worker/launch/launchContract'
import { leadContract } from '../../../renderer/src/worker/leadContract'
import { mapCalls } from '../../../renderer/src/worker/map/mapCalls'
import { mapContract } from '../../../renderer/src/worker/map/mapContract'
import { timingCalls } from '../../../renderer/src/worker/timing/timingCalls'
import { timingContract } from '../../../renderer/src/worker/timing/timingContract'

const names = (table: object): string[] => Object.keys(table).sort()

describe('worker handler tables', () => {
  it('the lead worker: one handler per call of its contract, no more', () => {
    const handlers = [importCalls, columnCalls, cleanCalls, mapCalls, launchCalls, draftCalls]
    const merged = Object.assign({}, ...handlers) as object
    expect(names(merged)).toEqual(names(leadContract.calls))
    // No module answers a call another one answers too (a spread would hide it).
    expect(handlers.flatMap(names)).toHaveLength(names(merged).length)
  })

  it('the lead contract is the features’ contracts, no name claimed twice', () => {
    const features = [importContract, cleanContract, mapContract, launchContract, draftContract]
    const all = features.flatMap((contract) => names(contract.calls))
    expect(all.sort()).toEqual(names(leadContract.calls))
    expect(names(leadContract.events)).toEqual(['tableLaidOut'])
  })

  it('the timing worker: plan and view', () => {
    expect(names(timingCalls)).toEqual(names(timingContract.calls))
    expect(names(timingContract.calls)).toEqual(['plan', 'view'])
  })

  it('only the synchronous reads are canceled by terminating the worker', () => {
    const terminating = Object.entries(leadContract.calls)
      .filter(([, spec]) => 'cancel' in spec && spec.cancel === 'terminate')
      .map(([name]) => name)
    expect(terminating.sort()).toEqual(['import', 'reimport'])
  })
})

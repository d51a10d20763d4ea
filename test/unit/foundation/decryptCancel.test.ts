import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { storeFolder, type StoreFolder } from '../stores/storeFolder'
import { PASSWORD, withSpinCount } from './hostileWorkbook'

/** Every decrypt worker terminated during a test, with the exit code terminate() resolved to. */
function watchTerminations(): Promise<number>[] {
  const exits: Promise<number>[] = []
  const original = Worker.prototype.terminate
  vi.spyOn(Worker.prototype, 'terminate').mockImplementation(function (this: Worker) {
    const exit = original.call(this)
    exits.push(exit)
    return exit
  })
  return exits
}

/** Resolves once the next decrypt worker is running (its thread is online). */
function nextWorkerOnline(): Promise<void> {
  return new Promise((resolve) => {
    const original = Worker.prototype.once
    // decryptInWorker listens for the answer right after creating the worker, before its
    // thread can come online, so 'online' is never missed.
    const spy = vi.spyOn(Worker.prototype, 'once').mockImplementation(function (
      this: Worker,
      ...args: Parameters<Worker['once']>
    ) {
      if (args[0] === 'message') {
        spy.mockRestore()
        original.call(this, 'online', () => resolve())
      }
      return original.apply(this, args)
    })
  })
}

let folder: StoreFolder | null = null
afterEach(async () => {
  vi.restoreAllMocks()
  await folder?.remove()
  folder = null
})

describe('files:decrypt-cancel, through the handler table', () => {
  it('terminates the running decrypt worker; the decrypt call ends with canceled', async () => {
    folder = await storeFolder()
    const f = folder
    const exits = watchTerminations()
    // An allowed but costly spinCount: about a minute of hashing if nobody stops it.
    const online = nextWorkerOnline()
    const decrypting = f.call('files:decrypt-workbook', {
      bytes: withSpinCount(9_999_999),
      password: PASSWORD
    })
    // The user clicks Cancelar while the worker runs.
    await online
    expect(await f.call('files:decrypt-cancel', {})).toEqual({ ok: true, data: { canceled: true } })

    expect(await decrypting).toEqual({
      ok: false,
      error: { code: 'canceled', detail: 'canceled' }
    })
    expect(exits).toHaveLength(1)
    // terminate() resolves once the thread has really stopped (exit code 1: terminated).
    expect(await exits[0]).toBe(1)

    // Nothing running any more: a second Cancelar has nothing to stop.
    expect(await f.call('files:decrypt-cancel', {})).toEqual({
      ok: true,
      data: { canceled: false }
    })
  })

  it('files:decrypt-cancel takes no arguments (the contract parses it)', async () => {
    folder = await storeFolder()
    const refused = await folder.call('files:decrypt-cancel', { all: true })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
  })

  it('a hostile spinCount answers encryption_too_costly with the spinCount and the limit', async () => {
    folder = await storeFolder()
    const answer = await folder.call('files:decrypt-workbook', {
      bytes: withSpinCount(999_999_999),
      password: PASSWORD
    })
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'encryption_too_costly',
        detail: 'encryption_too_costly',
        params: { spinCount: 999_999_999, limit: 10_000_000 }
      }
    })
  })
})

/**
 * The worker RPC (renderer/src/worker/rpc): server and client in one process over a real
 * MessageChannel. Requests and answers are checked against the contract's schemas, progress is
 * throttled, a cancel rejects at once and the worker drops the canceled answer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ImportError } from '../../../shared/import'
import { connect, deferred, handlers, type Harness } from './rpcHarness'

let harness: Harness | null = null
const open = (table: Parameters<typeof connect>[0]): Harness => (harness = connect(table))
afterEach(() => harness?.close())

const aborted = (signal: AbortSignal): Promise<void> =>
  signal.aborted
    ? Promise.resolve()
    : new Promise((resolve) => signal.addEventListener('abort', () => resolve()))

describe('the worker RPC', () => {
  it('a call goes out typed and comes back as its response schema parsed it', async () => {
    const { client } = open(() => handlers())
    // `times` has a default: the handler gets the parsed request.
    await expect(client.call('echo', { text: 'ab' })).resolves.toEqual({ text: 'ab' })
    await expect(client.call('echo', { text: 'ab', times: 3 })).resolves.toEqual({
      text: 'ababab'
    })
  })

  it('refuses a request that breaks its schema, naming the fields; the handler never runs', async () => {
    const echo = vi.fn(() => ({ text: '' }))
    const { client } = open(() => handlers({ echo }))
    // @ts-expect-error the page sends a number where the contract wants text
    const refused = client.call('echo', { text: 3, times: 0 })
    await expect(refused).rejects.toMatchObject({
      failure: { code: 'invalid_request', params: { call: 'echo', fields: 'text, times' } }
    })
    expect(echo).not.toHaveBeenCalled()
  })

  it('an answer that breaks its response schema is an internal_error, and nothing of it leaks', async () => {
    const leaky = { text: 42, token: 's3cret' }
    // @ts-expect-error the handler answers what its response schema refuses (the test's point)
    const { client, posted } = open(() => handlers({ echo: () => leaky }))
    const failed = client.call('echo', { text: 'x' })
    await expect(failed).rejects.toMatchObject({ failure: { code: 'internal_error' } })
    expect(JSON.stringify(posted)).not.toContain('s3cret')
    expect(JSON.stringify(posted)).not.toContain('42')
  })

  it('an answer with fields its schema does not name goes out without them', async () => {
    const { client } = open(() => handlers({ echo: () => ({ text: 'ok', token: 's3cret' }) }))
    await expect(client.call('echo', { text: 'x' })).resolves.toEqual({ text: 'ok' })
  })

  it('progress reaches onProgress, at most once per percent, ending at 1', async () => {
    const { client } = open(() => handlers())
    const fractions: number[] = []
    await client.call('count', { steps: 10_000 }, { onProgress: (f) => fractions.push(f) })
    expect(fractions.length).toBeGreaterThan(10)
    expect(fractions.length).toBeLessThanOrEqual(101)
    expect(fractions.at(-1)).toBe(1)
    // A percent apart at least, but for the final 1, always sent.
    const steps = fractions.slice(1, -1).map((f, i) => f - (fractions[i] ?? 0))
    for (const step of steps) expect(step).toBeGreaterThanOrEqual(0.01)
  })

  it('an abort rejects at once with canceled; the handler hears it and its late answer is dropped', async () => {
    const started = deferred<AbortSignal>()
    const late = deferred<{ value: string }>()
    const { client, posted } = open(() =>
      handlers({
        slow: (_request, { signal }) => {
          started.resolve(signal)
          return late.promise
        }
      })
    )
    const controller = new AbortController()
    const call = client.call('slow', {}, { signal: controller.signal })
    const signal = await started.promise
    controller.abort()
    // Rejected while the handler has not answered yet.
    await expect(call).rejects.toMatchObject({ failure: { code: 'canceled' } })
    await aborted(signal)
    late.resolve({ value: 'too late' })
    await client.idle()
    expect(posted.filter((m) => m.type === 'result')).toEqual([])
    expect(posted.at(-1)).toMatchObject({ type: 'error', failure: { code: 'canceled' } })
    // The worker is free again and answers the next call.
    await expect(client.call('echo', { text: 'next' })).resolves.toEqual({ text: 'next' })
  })

  it('canceling a call declared `terminate` terminates the worker and fails every call', async () => {
    const started = deferred<void>()
    const { client, terminations } = open(() =>
      handlers({
        slow: () => {
          started.resolve()
          return new Promise<never>(() => undefined)
        }
      })
    )
    const other = client.call('slow', {})
    await started.promise
    const controller = new AbortController()
    const reading = client.call(
      'size',
      { bytes: new ArrayBuffer(8) },
      { signal: controller.signal }
    )
    controller.abort()
    await expect(reading).rejects.toMatchObject({ failure: { code: 'canceled' } })
    await expect(other).rejects.toMatchObject({ failure: { code: 'canceled' } })
    expect(terminations()).toBe(1)
    await expect(client.call('echo', { text: 'x' })).rejects.toMatchObject({
      failure: { code: 'canceled' }
    })
  })

  it('an error thrown in a handler arrives as a WorkerFailure with its import error code', async () => {
    const fail = (): never => {
      throw new ImportError('header_row_not_found', { row: 7 })
    }
    const { client } = open(() => handlers({ fail }))
    await expect(client.call('fail', {})).rejects.toMatchObject({
      name: 'WorkerError',
      failure: {
        code: 'header_row_not_found',
        params: { row: 7 },
        message: new ImportError('header_row_not_found', { row: 7 }).message
      }
    })
  })

  it('anything else thrown is an internal_error with its message', async () => {
    const { client } = open(() =>
      handlers({
        fail: () => Promise.reject(new Error('no cleaned list'))
      })
    )
    await expect(client.call('fail', {})).rejects.toMatchObject({
      failure: { code: 'internal_error', params: {}, message: 'no cleaned list' }
    })
  })

  it('moves the request’s buffers to the worker instead of copying them', async () => {
    const { client } = open(() => handlers())
    const bytes = new ArrayBuffer(1024)
    const sizing = client.call('size', { bytes })
    expect(bytes.byteLength).toBe(0) // detached: it now belongs to the worker
    await expect(sizing).resolves.toEqual({ size: 1024 })
  })

  it('events reach onEvent, parsed by their schema', async () => {
    const { client, events } = open((server) => handlers({}, server))
    await client.call('announce', { note: 'laid out' })
    expect(events).toEqual([{ name: 'noted', data: { note: 'laid out' } }])
  })

  it('an event that breaks its schema fails the call that sent it', async () => {
    const { client, events } = open((server) =>
      handlers({
        announce: () => {
          // @ts-expect-error the event's note must be text (the test's point)
          server().emit('noted', { note: 1 })
          return {}
        }
      })
    )
    await expect(client.call('announce', { note: 'x' })).rejects.toMatchObject({
      failure: { code: 'internal_error' }
    })
    expect(events).toEqual([])
  })

  it('terminate() rejects every pending call', async () => {
    const { client } = open(() => handlers({ slow: () => new Promise<never>(() => undefined) }))
    const pending = [client.call('slow', {}), client.call('slow', {})]
    client.terminate()
    for (const call of pending)
      await expect(call).rejects.toMatchObject({ failure: { code: 'canceled' } })
    await client.idle()
  })
})

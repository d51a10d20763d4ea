import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { importErrorMessage } from '../../../shared/import/errors'
import type { IpcFailure } from '../../../shared/ipc/result'
import { WorkerError } from '../../../renderer/src/worker/rpc/failure'

// The lead worker is a browser Worker: here a stand-in asks for the password, as a protected
// workbook makes the real one do.
vi.mock('../../../renderer/src/worker/leadWorkerHost', () => ({
  startIncoming: () => ({
    call: () =>
      Promise.reject(
        new WorkerError({ code: 'password_required', params: {}, message: 'password_required' })
      )
  }),
  promoteIncoming: () => undefined,
  cancelIncoming: () => undefined,
  currentWorker: () => null,
  onWorkerEvent: () => () => undefined
}))

const { useImport } = await import('../../../renderer/src/features/import/importStore')
const { decryptFailure } = await import('../../../renderer/src/features/import/decryptFailure')
const { ApiError } = await import('../../../renderer/src/api/client')

/** What main answers files:decrypt-workbook with; files:decrypt-cancel is recorded. */
let decryptAnswer: () => Promise<unknown>
let cancels = 0
beforeEach(() => {
  cancels = 0
  vi.stubGlobal('window', {
    leadprep: {
      decryptWorkbook: () => decryptAnswer(),
      cancelDecrypt: async () => {
        cancels++
        return { ok: true, data: { canceled: true } }
      }
    }
  })
})
afterEach(() => vi.unstubAllGlobals())

const fail = (error: IpcFailure) => async () => ({ ok: false, error })
const clean = { settings: { country: 'BR', provider: 'kinbox' } } as const

async function promptThenSubmit(): Promise<void> {
  await useImport.getState().importBytes('protegida.xlsx', new Uint8Array([1, 2, 3]), {}, clean)
  expect(useImport.getState().phase).toBe('password')
  await useImport.getState().submitPassword('senha')
}

describe('a protected workbook that main refuses: the user reads why', () => {
  it('a hostile spinCount shows its own pt-BR text with the file’s spinCount and the limit', async () => {
    decryptAnswer = fail({
      code: 'encryption_too_costly',
      params: { spinCount: 999_999_999, limit: 10_000_000 }
    })
    await promptThenSubmit()
    const { error, phase } = useImport.getState()
    expect(phase).toBe('idle')
    expect(error).toMatchObject({
      code: 'encryption_too_costly',
      params: { spinCount: 999_999_999, limit: 10_000_000 }
    })
    expect(importErrorMessage(error!.code as 'encryption_too_costly', error!.params, 'pt-BR')).toBe(
      'A senha desta planilha foi protegida com 999999999 rodadas de cálculo, acima do limite de 10000000: abrir travaria o computador. Abra-a no Excel, salve uma cópia sem senha e importe essa cópia.'
    )
  })

  it('a timeout shows its own text with the seconds main waited', async () => {
    decryptAnswer = fail({ code: 'decrypt_timeout', params: { seconds: 120 } })
    await promptThenSubmit()
    const { error } = useImport.getState()
    expect(error).toMatchObject({ code: 'decrypt_timeout', params: { seconds: 120 } })
    expect(importErrorMessage('decrypt_timeout', error!.params, 'pt-BR')).toMatch(
      /^Abrir esta planilha protegida por senha levou mais de 120 segundos e foi interrompido\./
    )
    expect(importErrorMessage('decrypt_timeout', error!.params, 'en')).toMatch(/120 seconds/)
  })

  it('Cancelar asks main to stop the decrypt, and the prompt ends with the canceled text', async () => {
    let answer: (value: unknown) => void = () => undefined
    decryptAnswer = () => new Promise((resolve) => (answer = resolve))
    await useImport.getState().importBytes('protegida.xlsx', new Uint8Array([1]), {}, clean)
    const submitting = useImport.getState().submitPassword('senha')
    expect(useImport.getState().decrypting).toBe(true)
    await useImport.getState().cancelDecrypt()
    expect(cancels).toBe(1)
    // Main terminates the worker; the decrypt call then answers `canceled`.
    answer({ ok: false, error: { code: 'canceled', detail: 'canceled' } })
    await submitting
    const { error, decrypting, phase } = useImport.getState()
    expect({ decrypting, phase, code: error?.code }).toEqual({
      decrypting: false,
      phase: 'idle',
      code: 'canceled'
    })
    expect(importErrorMessage('canceled', {}, 'pt-BR')).toBe('Importação cancelada.')
  })

  it('a wrong password keeps the prompt open; only the unexpected is internal_error', async () => {
    decryptAnswer = fail({ code: 'wrong_password' })
    await promptThenSubmit()
    expect(useImport.getState()).toMatchObject({ phase: 'password', passwordError: true })
    expect(decryptFailure(new ApiError('damaged_file')).code).toBe('damaged_file')
    expect(decryptFailure(new ApiError('invalid_request', 'bytes: too big')).code).toBe(
      'internal_error'
    )
    expect(decryptFailure(new Error('boom')).code).toBe('internal_error')
  })
})

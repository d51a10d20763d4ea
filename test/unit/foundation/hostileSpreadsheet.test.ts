import { describe, expect, it } from 'vitest'
import { ImportError } from '../../../shared/import/errors'
import { decryptOoxml } from '../../../shared/import/workbook/decryptOoxml'
import { isZip } from '../../../shared/import/workbook/encryption'
import { readSpinCount } from '../../../shared/import/workbook/spinCount'
import {
  decryptInWorker,
  DecryptStoppedError
} from '../../../electron/main/workers/decryptInWorker'
import { fileHandlers } from '../../../electron/main/ipc/handlers/files'
import { createWorkbookDecrypter } from '../../../electron/main/workers/decryptForPage'
import type { RecentFilesStore } from '../../../electron/main/files/recentFiles'
import { PASSWORD, PROTECTED, withSpinCount } from './hostileWorkbook'

const noRecent: RecentFilesStore = {
  list: async () => [],
  remember: async () => [],
  fileOf: async () => null
}

/** Resolves once the main event loop has run `count` timer callbacks: it is not blocked. */
function loopTicks(count: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0
    const timer = setInterval(() => {
      if (++seen >= count) {
        clearInterval(timer)
        resolve()
      }
    }, 1)
  })
}

describe('a password-protected workbook with a hostile spinCount', () => {
  it('a spinCount over 10,000,000 is refused before any hashing, with a pt-BR message', async () => {
    const hostile = withSpinCount(999_999_999_999)
    expect(readSpinCount(hostile)).toBe(999_999_999_999)
    const refusal = decryptOoxml(hostile, PASSWORD)
    await expect(refusal).rejects.toBeInstanceOf(ImportError)
    await expect(refusal).rejects.toMatchObject({
      code: 'encryption_too_costly',
      message: expect.stringMatching(/acima do limite de 10000000.*sem senha/)
    })
  })

  it('the IPC answer for it is encryption_too_costly', async () => {
    const handlers = fileHandlers({ chooseLeadFile: async () => null }, noRecent)
    const answer = handlers['files:decrypt-workbook']({
      bytes: withSpinCount(10_000_001),
      password: PASSWORD
    })
    await expect(answer).rejects.toMatchObject({ code: 'encryption_too_costly' })
  })

  it(
    'decrypts in a worker: the real file opens, a wrong password says so',
    { timeout: 120_000 },
    async () => {
      expect(isZip(await decryptInWorker(PROTECTED, PASSWORD))).toBe(true)
      await expect(decryptInWorker(PROTECTED, 'errada')).rejects.toMatchObject({
        code: 'wrong_password'
      })
    }
  )

  it('while a costly (allowed) spinCount runs, main keeps running, and cancel stops it', async () => {
    const costly = withSpinCount(9_999_999)
    const controller = new AbortController()
    const decrypting = decryptInWorker(costly, PASSWORD, { signal: controller.signal })
    const outcome = decrypting.then(
      () => 'finished',
      (error: unknown) => error
    )
    // Decrypting on the main thread would hold every timer until it ended (about a minute).
    await loopTicks(20)
    controller.abort()
    const error = await outcome
    expect(error).toBeInstanceOf(DecryptStoppedError)
    expect(error).toMatchObject({ reason: 'canceled' })
  })

  it('a decrypt that outlives its timeout answers decrypt_timeout; a newer one cancels it', async () => {
    const decrypt = createWorkbookDecrypter({ timeoutMs: 1 })
    await expect(decrypt(withSpinCount(9_999_999), PASSWORD)).rejects.toMatchObject({
      code: 'decrypt_timeout'
    })
    const patient = createWorkbookDecrypter()
    const first = patient(withSpinCount(9_999_999), PASSWORD)
    const second = patient(withSpinCount(10_000_001), PASSWORD)
    await expect(first).rejects.toMatchObject({ code: 'canceled' })
    await expect(second).rejects.toMatchObject({ code: 'encryption_too_costly' })
  })
})

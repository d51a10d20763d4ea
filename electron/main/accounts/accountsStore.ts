import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import {
  INTEGRA_CONFIG_DEFAULTS,
  IntegraAccount,
  KINBOX_ACCOUNT_DEFAULTS,
  KinboxAccount,
  type AccountsPatch
} from '../../../shared/ipc/accounts'
import { writeFileAtomic } from '../platform/atomicWrite'
import { log } from '../log'

/**
 * The accounts' non-secret settings (Configurações → Contas) as `accounts.json` in the
 * user-data folder. Tokens and the S3 key pair live in the keychain, never here. Writes are
 * atomic and one at a time; a file that cannot be read is set aside (renamed, kept for
 * support) rather than emptied, and the defaults apply.
 */

export const ACCOUNTS_FILE = 'accounts.json'

export const StoredAccounts = z
  .object({
    version: z.literal(1),
    integra: IntegraAccount,
    kinbox: KinboxAccount.extend({
      /** Where "hospedo eu mesmo" writes the leads file: main's save dialog chose it. */
      selfSaveTo: z.string().min(1).max(4096).nullable()
    })
  })
  .strict()
export type StoredAccounts = z.infer<typeof StoredAccounts>

export function defaultAccounts(): StoredAccounts {
  return {
    version: 1,
    integra: {
      project_id: '',
      agent_id: '',
      phone_number_id: '',
      config: { ...INTEGRA_CONFIG_DEFAULTS }
    },
    kinbox: { ...structuredClone(KINBOX_ACCOUNT_DEFAULTS), selfSaveTo: null }
  }
}

export interface AccountsStore {
  read(): Promise<StoredAccounts>
  /** Replaces the cards given (each whole); the save path is main's and is kept. */
  update(patch: AccountsPatch): Promise<StoredAccounts>
  setSelfSaveTo(path: string): Promise<StoredAccounts>
}

export function createAccountsStore(userDataDir: string): AccountsStore {
  const path = join(userDataDir, ACCOUNTS_FILE)
  // One change at a time: two quick saves must not both start from the same old file.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work)
    queue = next.catch(() => undefined)
    return next
  }

  async function setAside(reason: string): Promise<void> {
    const aside = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`
    log.warn(`[accounts] ${ACCOUNTS_FILE} is unreadable (${reason}); set aside as ${aside}`)
    await rename(path, aside).catch((error: unknown) => log.warn('[accounts] set aside:', error))
  }

  async function read(): Promise<StoredAccounts> {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch {
      return defaultAccounts()
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      await setAside('not JSON')
      return defaultAccounts()
    }
    const parsed = StoredAccounts.safeParse(json)
    if (parsed.success) return parsed.data
    await setAside(z.prettifyError(parsed.error).slice(0, 300))
    return defaultAccounts()
  }

  async function change(apply: (current: StoredAccounts) => StoredAccounts) {
    return serial(async () => {
      const next = StoredAccounts.parse(apply(await read()))
      await writeFileAtomic(path, `${JSON.stringify(next, null, 2)}\n`)
      return next
    })
  }

  return {
    read: () => serial(read),
    update: (patch) =>
      change((current) => ({
        ...current,
        ...(patch.integra && { integra: patch.integra }),
        ...(patch.kinbox && { kinbox: { ...patch.kinbox, selfSaveTo: current.kinbox.selfSaveTo } })
      })),
    setSelfSaveTo: (saveTo) =>
      change((current) => ({ ...current, kinbox: { ...current.kinbox, selfSaveTo: saveTo } }))
  }
}

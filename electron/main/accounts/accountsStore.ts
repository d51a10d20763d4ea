import { join } from 'node:path'
import { z } from 'zod'
import {
  INTEGRA_CONFIG_DEFAULTS,
  IntegraAccount,
  KINBOX_ACCOUNT_DEFAULTS,
  KinboxAccount,
  type AccountsPatch
} from '../../../shared/ipc/accounts'
import { jsonFile, type JsonStore } from '../store/jsonFile'
import { salvageObject } from '../store/salvage'

/**
 * The accounts' non-secret settings (Configurações → Contas) as `accounts.json` in the
 * user-data folder. Tokens and the S3 key pair live in the keychain, never here. It is a store
 * like the others (store/jsonFile): versioned, written atomically through one queue per file,
 * leftover `.tmp` files removed; a damaged file keeps every valid field (a bad one falls back
 * to its default alone), the original is copied aside as `accounts.json.damaged-<time>` and
 * the user gets a notice.
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

/** accounts.json as a store; v0 is the unversioned file of LeadPrep ≤ 0.2 (`version: 1` inside). */
export function accountsFile(userDataDir: string, now?: () => Date): JsonStore<StoredAccounts> {
  return jsonFile(
    {
      store: 'accounts',
      path: join(userDataDir, ACCOUNTS_FILE),
      fallback: defaultAccounts,
      salvage: (data) => salvageObject(StoredAccounts, data, defaultAccounts()),
      // v0 → v1: the same data, now inside the versioned envelope.
      migrations: [(v0) => v0]
    },
    now
  )
}

export function createAccountsStore(userDataDir: string): AccountsStore {
  const file = accountsFile(userDataDir)
  // A full disk or a read-only folder gets its own message (jsonFile's storeWriteError).
  const change = (apply: (current: StoredAccounts) => StoredAccounts) =>
    file.update((current) => StoredAccounts.parse(apply(current)))
  return {
    read: () => file.read(),
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

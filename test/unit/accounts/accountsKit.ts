import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import {
  createS3CredentialStore,
  type S3KeychainAccount
} from '../../../electron/main/secrets/s3Credentials'
import type { KeychainAccounts, SecretStore } from '../../../electron/main/secrets/SecretStore'
import type { MainServices } from '../../../electron/main/services'
import type { IpcChannel, IpcRequest, IpcResponse } from '../../../shared/ipc/contract'
import type { IpcResult } from '../../../shared/ipc/result'

/**
 * The handler table as main builds it (same dispatcher, same zod parsing), with the
 * keychain in memory so every value stored can be looked for in what the page receives.
 */

const PAGE = 'app://leadprep/index.html'

export function memorySecrets(): SecretStore & { values: Map<string, string> } {
  const values = new Map<string, string>()
  return {
    values,
    get: (p) => Promise.resolve(values.get(p) ?? null),
    set: (p, t) => Promise.resolve(void values.set(p, t)),
    remove: (p) => Promise.resolve(void values.delete(p))
  }
}

export function memoryAccounts(): KeychainAccounts<S3KeychainAccount> & {
  values: Map<string, string>
} {
  const values = new Map<string, string>()
  return {
    values,
    get: (a) => Promise.resolve(values.get(a) ?? null),
    set: (a, v) => Promise.resolve(void values.set(a, v)),
    remove: (a) => Promise.resolve(void values.delete(a))
  }
}

/** A loopback URL where nothing listens: "sem conexão" without touching any network. */
export async function deadUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}

export interface AccountsHarness {
  userDataDir: string
  secrets: ReturnType<typeof memorySecrets>
  s3Keychain: ReturnType<typeof memoryAccounts>
  call<C extends IpcChannel>(channel: C, payload: IpcRequest<C>): Promise<IpcResult<IpcResponse<C>>>
  /** The same, expecting success. */
  ok<C extends IpcChannel>(channel: C, payload: IpcRequest<C>): Promise<IpcResponse<C>>
  cleanup(): Promise<void>
}

export async function accountsHarness(
  overrides: Partial<MainServices> = {}
): Promise<AccountsHarness> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'leadprep-accounts-'))
  const secrets = memorySecrets()
  const s3Keychain = memoryAccounts()
  const services: MainServices = {
    secrets,
    s3Credentials: createS3CredentialStore(s3Keychain),
    settings: {
      get: () => Promise.resolve({ language: 'pt-BR' }),
      update: () => Promise.resolve({ language: 'pt-BR' })
    },
    app: { name: 'LeadPrep', version: '1', platform: 'linux' },
    openInBrowser: () => Promise.resolve(),
    chooseLeadFile: () => Promise.resolve(null),
    chooseSavePath: () => Promise.resolve(null),
    userDataDir,
    ...overrides
  }
  const table = createHandlerTable(services)
  const call = <C extends IpcChannel>(channel: C, payload: IpcRequest<C>) =>
    dispatchIpc(
      table,
      { appOrigin: 'app://leadprep' },
      channel,
      { url: PAGE, isMainFrame: true },
      payload
    ) as Promise<IpcResult<IpcResponse<C>>>
  const ok = async <C extends IpcChannel>(channel: C, payload: IpcRequest<C>) => {
    const result = await call(channel, payload)
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
    return result.data
  }
  return {
    userDataDir,
    secrets,
    s3Keychain,
    call,
    ok,
    cleanup: () => rm(userDataDir, { recursive: true, force: true })
  }
}

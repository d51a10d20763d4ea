/** A throwaway user-data folder and the IPC table over it, as main builds it. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import { createSettingsStore } from '../../../electron/main/settings/settingsStore'
import type { IpcResult } from '../../../shared/ipc/result'

const PAGE = 'app://leadprep/index.html'

export async function storeFolder() {
  const dir = await mkdtemp(join(tmpdir(), 'leadprep-stores-'))
  const table = createHandlerTable({
    secrets: { get: async () => null, set: async () => undefined, remove: async () => undefined },
    settings: createSettingsStore(dir),
    app: { name: 'LeadPrep', version: '1', platform: 'linux' },
    openInBrowser: async () => undefined,
    chooseLeadFile: async () => null,
    chooseSavePath: async () => null,
    userDataDir: dir
  })
  const call = (channel: string, payload: unknown = {}): Promise<IpcResult<unknown>> =>
    dispatchIpc(
      table,
      { appOrigin: 'app://leadprep' },
      channel,
      { url: PAGE, isMainFrame: true },
      payload
    )
  /** The data a call answered with (fails the test on an error result). */
  const data = async <T>(channel: string, payload: unknown = {}): Promise<T> => {
    const result = await call(channel, payload)
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
    return result.data as T
  }
  return {
    dir,
    call,
    data,
    put: (name: string, text: string) => writeFile(join(dir, name), text),
    text: (name: string) => readFile(join(dir, name), 'utf8'),
    json: async (name: string): Promise<unknown> =>
      JSON.parse(await readFile(join(dir, name), 'utf8')),
    names: async () => (await readdir(dir)).sort(),
    remove: () => rm(dir, { recursive: true, force: true })
  }
}

export type StoreFolder = Awaited<ReturnType<typeof storeFolder>>

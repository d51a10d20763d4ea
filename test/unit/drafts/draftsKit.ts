/** A throwaway user-data folder with the app's IPC table over it, and a draft to save. */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import { emptyDraftContent, type DraftContent } from '../../../shared/ipc/drafts'
import type { IpcResult } from '../../../shared/ipc/result'

export const PAGE = { url: 'app://leadprep/index.html', isMainFrame: true }
export const TOKEN = 'kbx_live_SECRET_token_0123456789abcdef'

export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex')

export const CSV = new TextEncoder().encode(
  'nome;telefone;email\nAna;11987654321;ana@x.com\nBia;21987654321;bia@x.com\n'
)

export function sourceOf(bytes: Uint8Array, fileName = 'leads.csv', isProtected = false) {
  return { fileName, size: bytes.byteLength, sha256: sha256(bytes), protected: isProtected }
}

/** A draft a user has worked on through every step. */
export function fullDraft(bytes: Uint8Array = CSV, fileName = 'leads.csv'): DraftContent {
  return {
    ...emptyDraftContent(sourceOf(bytes, fileName)),
    sheet: 'Planilha1',
    headerRow: 0,
    columns: { phone: 'telefone', ddd: '', name: 'nome' },
    cellEdits: { '0': { phone: '11912345678' }, '1': { name: 'Beatriz', email: 'b@x.com' } },
    exclusions: [1],
    fieldCountConfirmations: [0],
    nationwideConfirmed: true,
    defaultDdd: '11',
    keep: 'last',
    mapping: {
      provider: 'kinbox',
      phone: 1,
      ddd: null,
      name: 0,
      variables: [
        { key: 'email', column: 2, transform: null, empty: { kind: 'default', value: '' } },
        { key: 'em progresso', column: null, transform: null, empty: { kind: 'omit' } }
      ]
    },
    message: 'Olá {{leadName}}!',
    voicemail: { enabled: false, text: '' },
    schedule: null,
    provider: 'kinbox',
    account: { kinboxChannelId: 'ch-1', kinboxOperatorName: 'Ana' },
    campaignName: 'Black Friday',
    stepReached: 'map',
    leadsCount: 2
  }
}

export async function draftsFolder() {
  const dir = await mkdtemp(join(tmpdir(), 'leadprep-drafts-'))
  let language: 'pt-BR' | 'en' = 'pt-BR'
  const table = createHandlerTable({
    secrets: { get: async () => TOKEN, set: async () => undefined, remove: async () => undefined },
    settings: { get: async () => ({ language }), update: async () => ({ language }) },
    app: { name: 'LeadPrep', version: '1', platform: 'linux' },
    openInBrowser: async () => undefined,
    chooseLeadFile: async () => null,
    chooseSavePath: async () => null,
    userDataDir: dir
  })
  const call = (
    channel: string,
    payload: unknown = {},
    sender: { url: string; isMainFrame: boolean } | null = PAGE
  ): Promise<IpcResult<unknown>> =>
    dispatchIpc(table, { appOrigin: 'app://leadprep' }, channel, sender, payload)
  const data = async <T>(channel: string, payload: unknown = {}): Promise<T> => {
    const result = await call(channel, payload)
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
    return result.data as T
  }
  const drafts = join(dir, 'drafts')
  return {
    dir,
    drafts,
    call,
    data,
    setLanguage: (next: 'pt-BR' | 'en') => void (language = next),
    /** A lead file outside the data folder, as the user's own. */
    userFile: async (name: string, bytes: Uint8Array) => {
      await mkdir(join(dir, 'Documentos'), { recursive: true })
      const path = join(dir, 'Documentos', name)
      await writeFile(path, bytes)
      return path
    },
    names: async (...parts: string[]) => (await readdir(join(drafts, ...parts))).sort(),
    read: (...parts: string[]) => readFile(join(drafts, ...parts), 'utf8'),
    put: (text: string, ...parts: string[]) => writeFile(join(drafts, ...parts), text),
    remove: () => rm(dir, { recursive: true, force: true })
  }
}

export type DraftsFolder = Awaited<ReturnType<typeof draftsFolder>>

/** Every file under a folder, as text (to look for what must never be there). */
export async function everyFileText(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const texts = await Promise.all(
    entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8'))
  )
  return texts.join('\n')
}

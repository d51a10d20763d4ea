import { mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import { exportFileName } from '../../../electron/main/files/exportFileName'
import type { MainServices } from '../../../electron/main/services'
import { MAX_FILE_BYTES } from '../../../shared/import'
import { MAX_PAGE_BYTES } from '../../../shared/ipc/pagePayloads'

/**
 * A compromised page, calling main directly: it names paths, big payloads and odd presets.
 * Main reads only lead files the user chose, and caps everything the page hands it.
 */

const PAGE = 'app://leadprep/index.html'
const frame = { url: PAGE, isMainFrame: true }
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  return dir
}

async function setup(overrides: Partial<MainServices> = {}) {
  const userDataDir = await tempDir('leadprep-paths-')
  const saveDialogGot: string[] = []
  const table = createHandlerTable({
    secrets: { get: async () => null, set: async () => undefined, remove: async () => undefined },
    settings: {
      get: async () => ({ language: 'pt-BR' }),
      update: async () => ({ language: 'pt-BR' })
    },
    app: { name: 'LeadPrep', version: '1', platform: 'linux' },
    openInBrowser: async () => undefined,
    chooseLeadFile: async () => null,
    chooseSavePath: async (name) => {
      saveDialogGot.push(name)
      return null
    },
    userDataDir,
    ...overrides
  })
  const call = (channel: string, payload: unknown) =>
    dispatchIpc(table, { appOrigin: 'app://leadprep' }, channel, frame, payload)
  const recent = async () => {
    const answer = await call('files:recent-list', {})
    return answer.ok ? (answer.data as { id: string; name: string; available: boolean }[]) : []
  }
  return { call, recent, saveDialogGot }
}

describe('paths the page names', () => {
  it('never remembers (so never reads) a file that is not a lead file', async () => {
    const dir = await tempDir('leadprep-secrets-')
    const key = join(dir, 'id_rsa')
    await writeFile(key, '-----BEGIN OPENSSH PRIVATE KEY-----')
    const { call, recent } = await setup()
    for (const path of ['/etc/passwd', key, 'relative/leads.csv', `${dir}/nothing-here.csv`]) {
      const answer = await call('files:remember', { path })
      // The same answer whatever the path: no oracle for whether it exists.
      expect(answer, path).toEqual({ ok: true, data: [] })
    }
    expect(await recent()).toEqual([])
  })

  it('refuses a lead-file name that links to something else (leads.csv → a private key)', async () => {
    const dir = await tempDir('leadprep-links-')
    const key = join(dir, 'id_rsa')
    await writeFile(key, '-----BEGIN OPENSSH PRIVATE KEY-----')
    await symlink(key, join(dir, 'leads.csv'))
    const { call, recent } = await setup()
    expect(await call('files:remember', { path: join(dir, 'leads.csv') })).toEqual({
      ok: true,
      data: []
    })
    expect(await recent()).toEqual([])
  })

  it('refuses a link in Recentes whose target changed since the user chose it', async () => {
    const dir = await tempDir('leadprep-relink-')
    await mkdir(join(dir, 'real'))
    const real = join(dir, 'real', 'vendas.csv')
    const other = join(dir, 'real', 'outro.csv')
    await writeFile(real, 'Nome,Telefone\nAna,11987654321\n')
    await writeFile(other, 'Nome,Telefone\nOutra,11911112222\n')
    const link = join(dir, 'leads.csv')
    await symlink(real, link)
    const { call, recent } = await setup()
    await call('files:remember', { path: link })
    const [entry] = await recent()
    expect(entry).toMatchObject({ name: 'leads.csv', available: true })
    const first = await call('files:recent-open', { id: entry?.id })
    expect(first.ok).toBe(true)

    await unlink(link)
    await symlink(other, link)
    expect((await recent())[0]).toMatchObject({ available: false })
    expect(await call('files:recent-open', { id: entry?.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })

  it('remembers a real lead file the preload names, and reopens it by an opaque id', async () => {
    const dir = await tempDir('leadprep-real-')
    const path = join(dir, 'Planilha.XLSX')
    await writeFile(path, 'not really a workbook')
    const { call, recent } = await setup()
    const answer = await call('files:remember', { path })
    expect(JSON.stringify(answer)).not.toContain(dir)
    const [entry] = await recent()
    expect(entry).toMatchObject({ name: 'Planilha.XLSX', available: true })
    expect(entry?.id).toMatch(/^[0-9a-f]{16}$/)
    expect(await call('files:recent-open', { id: entry?.id })).toMatchObject({
      ok: true,
      data: { name: 'Planilha.XLSX' }
    })
  })

  it('refuses a path the page slips into files:remember beside it', async () => {
    const { call } = await setup()
    const answer = await call('files:remember', { path: '/tmp/a.csv', name: 'x' })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
  })

  it('refuses a file the open dialog returned when it is not a lead file', async () => {
    const { call } = await setup({ chooseLeadFile: async () => '/etc/passwd' })
    expect(await call('files:open-dialog', {})).toMatchObject({
      ok: false,
      error: { code: 'file_unreadable' }
    })
  })
})

describe('payloads the page hands main', () => {
  it('gives the save dialog only a base file name, never a folder', async () => {
    const { call, saveDialogGot } = await setup()
    const bytes = new Uint8Array([1])
    for (const suggestedName of [
      '/home/ana/.bashrc',
      '..\\..\\Startup\\run.bat',
      'C:\\Windows\\x.csv',
      'leads-limpos.csv',
      '../..',
      'CON'
    ]) {
      await call('files:save-export', { suggestedName, bytes })
    }
    expect(saveDialogGot).toEqual([
      'bashrc',
      'run.bat',
      'x.csv',
      'leads-limpos.csv',
      'leadprep-export',
      'leadprep-export'
    ])
    expect(exportFileName('a\u0000b<>:"|?*.csv')).toBe('ab.csv')
  })

  it('caps every byte payload at the import size limit', async () => {
    expect(MAX_PAGE_BYTES).toBe(MAX_FILE_BYTES)
    const { call, saveDialogGot } = await setup()
    const tooBig = new Uint8Array(MAX_PAGE_BYTES + 1)
    const saved = await call('files:save-export', { suggestedName: 'x.csv', bytes: tooBig })
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    expect(saveDialogGot).toEqual([])
    const decrypted = await call('files:decrypt-workbook', { bytes: tooBig, password: 'x' })
    expect(decrypted).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
  })

  it("checks a preset's mapping against the real schema, with a size cap", async () => {
    const { call } = await setup()
    const preset = (mapping: unknown) => ({
      name: 'Vendas',
      provider: 'kinbox',
      headerSignature: 'nome|telefone',
      mapping
    })
    for (const good of [
      { phone: 'Telefone', name: 'Nome' },
      { phone: 'Telefone', variables: { nome: { column: 'x'.repeat(1_000) } }, message: 'Oi' }
    ]) {
      expect((await call('presets:save', preset(good))).ok).toBe(true)
    }
    for (const bad of [
      { anything: 'goes' },
      'a string',
      { phone: 'Telefone', variables: { nome: { column: 'x'.repeat(300_000) } } }
    ]) {
      expect(await call('presets:save', preset(bad))).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' }
      })
    }
  })
})

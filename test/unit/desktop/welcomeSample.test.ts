import { afterEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import type { MainServices } from '../../../electron/main/services'
import { SAMPLE_LEAD_FILE_NAME, sampleLeadFilePath } from '../../../electron/main/files/sampleFile'
import { createSettingsStore } from '../../../electron/main/settings/settingsStore'
import { readLeadFile } from '../../../shared/import'
import { cleanLeads } from '../../../shared/cleaning/cleanLeads'
import { repoRoot } from '../../support/paths'

/**
 * Issue 15: the first-run welcome's sample file comes from main (the page names no path), and
 * the welcome is remembered in main's settings (`welcomeSeen`).
 */

const PAGE = 'app://leadprep/index.html'
const frame = { url: PAGE, isMainFrame: true }
const SAMPLE = join(repoRoot(), 'resources', 'sample', SAMPLE_LEAD_FILE_NAME)
const cleanups: (() => Promise<void>)[] = []

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'leadprep-welcome-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  return dir
}

async function setup(overrides: Partial<MainServices> = {}) {
  const userDataDir = await tempDir()
  const services: MainServices = {
    secrets: { get: async () => null, set: async () => undefined, remove: async () => undefined },
    settings: createSettingsStore(userDataDir),
    app: { name: 'LeadPrep', version: '1', platform: 'linux' },
    openInBrowser: async () => undefined,
    chooseLeadFile: async () => null,
    chooseSavePath: async () => null,
    userDataDir,
    sampleLeadFile: SAMPLE,
    ...overrides
  }
  const table = createHandlerTable(services)
  const call = (channel: string, payload: unknown) =>
    dispatchIpc(table, { appOrigin: 'app://leadprep' }, channel, frame, payload)
  return { call, userDataDir }
}

describe('files:open-sample', () => {
  it("answers the bundled sample's bytes and name, and leaves Recentes alone", async () => {
    const { call } = await setup()
    const answer = await call('files:open-sample', {})
    if (!answer.ok) throw new Error(JSON.stringify(answer))
    const { name, bytes } = answer.data as { name: string; bytes: Uint8Array }
    expect(name).toBe('leads-exemplo.csv')
    expect(Buffer.from(bytes).equals(await readFile(SAMPLE))).toBe(true)
    expect(JSON.stringify({ name })).not.toContain(repoRoot())
    expect(await call('files:recent-list', {})).toEqual({ ok: true, data: [] })
  })

  it('takes no path (or anything else) from the page', async () => {
    const { call } = await setup()
    for (const request of [
      { path: '/etc/passwd' },
      { name: '../../../../etc/passwd' },
      { path: SAMPLE },
      'leads-exemplo.csv'
    ]) {
      const answer = await call('files:open-sample', request)
      expect(answer.ok, JSON.stringify(request)).toBe(false)
      expect(!answer.ok && answer.error.code).toBe('invalid_request')
    }
  })

  it('says not_found when the install has no sample, and reads only a lead file', async () => {
    const dir = await tempDir()
    const notLeads = join(dir, 'id_rsa')
    await writeFile(notLeads, 'PRIVATE KEY')
    for (const sampleLeadFile of [undefined, null, join(dir, 'gone.csv'), notLeads]) {
      const { call } = await setup({ sampleLeadFile })
      const answer = await call('files:open-sample', {})
      expect(!answer.ok && answer.error.code, String(sampleLeadFile)).toBe('not_found')
      expect(JSON.stringify(answer)).not.toContain('PRIVATE')
    }
  })

  it("is found in the checkout in development and in electron-builder's resources when packaged", () => {
    expect(sampleLeadFilePath({ packaged: false, resourcesPath: '/x', appPath: '/app' })).toBe(
      join('/app', 'resources', 'sample', 'leads-exemplo.csv')
    )
    expect(
      sampleLeadFilePath({
        packaged: true,
        resourcesPath: '/opt/LeadPrep/resources',
        appPath: '/a'
      })
    ).toBe(join('/opt/LeadPrep/resources', 'sample', 'leads-exemplo.csv'))
    expect(sampleLeadFilePath({ packaged: true, resourcesPath: undefined, appPath: '/a' })).toBe(
      null
    )
    // …where the packaging copies it.
    const config = createRequire(import.meta.url)(
      join(repoRoot(), 'electron-builder.config.cjs')
    ) as { extraResources: { from: string; to: string }[] }
    expect(config.extraResources).toContainEqual(
      expect.objectContaining({ from: 'resources/sample', to: 'sample' })
    )
  })

  it('is a messy CRM export that gives Limpar and Mapear something to do', async () => {
    const table = readLeadFile(new Uint8Array(await readFile(SAMPLE)), SAMPLE_LEAD_FILE_NAME)
    expect(table.columns).toEqual(expect.arrayContaining(['Nome', 'Empresa', 'Cidade']))
    expect(table.columns[table.phoneColumn ?? -1]).toBe('Celular')
    const { rows, summary } = cleanLeads(table)
    expect(summary.total).toBeGreaterThanOrEqual(30)
    expect(summary.total).toBeLessThanOrEqual(60)
    expect(summary.duplicate).toBeGreaterThan(0)
    const reasons = new Set(rows.map((row) => row.reason).filter(Boolean))
    expect(reasons).toEqual(
      new Set(['missing_area_code', 'invalid_number', 'missing_phone', 'excel_scientific_notation'])
    )
    // Accents read right (the file is Excel's Windows-1252, as a pt-BR Excel saves a CSV).
    expect(table.encoding).toBe('windows-1252')
    const cells = Array.from(table.dataRows, (i) => table.grid.row(i).join(';')).join('\n')
    expect(cells).toContain('São Paulo')
    expect(cells).toContain('Florianópolis')
  })
})

describe('settings: welcomeSeen', () => {
  it('is unset on a first run and remembered across restarts, beside the language', async () => {
    const dir = await tempDir()
    expect((await createSettingsStore(dir).get()).welcomeSeen).toBeUndefined()
    await createSettingsStore(dir).update({ language: 'en' })
    await createSettingsStore(dir).update({ welcomeSeen: true })
    expect(await createSettingsStore(dir).get()).toEqual({ language: 'en', welcomeSeen: true })
  })

  it('goes through settings:update typed: a boolean only, nothing unknown', async () => {
    const { call } = await setup()
    expect(await call('settings:update', { welcomeSeen: true })).toEqual({
      ok: true,
      data: { language: 'pt-BR', welcomeSeen: true }
    })
    for (const patch of [{ welcomeSeen: 'yes' }, { welcomeSeen: null }, { welcomeShown: true }]) {
      const answer = await call('settings:update', patch)
      expect(!answer.ok && answer.error.code, JSON.stringify(patch)).toBe('invalid_request')
    }
    expect(await call('settings:get', {})).toEqual({
      ok: true,
      data: { language: 'pt-BR', welcomeSeen: true }
    })
  })

  it('a damaged flag falls back alone; once closed again it is saved and stays', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'settings.json'), '{"language": "en", "welcomeSeen": "sim"}')
    const store = createSettingsStore(dir)
    expect(await store.get()).toEqual({ language: 'en' })
    await store.update({ welcomeSeen: true })
    expect(await createSettingsStore(dir).get()).toEqual({ language: 'en', welcomeSeen: true })
    expect(await createSettingsStore(dir).get()).toEqual({ language: 'en', welcomeSeen: true })
  })

  it('an unreadable settings file shows the welcome once, not on every start', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'settings.json'), '\u0000\u0001 not json at all')
    expect((await createSettingsStore(dir).get()).welcomeSeen).toBeUndefined()
    await createSettingsStore(dir).update({ welcomeSeen: true })
    for (let start = 0; start < 3; start++)
      expect((await createSettingsStore(dir).get()).welcomeSeen).toBe(true)
  })
})

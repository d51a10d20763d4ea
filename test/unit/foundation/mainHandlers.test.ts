import { afterEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import type { MainServices } from '../../../electron/main/services'
import type { SecretStore } from '../../../electron/main/secrets/SecretStore'
import { FAKE_KINBOX_TOKEN, startFakeKinbox, type FakeKinbox } from '../../fakes/kinboxServer'

const PAGE = 'app://leadprep/index.html'
const frame = { url: PAGE, isMainFrame: true }
const cleanups: (() => Promise<void>)[] = []

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

function memorySecrets(initial: Record<string, string> = {}): SecretStore {
  const tokens = new Map(Object.entries(initial))
  return {
    get: async (p) => tokens.get(p) ?? null,
    set: async (p, t) => void tokens.set(p, t),
    remove: async (p) => void tokens.delete(p)
  }
}

async function setup(overrides: Partial<MainServices> = {}) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'leadprep-main-'))
  cleanups.push(() => rm(userDataDir, { recursive: true, force: true }))
  const services: MainServices = {
    secrets: memorySecrets(),
    settings: {
      get: async () => ({ language: 'pt-BR' }),
      update: async () => ({ language: 'pt-BR' })
    },
    app: { name: 'LeadPrep', version: '1', platform: 'linux' },
    openInBrowser: async () => undefined,
    chooseLeadFile: async () => null,
    chooseSavePath: async () => null,
    userDataDir,
    ...overrides
  }
  const table = createHandlerTable(services)
  const call = (channel: string, payload: unknown) =>
    dispatchIpc(table, { appOrigin: 'app://leadprep' }, channel, frame, payload)
  return { call, userDataDir }
}

describe('files: open dialog, Recentes, export', () => {
  it('opens the chosen file, remembers it, and reopens it by id (paths never reach the page)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leadprep-files-'))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    const path = join(dir, 'leads.csv')
    await writeFile(path, 'Nome,Telefone\nAna,(11) 98765-4321\n')
    const { call } = await setup({ chooseLeadFile: async () => path })

    const opened = await call('files:open-dialog', {})
    expect(opened.ok && opened.data).toMatchObject({ name: 'leads.csv' })
    const recent = await call('files:recent-list', {})
    expect(recent.ok && recent.data).toEqual([
      expect.objectContaining({ name: 'leads.csv', available: true, size: 34 })
    ])
    expect(JSON.stringify(recent)).not.toContain(dir)

    const id = recent.ok ? (recent.data as { id: string }[])[0]?.id : ''
    const again = await call('files:recent-open', { id })
    expect(
      again.ok && new TextDecoder().decode((again.data as { bytes: Uint8Array }).bytes)
    ).toContain('Ana')

    await rm(path)
    const afterDelete = await call('files:recent-list', {})
    expect(afterDelete.ok && afterDelete.data).toEqual([
      expect.objectContaining({ available: false })
    ])
    expect(await call('files:recent-open', { id: 'unknown' })).toEqual({
      ok: false,
      error: { code: 'not_found', detail: 'not_found' }
    })
  })

  it('saves an export where the user chose, and nothing when they cancel', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leadprep-export-'))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    let target: string | null = join(dir, 'limpos.xlsx')
    const { call } = await setup({ chooseSavePath: async () => target })
    const bytes = new Uint8Array([80, 75, 3, 4])
    expect(await call('files:save-export', { suggestedName: 'x.xlsx', bytes })).toEqual({
      ok: true,
      data: { saved: true, name: 'limpos.xlsx' }
    })
    expect([...(await readFile(join(dir, 'limpos.xlsx')))]).toEqual([80, 75, 3, 4])
    target = null
    expect(await call('files:save-export', { suggestedName: 'x.xlsx', bytes })).toEqual({
      ok: true,
      data: { saved: false, name: null }
    })
  })

  it('refuses bytes that are not bytes', async () => {
    const { call } = await setup()
    const result = await call('files:save-export', { suggestedName: 'x.xlsx', bytes: [1, 2, 3] })
    expect(!result.ok && result.error.code).toBe('invalid_request')
  })
})

describe('block list and presets on disk', () => {
  it('keeps the block list deduplicated and sorted across restarts', async () => {
    const first = await setup()
    await first.call('blocklist:set', {
      numbers: ['+5511987654321', '+5521999998888', '+5511987654321']
    })
    const table = createHandlerTable({
      secrets: memorySecrets(),
      settings: {
        get: async () => ({ language: 'pt-BR' }),
        update: async () => ({ language: 'pt-BR' })
      },
      app: { name: 'LeadPrep', version: '1', platform: 'linux' },
      openInBrowser: async () => undefined,
      chooseLeadFile: async () => null,
      chooseSavePath: async () => null,
      userDataDir: first.userDataDir
    })
    const again = await dispatchIpc(
      table,
      { appOrigin: 'app://leadprep' },
      'blocklist:get',
      frame,
      {}
    )
    expect(again.ok && (again.data as { numbers: string[] }).numbers).toEqual([
      '+5511987654321',
      '+5521999998888'
    ])
    const bad = await first.call('blocklist:set', { numbers: ['11 98765-4321'] })
    expect(!bad.ok && bad.error.code).toBe('invalid_request')
  })

  it('saves, replaces and deletes presets per provider', async () => {
    const { call } = await setup()
    const preset = {
      name: 'Vendas',
      provider: 'kinbox',
      headerSignature: 'nome|telefone',
      mapping: { phone: 'Telefone' }
    }
    await call('presets:save', preset)
    await call('presets:save', { ...preset, mapping: { phone: 'Celular' } })
    await call('presets:save', { ...preset, provider: 'integra' })
    const list = await call('presets:list', {})
    expect(list.ok && (list.data as unknown[]).length).toBe(2)
    expect(list.ok && list.data).toContainEqual(
      expect.objectContaining({ provider: 'kinbox', mapping: { phone: 'Celular', variables: {} } })
    )
    const after = await call('presets:delete', { name: 'Vendas', provider: 'kinbox' })
    expect(after.ok && after.data).toEqual([expect.objectContaining({ provider: 'integra' })])
  })
})

describe('Kinbox business hours through main', () => {
  let kinbox: FakeKinbox
  it('lists the account sets with the keychain token, and says when there is none or it is wrong', async () => {
    kinbox = await startFakeKinbox()
    cleanups.push(() => kinbox.close())
    const secrets = memorySecrets()
    const { call } = await setup({ secrets, kinboxBaseUrl: kinbox.url })

    expect(await call('kinbox:business-hours', {})).toEqual({
      ok: true,
      data: { ok: false, failure: { kind: 'not_configured', message: 'kinbox token not set' } }
    })
    await secrets.set('kinbox', 'wrong-token-123')
    const denied = await call('kinbox:business-hours', {})
    expect(denied.ok && denied.data).toMatchObject({
      ok: false,
      failure: { kind: 'auth', status: 401 }
    })
    expect(JSON.stringify(denied)).not.toContain('wrong-token-123')

    await secrets.set('kinbox', FAKE_KINBOX_TOKEN)
    const listed = await call('kinbox:business-hours', {})
    expect(listed.ok && listed.data).toMatchObject({ ok: true })
    const sets = listed.ok ? (listed.data as { sets: { hours: { mon: unknown } }[] }).sets : []
    expect(sets.length).toBeGreaterThan(0)
    expect(sets[0]?.hours.mon).toMatchObject({ active: true })
    expect(kinbox.requests.at(-1)?.headers['authorization']).toBe(`Bearer ${FAKE_KINBOX_TOKEN}`)
  })
})

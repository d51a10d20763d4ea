import { afterEach, describe, expect, it } from 'vitest'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AccountsView } from '../../../shared/ipc/accounts'
import { ACCOUNTS_FILE, createAccountsStore } from '../../../electron/main/accounts/accountsStore'
import {
  integraAccountSettings,
  kinboxAccountSettings
} from '../../../electron/main/accounts/launchSettings'
import { IntegraLaunchSettings, KinboxLaunchSettings } from '../../../shared/launch/types'
import { accountsHarness, type AccountsHarness } from './accountsKit'

const PROJECT = '3f1c2a9e-7b4d-4e8a-9c1f-2d3e4f5a6b7c'
const AGENT = '8a7b6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c5d'
const PHONE = 'c0ffee00-1234-4abc-9def-00112233aabb'
const KEY = `ik_live_${'ab12'.repeat(16)}`

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

async function harness(...args: Parameters<typeof accountsHarness>): Promise<AccountsHarness> {
  const h = await accountsHarness(...args)
  cleanups.push(h.cleanup)
  return h
}

function integraCard(view: AccountsView, overrides: Partial<AccountsView['integra']> = {}) {
  const { project_id, agent_id, phone_number_id, config } = { ...view.integra, ...overrides }
  return { project_id, agent_id, phone_number_id, config }
}

function kinboxCard(view: AccountsView, overrides: Partial<AccountsView['kinbox']> = {}) {
  const { channelId, channelType, operatorName, businessHoursId, leadsFile } = {
    ...view.kinbox,
    ...overrides
  }
  return { channelId, channelType, operatorName, businessHoursId, leadsFile }
}

describe('Configurações → Contas: settings', () => {
  it('start empty with the vendor defaults, listing what a launch still needs', async () => {
    const h = await harness()
    const view = await h.ok('accounts:get', {})
    expect(view.integra.config).toEqual({
      call_timeout: 45,
      machine_detection_timeout: 30,
      voicemail_mode: 'hangup',
      voicemail_tts_message: '',
      outbound_auto_greet: true,
      max_concurrent: 2
    })
    expect(view.integra.missing).toEqual(['key', 'project_id', 'agent_id', 'phone_number_id'])
    expect(view.kinbox.missing).toEqual([
      'token',
      'channelId',
      'channelType',
      's3_region',
      's3_bucket',
      's3_credentials'
    ])
    expect(view.kinbox.leadsFile.s3.expiresInDays).toBe(7)
  })

  it('save the Integra card, survive a restart, and map onto IntegraLaunchSettings', async () => {
    const h = await harness()
    const view = await h.ok('accounts:get', {})
    const saved = await h.ok('accounts:update', {
      integra: integraCard(view, {
        project_id: ` ${PROJECT} `,
        agent_id: AGENT,
        phone_number_id: PHONE,
        config: { ...view.integra.config, voicemail_mode: 'tts', voicemail_tts_message: 'Oi!' }
      })
    })
    expect(saved.integra.project_id).toBe(PROJECT)
    expect(saved.integra.missing).toEqual(['key'])

    // Versioned like every store: { schemaVersion, data: { version: 1, … } }.
    const file = JSON.parse(await readFile(join(h.userDataDir, ACCOUNTS_FILE), 'utf8')) as {
      schemaVersion: number
      data: { version: number }
    }
    expect([file.schemaVersion, file.data.version]).toEqual([1, 1])
    const stored = await createAccountsStore(h.userDataDir).read()
    const settings = integraAccountSettings(stored)
    expect(IntegraLaunchSettings.parse(settings)).toMatchObject({
      project_id: PROJECT,
      agent_id: AGENT,
      phone_number_id: PHONE,
      config: { voicemail_mode: 'tts', voicemail_tts_message: 'Oi!', max_concurrent: 2 }
    })
  })

  it('refuse values outside the documented ranges, a bad UUID and a tts without text', async () => {
    const h = await harness()
    const view = await h.ok('accounts:get', {})
    const refused = async (card: ReturnType<typeof integraCard>) => {
      const result = await h.call('accounts:update', { integra: card })
      expect(result.ok).toBe(false)
      return result.ok ? '' : (result.error.detail ?? '')
    }
    const config = view.integra.config
    expect(await refused(integraCard(view, { config: { ...config, call_timeout: 14 } }))).toContain(
      'integra.config.call_timeout: out_of_range'
    )
    expect(
      await refused(integraCard(view, { config: { ...config, machine_detection_timeout: 61 } }))
    ).toContain('out_of_range')
    expect(
      await refused(integraCard(view, { config: { ...config, max_concurrent: 11 } }))
    ).toContain('max_concurrent')
    expect(
      await refused(integraCard(view, { config: { ...config, voicemail_mode: 'tts' } }))
    ).toContain('tts_message_required')
    expect(
      await refused(
        integraCard(view, {
          config: { ...config, voicemail_mode: 'tts', voicemail_tts_message: 'x'.repeat(501) }
        })
      )
    ).toContain('too_long')
    expect(await refused(integraCard(view, { agent_id: 'agente-1' }))).toContain('invalid_uuid')
    expect((await h.ok('accounts:get', {})).integra.config.call_timeout).toBe(45)
  })

  it('check the Integra key shape in main before it reaches the keychain', async () => {
    const h = await harness()
    const bad = await h.call('secrets:save', { provider: 'integra', token: 'ik_live_123abc' })
    expect(bad.ok === false && bad.error.detail).toContain('integra_key_shape')
    expect(h.secrets.values.size).toBe(0)
    // Kinbox tokens have no documented shape: only the generic check applies.
    expect((await h.call('secrets:save', { provider: 'kinbox', token: 'kbx-token-1' })).ok).toBe(
      true
    )
    const good = await h.ok('secrets:save', { provider: 'integra', token: KEY })
    expect(good).toEqual({ provider: 'integra', set: true, last4: 'ab12' })
  })

  it('keep the self-host save path in main: the page only ever sees the file name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leadprep-selfhost-'))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    const chosen = join(dir, 'publico', 'leads-kinbox.xlsx')
    let answer: string | null = null
    const h = await harness({ chooseSavePath: () => Promise.resolve(answer) })
    const view = await h.ok('accounts:get', {})
    const self = await h.ok('accounts:update', {
      kinbox: kinboxCard(view, {
        channelId: 'chan-123',
        channelType: '1',
        leadsFile: {
          ...view.kinbox.leadsFile,
          host: 'self',
          self: { url: 'https://eu.example/l.xlsx' }
        }
      })
    })
    expect(self.kinbox.missing).toEqual(['token', 'self_save_to'])

    // Canceling the dialog changes nothing.
    expect((await h.ok('accounts:choose-self-host-file', {})).kinbox.selfSaveToName).toBeNull()
    answer = chosen
    const picked = await h.ok('accounts:choose-self-host-file', {})
    expect(picked.kinbox.selfSaveToName).toBe('leads-kinbox.xlsx')
    expect(picked.kinbox.missing).toEqual(['token'])
    expect(JSON.stringify(picked)).not.toContain(dir)

    // The page cannot send a path, and saving the card again keeps main's.
    const sneaky = await h.call('accounts:update', {
      kinbox: { ...kinboxCard(picked), saveTo: '/etc/passwd' } as never
    })
    expect(sneaky.ok).toBe(false)
    await h.ok('accounts:update', { kinbox: kinboxCard(picked, { operatorName: 'Ana Souza' }) })
    const stored = await createAccountsStore(h.userDataDir).read()
    expect(
      KinboxLaunchSettings.shape.leadsFile.parse(kinboxAccountSettings(stored)?.leadsFile)
    ).toEqual({
      host: 'self',
      url: 'https://eu.example/l.xlsx',
      saveTo: chosen
    })
    expect(kinboxAccountSettings(stored)).toMatchObject({
      channelId: 'chan-123',
      channelType: '1',
      operatorName: 'Ana Souza'
    })
  })

  it('refuse an S3 expiry over 7 days, plain http off loopback and a malformed bucket', async () => {
    const h = await harness()
    const view = await h.ok('accounts:get', {})
    const s3 = view.kinbox.leadsFile.s3
    const withS3 = (patch: Partial<typeof s3>) =>
      h.call('accounts:update', {
        kinbox: kinboxCard(view, {
          leadsFile: { ...view.kinbox.leadsFile, s3: { ...s3, ...patch } }
        })
      })
    const detail = async (patch: Partial<typeof s3>) => {
      const result = await withS3(patch)
      return result.ok ? 'accepted' : (result.error.detail ?? '')
    }
    expect(await detail({ expiresInDays: 8 })).toContain('expiresInDays: out_of_range')
    expect(await detail({ endpoint: 'http://minio.intranet:9000' })).toContain('invalid_url')
    expect(await detail({ bucket: 'Meu Bucket' })).toContain('invalid_bucket')
    expect(
      await detail({ endpoint: 'http://127.0.0.1:9000', bucket: 'leads', region: 'auto' })
    ).toBe('accepted')
  })

  it('set a damaged accounts.json aside instead of emptying it', async () => {
    const h = await harness()
    const path = join(h.userDataDir, ACCOUNTS_FILE)
    await writeFile(path, '{"version":1,"integra":{"project_id":')
    const view = await h.ok('accounts:get', {})
    expect(view.integra.project_id).toBe('')
    const files = await readdir(h.userDataDir)
    const aside = files.find((f) => f.startsWith(`${ACCOUNTS_FILE}.damaged-`))
    expect(aside).toBeDefined()
    expect(await readFile(join(h.userDataDir, aside ?? ''), 'utf8')).toContain('"project_id":')
    // The next save starts a fresh, valid file.
    await h.ok('accounts:update', { integra: integraCard(view, { project_id: PROJECT }) })
    expect((await h.ok('accounts:get', {})).integra.project_id).toBe(PROJECT)
  })

  it('save two cards at once without one losing the other', async () => {
    const h = await harness()
    const view = await h.ok('accounts:get', {})
    await Promise.all([
      h.ok('accounts:update', { integra: integraCard(view, { project_id: PROJECT }) }),
      h.ok('accounts:update', { kinbox: kinboxCard(view, { channelId: 'chan-9' }) })
    ])
    const after = await h.ok('accounts:get', {})
    expect([after.integra.project_id, after.kinbox.channelId]).toEqual([PROJECT, 'chan-9'])
  })
})

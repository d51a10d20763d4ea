/**
 * The launch channels through the handler table (dispatchIpc: zod on the way in and out):
 * review shows counts, parts, exclusions and a sample body without any token; start runs
 * in main and reports progress as typed events; list and resume read the same journals the
 * CLI writes; a second start of a running launch is `launch_locked`. Nothing the page
 * receives — responses or events — carries a token.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import {
  createLaunchService,
  type LaunchService
} from '../../../electron/main/launch/launchService'
import type { SecretStore } from '../../../electron/main/secrets/SecretStore'
import type { MainServices } from '../../../electron/main/services'
import { ipcEvents } from '../../../shared/ipc/events'
import {
  LEADS_ASSET_URL_PLACEHOLDER,
  type LaunchProgressEvent,
  type LaunchReview,
  type LaunchSummary
} from '../../../shared/ipc/launch'
import { FAKE_INTEGRA_TOKEN, startFakeIntegra, type FakeIntegra } from '../../fakes/integraServer'
import { FAKE_KINBOX_TOKEN, startFakeKinbox, type FakeKinbox } from '../../fakes/kinboxServer'
import { virtualTime } from '../providers/helpers'
import { integraPlan, kinboxPlan, startTestFileHost, type TestFileHost } from './launchTestKit'

const PAGE = 'app://leadprep/index.html'
const frame = { url: PAGE, isMainFrame: true }

function memorySecrets(): SecretStore {
  const tokens = new Map<string, string>([
    ['integra', FAKE_INTEGRA_TOKEN],
    ['kinbox', FAKE_KINBOX_TOKEN]
  ])
  return {
    get: async (p) => tokens.get(p) ?? null,
    set: async (p, t) => void tokens.set(p, t),
    remove: async (p) => void tokens.delete(p)
  }
}

let integra: FakeIntegra
let kinbox: FakeKinbox
let host: TestFileHost
let userDataDir: string
let events: { name: string; payload: unknown }[]
let launches: LaunchService | undefined
let seen: unknown[]

beforeEach(async () => {
  const time = virtualTime()
  integra = await startFakeIntegra({ now: time.now })
  kinbox = await startFakeKinbox({ now: time.now })
  host = await startTestFileHost(time.now)
  userDataDir = await mkdtemp(join(tmpdir(), 'leadprep-ipc-launch-'))
  events = []
  seen = []
  launches = undefined
})

afterEach(async () => {
  await launches?.idle()
  await Promise.all([integra.close(), kinbox.close(), host.close()])
  await rm(userDataDir, { recursive: true, force: true })
})

function table(options: { injected: boolean }) {
  const secrets = memorySecrets()
  const services: MainServices = {
    secrets,
    settings: {
      get: async () => ({ language: 'pt-BR' }),
      update: async () => ({ language: 'pt-BR' })
    },
    app: { name: 'LeadPrep', version: '1', platform: 'linux' },
    openInBrowser: async () => undefined,
    chooseLeadFile: async () => null,
    chooseSavePath: async () => null,
    userDataDir,
    kinboxBaseUrl: kinbox.url,
    integraBaseUrl: integra.url,
    emit: (name, payload) => events.push({ name, payload })
  }
  if (options.injected) {
    const time = virtualTime()
    launches = createLaunchService({
      userDataDir,
      getToken: (provider) => secrets.get(provider),
      fileHost: async () => host,
      emit: (payload) => services.emit?.('launch:progress', payload),
      baseUrls: { integra: integra.url, kinbox: kinbox.url },
      now: time.now,
      sleep: time.sleep
    })
    services.launches = launches
  }
  const handlers = createHandlerTable(services)
  return async <T>(channel: string, payload: unknown) => {
    const result = await dispatchIpc(
      handlers,
      { appOrigin: 'app://leadprep' },
      channel,
      frame,
      payload
    )
    seen.push(result)
    return result as { ok: true; data: T } | { ok: false; error: { code: string } }
  }
}

function data<T>(result: { ok: true; data: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(`IPC failed: ${result.error.code}`)
  return result.data
}

const progress = () =>
  events.filter((e) => e.name === 'launch:progress').map((e) => e.payload as LaunchProgressEvent)

describe('launch:review', () => {
  it('Integra: counts, parts, exclusions, part 1 with its first 3 recipients, no journal yet', async () => {
    const call = table({ injected: true })
    const plan = integraPlan(10_010)
    const review = data(await call<LaunchReview>('launch:review', { plan }))
    expect(review.recipients).toBe(10_010)
    expect(review.parts.map((p) => [p.name, p.recipients])).toEqual([
      ['Campanha Dezembro (1/2)', 10_000],
      ['Campanha Dezembro (2/2)', 10]
    ])
    expect(review.excluded).toMatchObject({ invalid: 2, duplicate: 1 })
    expect(review.sample.url).toBe(`${integra.url}/api/v1/campaigns`)
    const first = plan.provider === 'integra' ? plan.parts[0]!.body.recipients : []
    expect(review.sample.body['recipients']).toEqual(first.slice(0, 3))
    expect(review.existing).toBeNull()
  })

  it('Kinbox: the body with a placeholder for the file URL', async () => {
    const call = table({ injected: true })
    const review = data(await call<LaunchReview>('launch:review', { plan: kinboxPlan(20) }))
    expect(review.sample.body['leadsAssetUrl']).toBe(LEADS_ASSET_URL_PLACEHOLDER)
    expect(review.sample.body['leadType']).toBe('file')
  })

  it('refuses a plan that does not match the schema', async () => {
    const call = table({ injected: true })
    const result = await call('launch:review', { plan: { provider: 'integra' } })
    expect(!result.ok && result.error.code).toBe('invalid_request')
  })
})

describe('launch:start, events, list, resume', () => {
  it('starts in the background, reports each step as a typed event, and lists the launch done', async () => {
    const call = table({ injected: true })
    const plan = kinboxPlan(50)
    const started = data(await call<LaunchSummary>('launch:start', { plan }))
    expect(started.active).toBe(true)
    await launches!.idle()
    const kinds = progress().map((e) => `${e.kind}:${e.summary.parts[0]!.status}`)
    expect(kinds).toEqual(['upload:pending', 'part:sending', 'part:created', 'finished:created'])
    for (const event of progress())
      expect(ipcEvents['launch:progress'].safeParse(event).success).toBe(true)
    const [listed] = data(await call<LaunchSummary[]>('launch:list', {}))
    expect(listed).toMatchObject({ launchId: started.launchId, state: 'done', active: false })
    expect(listed?.upload?.status).toBe('done')
    const review = data(await call<LaunchReview>('launch:review', { plan }))
    expect(review.existing?.state).toBe('done')
    expect([...kinbox.campaigns.values()].filter((c) => c.name === plan.name)).toHaveLength(1)
  })

  it('a second start while the first runs is launch_locked; resume afterwards sends nothing', async () => {
    const call = table({ injected: true })
    const plan = integraPlan(30)
    // The first launch is surely still running: its POST waits until the second start is refused.
    const creating = integra.hold({ method: 'POST' })
    const first = data(await call<LaunchSummary>('launch:start', { plan }))
    await creating.reached
    const second = await call('launch:start', { plan })
    expect(!second.ok && second.error.code).toBe('launch_locked')
    creating.release()
    await launches!.idle()
    data(await call<LaunchSummary>('launch:resume', { launchId: first.launchId }))
    await launches!.idle()
    expect(integra.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
    const unknown = await call('launch:resume', { launchId: 'f'.repeat(24) })
    expect(!unknown.ok && unknown.error.code).toBe('not_found')
  })

  it('start with new: true makes a second launch of the same plan', async () => {
    const call = table({ injected: true })
    const plan = integraPlan(5)
    const a = data(await call<LaunchSummary>('launch:start', { plan }))
    await launches!.idle()
    const b = data(await call<LaunchSummary>('launch:start', { plan, new: true }))
    await launches!.idle()
    expect(b.launchId).not.toBe(a.launchId)
    expect(data(await call<LaunchSummary[]>('launch:list', {}))).toHaveLength(2)
  })

  it('the default engine (from the services) launches to Integra and emits parsed events', async () => {
    const call = table({ injected: false })
    const plan = integraPlan(12)
    const started = data(await call<LaunchSummary>('launch:start', { plan }))
    // Wait on what the page would see: the finished event.
    while (!progress().some((e) => e.kind === 'finished')) {
      await new Promise((resolve) => setImmediate(resolve))
    }
    const listed = data(await call<LaunchSummary[]>('launch:list', {}))
    expect(listed[0]).toMatchObject({ launchId: started.launchId, state: 'done' })
  })

  it('nothing the page receives carries a token', async () => {
    const call = table({ injected: true })
    await call('launch:start', { plan: integraPlan(10) })
    await call('launch:start', { plan: kinboxPlan(10) })
    await launches!.idle()
    await call('launch:list', {})
    const page = JSON.stringify([seen, events])
    expect(page).not.toContain(FAKE_INTEGRA_TOKEN)
    expect(page).not.toContain(FAKE_KINBOX_TOKEN)
  })
})

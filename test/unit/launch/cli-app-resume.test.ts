/**
 * One journal, two front ends (issue 10): a launch that `leadprep launch` left with a part
 * whose outcome is unknown is listed by the app and finished by its "Retomar"
 * (`launch:resume`), and a launch the app left that way is finished by running the same
 * `leadprep launch` again. Either way the lost part is looked up at the provider by its exact
 * name and found, so each part exists once and no lead is sent twice. Both providers; the
 * app side is main's default engine behind the handler table, as the window uses it.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { planLaunch } from '../../../electron/cli/commands/launchInput'
import { runCli } from '../../../electron/cli/main'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import type { MainServices } from '../../../electron/main/services'
import type { LaunchProgressEvent, LaunchSummary } from '../../../shared/ipc/launch'
import { FAKE_INTEGRA_TOKEN, startFakeIntegra, type FakeIntegra } from '../../fakes/integraServer'
import { FAKE_KINBOX_TOKEN, startFakeKinbox, type FakeKinbox } from '../../fakes/kinboxServer'
import { INTEGRA_SETTINGS, serveFolder, tempDir } from './launchTestKit'

type Provider = 'integra' | 'kinbox'

const VENDAS = fileURLToPath(
  new URL('../../../../shared/fixtures/leads/planilha-vendas.xlsx', import.meta.url)
)
const LAUNCHABLE = 766
const CREATE: Record<Provider, string> = { integra: '/api/v1/campaigns', kinbox: '/v3/campaigns' }

let folder: Awaited<ReturnType<typeof tempDir>>
let files: Awaited<ReturnType<typeof serveFolder>>
let filesUrl: string
let integra: FakeIntegra
let kinbox: FakeKinbox
let userData: string
let configs = 0

beforeAll(async () => {
  folder = await tempDir()
  // "hospedo eu mesmo": the leads file is written here and served by this stand-in host.
  await mkdir(join(folder.dir, 'hosted'))
  files = await serveFolder(join(folder.dir, 'hosted'))
  filesUrl = files.url
})
afterAll(async () => {
  await files.close()
  await folder.remove()
})
beforeEach(async () => {
  integra = await startFakeIntegra()
  kinbox = await startFakeKinbox()
  userData = join(folder.dir, `user-${++configs}`)
})
afterEach(() => Promise.all([integra.close(), kinbox.close()]))

const fake = (provider: Provider) => (provider === 'integra' ? integra : kinbox)

/**
 * The campaign is created but its response is lost, and the provider's list cannot be read
 * either: the run that sent it cannot tell, so the part stays `unknown` and nothing is resent.
 */
function loseTheAnswer(provider: Provider): void {
  fake(provider).setFailure({ kind: 'drop' }, { method: 'POST', path: CREATE[provider] })
  fake(provider).setFailure(
    { kind: 'server_error', status: 503 },
    { method: 'GET', path: CREATE[provider], times: 'always' }
  )
}
const posts = (provider: Provider) =>
  fake(provider).requests.filter((r) => r.method === 'POST' && r.path === CREATE[provider])

async function config(provider: Provider): Promise<string> {
  const path = join(folder.dir, `config-${configs}.json`)
  const settings =
    provider === 'integra'
      ? { integra: INTEGRA_SETTINGS }
      : {
          kinbox: {
            channelId: 'canal-1',
            channelType: '1',
            message: 'Olá {{leadName}}!',
            chunkSize: 100,
            secondsBetweenMessages: 10,
            secondsBetweenChunks: 600,
            leadsFile: {
              host: 'self',
              url: `${filesUrl}/leads-${configs}.xlsx`,
              saveTo: join(folder.dir, 'hosted', `leads-${configs}.xlsx`)
            }
          }
        }
  const body = {
    provider,
    file: VENDAS,
    name: 'Campanha Retomada',
    mapping: {
      phone: 'Telefone',
      name: 'Nome',
      variables: { leadName: { column: 'Nome', transform: 'firstName' } }
    },
    schedule: { start: '2026-12-01T09:00:00-03:00' },
    ...settings
  }
  await writeFile(path, JSON.stringify(body))
  return path
}

/** `leadprep launch --config PATH --json` in this process, against the fakes and `userData`. */
async function cli(path: string): Promise<{ code: number; json: Record<string, unknown> }> {
  const env: Record<string, string> = {
    LEADPREP_USER_DATA: userData,
    LEADPREP_INTEGRA_URL: integra.url,
    LEADPREP_KINBOX_URL: kinbox.url,
    LEADPREP_INTEGRA_TOKEN: FAKE_INTEGRA_TOKEN,
    LEADPREP_KINBOX_TOKEN: FAKE_KINBOX_TOKEN
  }
  const saved = { ...process.env }
  Object.assign(process.env, env)
  let stdout = ''
  try {
    const code = await runCli(['launch', '--config', path, '--json'], {
      stdout: (text) => (stdout += text),
      stderr: () => undefined
    })
    return { code, json: JSON.parse(stdout) as Record<string, unknown> }
  } finally {
    for (const key of Object.keys(env)) delete process.env[key]
    Object.assign(process.env, saved)
  }
}

/** The app: main's own launch engine behind the handler table, with the keychain's tokens. */
function app() {
  const tokens = new Map([
    ['integra', FAKE_INTEGRA_TOKEN],
    ['kinbox', FAKE_KINBOX_TOKEN]
  ])
  const events: LaunchProgressEvent[] = []
  const services: MainServices = {
    secrets: {
      get: async (p) => tokens.get(p) ?? null,
      set: async () => undefined,
      remove: async () => undefined
    },
    settings: {
      get: async () => ({ language: 'pt-BR' }),
      update: async () => ({ language: 'pt-BR' })
    },
    app: { name: 'LeadPrep', version: '1', platform: 'linux' },
    openInBrowser: async () => undefined,
    chooseLeadFile: async () => null,
    chooseSavePath: async () => null,
    userDataDir: userData,
    kinboxBaseUrl: kinbox.url,
    integraBaseUrl: integra.url,
    emit: (name, payload) => {
      if (name === 'launch:progress') events.push(payload as LaunchProgressEvent)
    }
  }
  const handlers = createHandlerTable(services)
  const frame = { url: 'app://leadprep/index.html', isMainFrame: true }
  const call = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await dispatchIpc(
      handlers,
      { appOrigin: 'app://leadprep' },
      channel,
      frame,
      payload
    )
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`)
    return result.data as T
  }
  /** What the page waits on: the launch's `finished` event, `count` of them in all. */
  const finished = async (count: number): Promise<LaunchSummary> => {
    for (;;) {
      const done = events.filter((event) => event.kind === 'finished')
      if (done.length >= count) return done[count - 1]!.summary
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
  return { call, finished }
}

describe.each<Provider>(['integra', 'kinbox'])(
  'one journal for the CLI and the app → %s',
  (provider) => {
    it('a launch the CLI left unknown is listed by the app and finished by Retomar, once', async () => {
      loseTheAnswer(provider)
      const first = await cli(await config(provider))
      expect(first.code).toBe(1)
      expect(posts(provider)).toHaveLength(1)
      fake(provider).clearFailures()

      const { call, finished } = app()
      const [listed] = await call<LaunchSummary[]>('launch:list', {})
      expect(listed?.parts.map((part) => part.status)).toEqual(['unknown'])
      await call<LaunchSummary>('launch:resume', { launchId: listed!.launchId })
      const summary = await finished(1)
      expect(summary.state).toBe('done')
      expect(summary.parts.map((part) => part.status)).toEqual(['created'])
      // Found by its exact name: nothing was sent again.
      expect(posts(provider)).toHaveLength(1)
      expect(fake(provider).campaigns.size).toBe(1)
    })

    it('a launch the app left unknown is finished by running the same leadprep launch, once', async () => {
      const path = await config(provider)
      const { plan } = await planLaunch(path, null)
      loseTheAnswer(provider)
      const { call, finished } = app()
      const started = await call<LaunchSummary>('launch:start', { plan })
      expect((await finished(1)).parts.map((part) => part.status)).toEqual(['unknown'])
      expect(posts(provider)).toHaveLength(1)
      fake(provider).clearFailures()

      const next = await cli(path)
      expect(next.code).toBe(0)
      expect(next.json['launchId']).toBe(started.launchId)
      const parts = next.json['parts'] as { status: string; recipients: number }[]
      expect(parts.map((part) => [part.status, part.recipients])).toEqual([['created', LAUNCHABLE]])
      expect(posts(provider)).toHaveLength(1)
      expect(fake(provider).campaigns.size).toBe(1)
    })
  }
)

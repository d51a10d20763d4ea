import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildLaunchPlan } from '../../../shared/launch/buildPlan'
import type { LaunchPlan } from '../../../shared/launch/types'
import type { Mapping, MappingRow } from '../../../shared/mapping'
import type { LaunchFileHost } from '../../../electron/main/launch/leadsUpload'
import type { LaunchClients } from '../../../electron/main/launch/campaignApi'
import {
  resumeLaunch,
  runLaunch,
  type LaunchOutcome,
  type RunLaunchOptions
} from '../../../electron/main/launch/runner'
import type { RetryEvent } from '../../../electron/main/providers/http'
import { createIntegraClient } from '../../../electron/main/providers/integra/client'
import {
  createRateLimiter,
  rateLimitedFetch
} from '../../../electron/main/providers/integra/rateLimit'
import { createKinboxClient } from '../../../electron/main/providers/kinbox/client'
import type { LaunchProgressEvent } from '../../../shared/ipc/launch'
import { FAKE_INTEGRA_TOKEN, startFakeIntegra, type FakeIntegra } from '../../fakes/integraServer'
import { FAKE_KINBOX_TOKEN, startFakeKinbox, type FakeKinbox } from '../../fakes/kinboxServer'
import { FAST_RETRY, virtualTime } from '../providers/helpers'

/**
 * Shared by the launch tests: plans built by the real plan builder from simple rows, a
 * throwaway journal folder, and a tiny loopback file host (the Kinbox fake downloads the
 * leads file from it, as it would from S3).
 */

export const INTEGRA_SETTINGS = {
  project_id: 'b9c80a57-fad2-41a0-a304-727337ad1b1f',
  agent_id: '7e09d093-904a-48de-ac49-b0445906c38e',
  phone_number_id: 'd1082e49-1b2c-4337-81e2-8eb74810351d',
  config: { max_concurrent: 2 }
}

export const START = Date.parse('2026-12-01T12:00:00Z')

/** `count` distinct Brazilian mobiles: +55 11 9xxxx-xxxx. */
export function phones(count: number, offset = 0): string[] {
  return Array.from(
    { length: count },
    (_, i) => `+55119${String(10_000_000 + offset + i).slice(-8)}`
  )
}

function rows(count: number, offset = 0): MappingRow[] {
  return phones(count, offset).map((phone, i) => ({
    row: i + 2,
    phone,
    cell: (column: number) => (column === 0 ? phone : `Lead ${offset + i}`)
  }))
}

const mapping = (provider: 'integra' | 'kinbox'): Mapping => ({
  provider,
  phone: { column: 0 },
  name: { column: 1 },
  variables: [{ key: 'leadName', column: 1, empty: { kind: 'default', value: '' } }]
})

function built(result: ReturnType<typeof buildLaunchPlan>): LaunchPlan {
  if (!result.ok) throw new Error(`plan refused: ${JSON.stringify(result.problems)}`)
  return result.plan
}

export function integraPlan(count: number, name = 'Campanha Dezembro', offset = 0): LaunchPlan {
  return built(
    buildLaunchPlan({
      provider: 'integra',
      name,
      sourceFile: 'leads.xlsx',
      rows: rows(count, offset),
      excluded: { invalid: 2, duplicate: 1 },
      mapping: mapping('integra'),
      start: START,
      integra: INTEGRA_SETTINGS
    })
  )
}

export function kinboxPlan(count: number, name = 'Campanha Kinbox', offset = 0): LaunchPlan {
  return built(
    buildLaunchPlan({
      provider: 'kinbox',
      name,
      sourceFile: 'leads.xlsx',
      rows: rows(count, offset),
      excluded: { invalid: 1 },
      mapping: mapping('kinbox'),
      start: START,
      kinbox: {
        channelId: 'channel-1',
        channelType: '1',
        message: 'Olá {{leadName}}!',
        chunkSize: 100,
        secondsBetweenMessages: 10,
        secondsBetweenChunks: 600,
        leadsFile: { host: 's3', region: 'us-east-1', bucket: 'leads', prefix: 'leadprep/' }
      }
    })
  )
}

export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'leadprep-launch-'))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

export interface TestFileHost extends LaunchFileHost {
  uploads: { key: string; bytes: Uint8Array }[]
  /** The next uploads fail with this error. */
  failNext: Error[]
  /** Every URL handed out expires this long after upload (default: 7 days). */
  ttlMs: number
  close(): Promise<void>
}

/** Serves uploaded files on loopback at `/<key>`; URLs expire after `ttlMs` (clock: `now`). */
export async function startTestFileHost(now: () => number = Date.now): Promise<TestFileHost> {
  const files = new Map<string, Uint8Array>()
  const server = createServer((req, res) => {
    const bytes = files.get(decodeURIComponent((req.url ?? '/').slice(1).split('?')[0] ?? ''))
    if (!bytes) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from(bytes))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const host: TestFileHost = {
    uploads: [],
    failNext: [],
    ttlMs: 7 * 24 * 3600_000,
    upload(key, bytes) {
      const failure = host.failNext.shift()
      if (failure) return Promise.reject(failure)
      host.uploads.push({ key, bytes })
      files.set(key, bytes)
      return Promise.resolve({ key, url: `${base}/${key}`, expiresAt: now() + host.ttlMs })
    },
    close: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    }
  }
  return host
}

/**
 * The user's own web host for "hospedo eu mesmo": serves the files written into `dir` (where
 * the launch saved its leads file), 404 for anything else.
 */
export async function serveFolder(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void readFile(join(dir, (req.url ?? '/').slice(1))).then(
      (bytes) => res.writeHead(200).end(bytes),
      () => res.writeHead(404).end()
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    }
  }
}

// --- a whole world: both fakes, a file host, clients and a journal folder on one clock ------

export interface LaunchWorld {
  integra: FakeIntegra
  kinbox: FakeKinbox
  host: TestFileHost
  dir: string
  time: ReturnType<typeof virtualTime>
  tokens: { integra: string | null; kinbox: string | null }
  clients: LaunchClients
  events: LaunchProgressEvent[]
  retries: RetryEvent[]
  run(plan: LaunchPlan, extra?: Partial<RunLaunchOptions>): Promise<LaunchOutcome>
  resume(launchId: string, extra?: Partial<RunLaunchOptions>): Promise<LaunchOutcome>
  /** Campaigns at the fake named `name`. */
  named(provider: 'integra' | 'kinbox', name: string): Record<string, unknown>[]
  posts(provider: 'integra' | 'kinbox'): number
  journalText(launchId: string): Promise<string>
  close(): Promise<void>
}

export async function startLaunchWorld(): Promise<LaunchWorld> {
  const time = virtualTime()
  const integra = await startFakeIntegra({ now: time.now })
  const kinbox = await startFakeKinbox({ now: time.now })
  const host = await startTestFileHost(time.now)
  const folder = await tempDir()
  const tokens = {
    integra: FAKE_INTEGRA_TOKEN as string | null,
    kinbox: FAKE_KINBOX_TOKEN as string | null
  }
  const events: LaunchProgressEvent[] = []
  const retries: RetryEvent[] = []
  const limiter = createRateLimiter({ now: time.now, sleep: time.sleep })
  const http = {
    now: time.now,
    sleep: time.sleep,
    retry: FAST_RETRY,
    onRetry: (event: RetryEvent) => retries.push(event)
  }
  const clients: LaunchClients = {
    integra: createIntegraClient({
      ...http,
      baseUrl: integra.url,
      getToken: () => Promise.resolve(tokens.integra),
      fetch: rateLimitedFetch(limiter)
    }),
    kinbox: createKinboxClient({
      ...http,
      baseUrl: kinbox.url,
      getToken: () => Promise.resolve(tokens.kinbox)
    })
  }
  const base = (): Omit<RunLaunchOptions, 'plan'> => ({
    journalDir: folder.dir,
    clients,
    host,
    now: time.now,
    sleep: time.sleep,
    onProgress: (event) => events.push(event)
  })
  const named = (provider: 'integra' | 'kinbox', name: string) => {
    const campaigns = provider === 'integra' ? integra.campaigns : kinbox.campaigns
    return [...campaigns.values()].filter((c) => c.name === name) as Record<string, unknown>[]
  }
  const posts = (provider: 'integra' | 'kinbox') =>
    (provider === 'integra' ? integra : kinbox).requests.filter((r) => r.method === 'POST').length
  return {
    integra,
    kinbox,
    host,
    dir: folder.dir,
    time,
    tokens,
    clients,
    events,
    retries,
    run: (plan, extra) => runLaunch({ ...base(), plan, ...extra }),
    resume: (launchId, extra) => resumeLaunch(launchId, { ...base(), ...extra }),
    named,
    posts,
    journalText: (launchId) => readFile(join(folder.dir, `${launchId}.json`), 'utf8'),
    async close() {
      await Promise.all([integra.close(), kinbox.close(), host.close()])
      await folder.remove()
    }
  }
}

/** Every phone number a plan's parts carry, in order (Integra bodies or the Kinbox file). */
export function planPhones(plan: LaunchPlan): string[] {
  if (plan.provider === 'integra') {
    return plan.parts.flatMap((part) => part.body.recipients.map((r) => r.phone_number))
  }
  return plan.leadsFile.rows.map((row) => `+${row[0]}`)
}

/** Puts a campaign straight into the fake Integra (someone else's, made earlier). */
export function seedIntegraCampaign(
  world: LaunchWorld,
  id: string,
  name: string,
  createdAt: string
): void {
  world.integra.campaigns.set(id, {
    id,
    name,
    status: 'COMPLETED',
    total_recipients: 1,
    scheduled_at: '2026-01-01T09:00:00-03:00',
    created_at: createdAt,
    project_id: INTEGRA_SETTINGS.project_id,
    agent_id: INTEGRA_SETTINGS.agent_id,
    phone_number_id: INTEGRA_SETTINGS.phone_number_id,
    recipients: []
  })
}

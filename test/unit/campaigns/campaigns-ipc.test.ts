/**
 * Campanhas through the handler table (dispatchIpc: zod both ways), against the stateful
 * fakes over loopback, with journals written by a real launch run: live status as the fake
 * campaigns move on, Kinbox pause/resume confirmed from the server, per-lead results joined
 * to the file's rows, and exports that keep the row number and escape formulas.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as XLSX from '@e965/xlsx'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCampaignsService } from '../../../electron/main/campaigns/campaignsService'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import { campaignHandlers } from '../../../electron/main/ipc/handlers/campaigns'
import type { SecretStore } from '../../../electron/main/secrets/SecretStore'
import type { MainServices } from '../../../electron/main/services'
import type {
  CampaignPartStatus,
  CampaignResults,
  CampaignsStatus
} from '../../../shared/ipc/campaigns'
import { buildLaunchPlan } from '../../../shared/launch/buildPlan'
import type { LaunchPlan } from '../../../shared/launch/types'
import type { Mapping, MappingRow } from '../../../shared/mapping'
import {
  START,
  integraPlan,
  kinboxPlan,
  startLaunchWorld,
  type LaunchWorld
} from '../launch/launchTestKit'

// The page's origin as the bridge trusts it (works whatever scheme the built app uses).
const ORIGIN = 'http://127.0.0.1:5173'
const TRUSTED = { httpOrigin: ORIGIN }
const frame = { url: `${ORIGIN}/`, isMainFrame: true }

type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string } }

let world: LaunchWorld
let userDataDir: string
let saveTo: string | null
let language: 'pt-BR' | 'en'

beforeEach(async () => {
  world = await startLaunchWorld()
  userDataDir = await mkdtemp(join(tmpdir(), 'leadprep-campaigns-'))
  saveTo = null
  language = 'pt-BR'
})

afterEach(async () => {
  await world.close()
  await rm(userDataDir, { recursive: true, force: true })
})

function services(): MainServices {
  const secrets: SecretStore = {
    get: async (provider) => world.tokens[provider as 'kinbox' | 'integra'] ?? null,
    set: async () => undefined,
    remove: async () => undefined
  }
  return {
    secrets,
    settings: { get: async () => ({ language }), update: async () => ({ language }) },
    app: { name: 'LeadPrep', version: '1', platform: 'linux' },
    openInBrowser: async () => undefined,
    chooseLeadFile: async () => null,
    chooseSavePath: async () => saveTo,
    userDataDir,
    kinboxBaseUrl: world.kinbox.url,
    integraBaseUrl: world.integra.url
  }
}

/** The app's table; Campanhas on the fakes' clock so the cache and limiter run on it too. */
function table() {
  const main = services()
  const campaigns = createCampaignsService({
    userDataDir,
    getToken: (provider) => main.secrets.get(provider),
    baseUrls: { kinbox: world.kinbox.url, integra: world.integra.url },
    now: world.time.now,
    sleep: world.time.sleep
  })
  const handlers = { ...createHandlerTable(main), ...campaignHandlers(main, campaigns) }
  return async <T>(channel: string, payload: unknown) =>
    (await dispatchIpc(handlers, TRUSTED, channel, frame, payload)) as Answer<T>
}

function data<T>(answer: Answer<T>): T {
  if (!answer.ok) throw new Error(`IPC failed: ${answer.error.code}`)
  return answer.data
}

async function launch(plan: LaunchPlan) {
  const outcome = await world.run(plan, { journalDir: join(userDataDir, 'launches') })
  const campaignId = outcome.summary.parts[0]?.campaignId
  if (!campaignId) throw new Error('the launch created no campaign')
  return { launchId: outcome.launchId, campaignId }
}

const requests = (fake: { requests: { method: string; path: string }[] }, path: string) =>
  fake.requests.filter((r) => r.method === 'GET' && r.path.startsWith(path)).length

/** A Kinbox plan whose names try a formula, for the export's escaping. */
function hostileKinboxPlan(): LaunchPlan {
  const names = ['=HYPERLINK("http://x","clique")', 'Ana; Souza', '@SUM(1)']
  const rows: MappingRow[] = names.map((name, i) => ({
    row: i + 5,
    phone: `+55119${String(20_000_000 + i).slice(-8)}`,
    cell: (column: number) => (column === 0 ? '' : name)
  }))
  const mapping: Mapping = {
    provider: 'kinbox',
    phone: { column: 0 },
    name: { column: 1 },
    variables: [{ key: 'nome', column: 1, empty: { kind: 'default', value: '' } }]
  }
  const built = buildLaunchPlan({
    provider: 'kinbox',
    name: 'Campanha Perigosa',
    sourceFile: 'leads.csv',
    rows,
    excluded: {},
    mapping,
    start: START,
    kinbox: {
      channelId: 'channel-1',
      channelType: '1',
      message: 'Oi {{nome}}',
      chunkSize: 100,
      secondsBetweenMessages: 10,
      secondsBetweenChunks: 600,
      leadsFile: { host: 's3', region: 'us-east-1', bucket: 'leads', prefix: '' }
    }
  })
  if (!built.ok) throw new Error(JSON.stringify(built.problems))
  return built.plan
}

describe('Kinbox campaign', () => {
  it('shows status, progress and resultCounts, live once the fake sends a chunk', async () => {
    const call = table()
    const { launchId, campaignId } = await launch(kinboxPlan(12))
    const before = data(await call<CampaignsStatus>('campaigns:status', { launchId }))
    expect(before.provider).toBe('kinbox')
    expect(before.parts[0]).toMatchObject({
      campaignId,
      status: 'processing',
      progress: 0,
      counts: { sent: 0, received: 0, read: 0, answered: 0 },
      canPause: true,
      canResume: false,
      failure: null
    })

    world.kinbox.advance(campaignId, { chunks: 1 })
    // A second screen asking right away reuses the answer: one GET for both.
    const cached = data(await call<CampaignsStatus>('campaigns:status', { launchId }))
    expect(cached.parts[0]?.status).toBe('processing')
    expect(requests(world.kinbox, `/v3/campaigns/${campaignId}`)).toBe(1)

    const after = data(await call<CampaignsStatus>('campaigns:status', { launchId, fresh: true }))
    // DEFAULT_LEAD_OUTCOMES over 12 leads: answered, read, received, sent, read, failed ×2.
    expect(after.parts[0]).toMatchObject({
      status: 'done',
      progress: 100,
      counts: { sent: 10, received: 8, read: 6, answered: 2 },
      canPause: false
    })
  })

  it('pauses and resumes with the status read back from the server', async () => {
    const call = table()
    const { launchId, campaignId } = await launch(kinboxPlan(12))
    const paused = data(await call<CampaignPartStatus>('campaigns:pause', { launchId, part: 1 }))
    expect(paused).toMatchObject({ status: 'paused', canResume: true, canPause: false })
    expect(world.kinbox.campaigns.get(campaignId)?.status).toBe('paused')
    const status = data(await call<CampaignsStatus>('campaigns:status', { launchId }))
    expect(status.parts[0]?.status).toBe('paused')

    const resumed = data(await call<CampaignPartStatus>('campaigns:resume', { launchId, part: 1 }))
    expect(resumed).toMatchObject({ status: 'processing', canPause: true, failure: null })

    // Resuming what is not paused: the server says no, and the page sees both.
    const again = data(await call<CampaignPartStatus>('campaigns:resume', { launchId, part: 1 }))
    expect(again.status).toBe('processing')
    expect(again.failure).toMatchObject({ kind: 'validation', status: 400 })
  })

  it('joins chunk-lead statuses back to the file rows and exports them CSV-injection safe', async () => {
    const call = table()
    const { launchId, campaignId } = await launch(hostileKinboxPlan())
    world.kinbox.advance(campaignId, { chunks: 1, outcomes: ['read', 'answered', 'failed'] })
    const results = data(await call<CampaignResults>('campaigns:results', { launchId }))
    expect(results.variables).toEqual(['nome'])
    expect(results.leads.map((l) => [l.row, l.phone, l.name, l.result])).toEqual([
      [5, '+5511920000000', '=HYPERLINK("http://x","clique")', 'read'],
      [6, '+5511920000001', 'Ana; Souza', 'answered'],
      [7, '+5511920000002', '@SUM(1)', 'failed']
    ])

    saveTo = join(userDataDir, 'resultados.csv')
    const saved = await call('campaigns:export-results', { launchId, format: 'csv' })
    expect(data(saved)).toEqual({ saved: true, name: 'resultados.csv' })
    const lines = (await readFile(saveTo, 'utf8')).replace('\uFEFF', '').split('\r\n')
    expect(lines[0]).toBe('linha;telefone;nome;nome;resultado;enviada;lida;respondida;quando')
    expect(lines[1]).toMatch(/^5;\+5511920000000;"'=HYPERLINK\(""http:\/\/x"",""clique""\)";/)
    expect(lines[1]).toContain(';lida;sim;sim;não;')
    expect(lines[2]).toMatch(/^6;\+5511920000001;"Ana; Souza";"Ana; Souza";respondida;sim;sim;sim;/)
    expect(lines[3]).toMatch(/^7;\+5511920000002;'@SUM\(1\);'@SUM\(1\);falhou;não;não;não;$/)
  })

  it('a canceled save dialog writes nothing', async () => {
    const call = table()
    const { launchId } = await launch(kinboxPlan(3))
    expect(data(await call('campaigns:export-results', { launchId, format: 'xlsx' }))).toEqual({
      saved: false,
      name: null
    })
  })
})

describe('Integra campaign', () => {
  it('counts its calls by outcome (only its own), and its leads get their call outcome', async () => {
    const call = table()
    const { launchId, campaignId } = await launch(integraPlan(12))
    const other = await launch(integraPlan(4, 'Outra campanha', 500))
    world.integra.advance(other.campaignId, { to: 'COMPLETED' })

    const pending = data(await call<CampaignsStatus>('campaigns:status', { launchId }))
    expect(pending.parts[0]).toMatchObject({ status: 'PENDING', calls: 0, progress: 0 })
    expect(pending.parts[0]?.canPause).toBe(false)

    world.integra.advance(campaignId) // RUNNING: the first half is called
    const running = data(await call<CampaignsStatus>('campaigns:status', { launchId, fresh: true }))
    expect(running.parts[0]).toMatchObject({
      status: 'RUNNING',
      calls: 6,
      progress: 50,
      counts: { answered: 2, 'no-answer': 1, voicemail: 1, busy: 1, failed: 1 }
    })

    const results = data(await call<CampaignResults>('campaigns:results', { launchId }))
    expect(results.leads).toHaveLength(12)
    expect(results.leads.slice(0, 7).map((l) => [l.row, l.name, l.result])).toEqual([
      [2, 'Lead 0', 'answered'],
      [3, 'Lead 1', 'no-answer'],
      [4, 'Lead 2', 'voicemail'],
      [5, 'Lead 3', 'answered'],
      [6, 'Lead 4', 'busy'],
      [7, 'Lead 5', 'failed'],
      [8, 'Lead 6', null]
    ])
    expect(results.leads[0]?.variables).toEqual({ leadName: 'Lead 0' })
  })

  it('exports XLSX with the row number, the columns and the outcome in words', async () => {
    const call = table()
    const { launchId, campaignId } = await launch(integraPlan(6))
    world.integra.advance(campaignId, { to: 'COMPLETED' })
    language = 'en'
    saveTo = join(userDataDir, 'results.xlsx')
    data(await call('campaigns:export-results', { launchId, format: 'xlsx' }))
    const book = XLSX.read(await readFile(saveTo))
    const sheet = book.Sheets[book.SheetNames[0] ?? '']
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet!, { header: 1 })
    expect(rows[0]).toEqual(['row', 'phone', 'name', 'leadName', 'call result', 'when'])
    expect(rows.slice(1, 3).map((r) => r.slice(0, 5))).toEqual([
      ['2', '+5511910000000', 'Lead 0', 'Lead 0', 'picked up'],
      ['3', '+5511910000001', 'Lead 1', 'Lead 1', 'no answer']
    ])
  })

  it('refuses pause for an Integra launch', async () => {
    const call = table()
    const { launchId } = await launch(integraPlan(3))
    const answer = await call('campaigns:pause', { launchId, part: 1 })
    expect(!answer.ok && answer.error.code).toBe('invalid_request')
  })
})

describe('what goes wrong', () => {
  it('no token: each part says not_configured and no request is made', async () => {
    const call = table()
    const { launchId } = await launch(kinboxPlan(3))
    world.tokens.kinbox = null
    const before = world.kinbox.requests.length
    const status = data(await call<CampaignsStatus>('campaigns:status', { launchId }))
    expect(status.parts[0]?.failure?.kind).toBe('not_configured')
    const results = data(await call<CampaignResults>('campaigns:results', { launchId }))
    expect(results.failures).toEqual([
      { part: 1, failure: expect.objectContaining({ kind: 'not_configured' }) }
    ])
    expect(results.leads.every((lead) => lead.result === null)).toBe(true)
    expect(world.kinbox.requests.length).toBe(before)
  })

  it('an unknown launch is not_found, a malformed id invalid_request (app table as built)', async () => {
    const handlers = createHandlerTable(services())
    const ask = (payload: unknown) =>
      dispatchIpc(handlers, TRUSTED, 'campaigns:status', frame, payload)
    expect(await ask({ launchId: 'abcdef0123456789abcdef01' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    expect(await ask({ launchId: '../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' }
    })
  })
})

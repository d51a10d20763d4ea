import type {
  CampaignPartStatus,
  CampaignResults,
  CampaignsStatus,
  LeadResult
} from '../../../shared/ipc/campaigns'
import type { ProviderId } from '../../../shared/ipc/schemas'
import type { LaunchPlan, LaunchSource } from '../../../shared/launch/types'
import { createJournalStore, type LaunchJournal } from '../launch/journal'
import { launchesDir } from '../launch/launchService'
import { LaunchNotFoundError } from '../launch/runner'
import {
  createRateLimiter,
  rateLimitedFetch,
  type RateLimiter
} from '../providers/integra/rateLimit'
import {
  providerClients,
  sideFor,
  type ProviderClients,
  type RealProviders
} from '../simulation/providerClients'
import type { Simulation } from '../simulation/simulation'
import { NOT_CONFIGURED, toFailure, type Failure } from './failure'
import { readIntegraPart, scanCalls, type CallScan } from './integraRead'
import { readKinboxLeads, readKinboxPart, type LeadReading, type PartReading } from './kinboxRead'
import { phoneKey, plannedLeads } from './planLeads'
import {
  resultsCsv,
  resultsFileName,
  resultsTable,
  resultsXlsx,
  type ResultsLanguage
} from './resultsFile'
import { createTtlCache } from './ttlCache'

/**
 * Campanhas in main (no Electron here): reads the launch journals and the plans beside them,
 * asks each provider how its campaigns are doing, and joins the answers back to the user's
 * rows. Answers are kept a short while (several screens, one request); Integra requests go
 * through a limiter of their own, below the 60 a minute a key allows.
 */
export interface CampaignsServiceDeps {
  userDataDir: string
  getToken(provider: ProviderId): Promise<string | null>
  baseUrls?: Partial<Record<ProviderId, string>>
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  /** How long an answer is reused (default 15 s). */
  ttlMs?: number
  limiter?: RateLimiter
  /** Where launches marked `simulated` are read (never the keychain, never a real API). */
  simulation?: Simulation
}

export interface CampaignsService {
  status(launchId: string, fresh?: boolean): Promise<CampaignsStatus>
  pause(launchId: string, part: number): Promise<CampaignPartStatus>
  resume(launchId: string, part: number): Promise<CampaignPartStatus>
  results(launchId: string, fresh?: boolean): Promise<CampaignResults>
  exportFile(
    launchId: string,
    format: 'csv' | 'xlsx',
    language: ResultsLanguage
  ): Promise<{ name: string; bytes: Uint8Array }>
}

/** Asked of a part that cannot be paused (Integra, never created). */
export class CampaignActionError extends Error {
  readonly code = 'campaign_action_refused'
}

export const DEFAULT_CAMPAIGNS_TTL_MS = 15_000
/**
 * Integra's 60 a minute is per key and a launch may be sending at the same time with its own
 * limiter: Campanhas keeps to half of it.
 */
export const CAMPAIGNS_INTEGRA_PER_MINUTE = 30

interface Loaded {
  journal: LaunchJournal
  plan: LaunchPlan
}

function choicesOf(source: LaunchSource | null): CampaignResults['choices'] {
  if (source === null) return null
  const { columns: _columns, leads: _leads, ...choices } = source
  void _columns
  void _leads
  return choices
}

export function createCampaignsService(deps: CampaignsServiceDeps): CampaignsService {
  const now = deps.now ?? Date.now
  const store = createJournalStore(launchesDir(deps.userDataDir))
  const cache = createTtlCache(deps.ttlMs ?? DEFAULT_CAMPAIGNS_TTL_MS, now)
  const timing = { ...(deps.now && { now: deps.now }), ...(deps.sleep && { sleep: deps.sleep }) }
  const limiter =
    deps.limiter ?? createRateLimiter({ limit: CAMPAIGNS_INTEGRA_PER_MINUTE, ...timing })
  const realProviders: RealProviders = {
    getToken: deps.getToken,
    ...(deps.baseUrls && { baseUrls: deps.baseUrls }),
    integraFetch: rateLimitedFetch(limiter)
  }
  const real = providerClients({ real: realProviders }, timing)
  let simulated: ProviderClients | null = null
  /** A launch's own side: one made in simulation mode is read from the simulation only. */
  function clientsOf(journal: LaunchJournal): ProviderClients {
    if (journal.simulated !== true) return real
    simulated ??= providerClients(
      sideFor(true, deps.simulation, () => realProviders),
      timing
    )
    return simulated
  }
  const iso = () => new Date(now()).toISOString()

  async function load(launchId: string): Promise<Loaded> {
    const [journal, plan] = await Promise.all([store.read(launchId), store.readPlan(launchId)])
    if (journal === null || plan === null) throw new LaunchNotFoundError(launchId)
    return { journal, plan }
  }

  async function tokenMissing(journal: LaunchJournal): Promise<boolean> {
    const token = await clientsOf(journal).getToken(journal.provider)
    return token === null || token === ''
  }

  function createdIds(journal: LaunchJournal): string[] {
    return journal.parts.flatMap((part) => (part.campaignId === null ? [] : [part.campaignId]))
  }

  function callScan(journal: LaunchJournal, fresh: boolean): Promise<CallScan> {
    const started = journal.parts
      .map((part) => (part.sendingAt === null ? NaN : Date.parse(part.sendingAt)))
      .filter(Number.isFinite)
    const since = Math.min(Date.parse(journal.createdAt), ...started)
    return cache.get(
      `calls:${journal.launchId}`,
      () => scanCalls(clientsOf(journal).integra, createdIds(journal), since),
      { fresh }
    )
  }

  async function reading(
    journal: LaunchJournal,
    part: LaunchJournal['parts'][number],
    fresh: boolean
  ): Promise<PartReading & { refreshedAt: string }> {
    const id = part.campaignId ?? ''
    const { kinbox, integra } = clientsOf(journal)
    return cache.get(
      `status:${id}`,
      async () => {
        const read =
          journal.provider === 'kinbox'
            ? await readKinboxPart(kinbox, id)
            : await readIntegraPart(
                integra,
                id,
                part.recipients,
                (await callScan(journal, fresh)).byCampaign.get(id)
              )
        return { ...read, refreshedAt: iso() }
      },
      { fresh }
    )
  }

  async function partStatus(
    journal: LaunchJournal,
    part: LaunchJournal['parts'][number],
    fresh: boolean,
    missing: boolean
  ): Promise<CampaignPartStatus> {
    const base = {
      part: part.part,
      name: part.name,
      recipients: part.recipients,
      campaignId: part.campaignId
    }
    const empty = {
      ...base,
      status: null,
      progress: null,
      counts: {},
      calls: null,
      canPause: false,
      canResume: false,
      refreshedAt: null
    }
    if (part.campaignId === null) return { ...empty, failure: null }
    if (missing) return { ...empty, failure: NOT_CONFIGURED(journal.provider) }
    try {
      return { ...base, ...(await reading(journal, part, fresh)), failure: null }
    } catch (error) {
      return { ...empty, failure: toFailure(error) }
    }
  }

  async function status(launchId: string, fresh = false): Promise<CampaignsStatus> {
    const { journal } = await load(launchId)
    const missing = await tokenMissing(journal)
    const parts: CampaignPartStatus[] = []
    // One part after another: Integra's limiter paces them anyway, and Kinbox is not hammered.
    for (const part of journal.parts) parts.push(await partStatus(journal, part, fresh, missing))
    return { launchId, provider: journal.provider, parts, refreshedAt: iso() }
  }

  async function act(
    launchId: string,
    partNumber: number,
    action: 'pause' | 'resume'
  ): Promise<CampaignPartStatus> {
    const { journal } = await load(launchId)
    const part = journal.parts.find((p) => p.part === partNumber)
    if (journal.provider !== 'kinbox') throw new CampaignActionError('only Kinbox campaigns pause')
    if (part?.campaignId == null)
      throw new CampaignActionError(`part ${partNumber} has no campaign`)
    if (await tokenMissing(journal)) return partStatus(journal, part, true, true)
    const { kinbox } = clientsOf(journal)
    let failure: Failure | null = null
    try {
      await (action === 'pause'
        ? kinbox.pauseCampaign(part.campaignId)
        : kinbox.resumeCampaign(part.campaignId))
    } catch (error) {
      failure = toFailure(error)
    }
    cache.drop(`status:${part.campaignId}`)
    cache.drop(`leads:${part.campaignId}`)
    // The status shown is the one the server has now, whatever the POST answered.
    const confirmed = await partStatus(journal, part, true, false)
    return failure !== null && confirmed.failure === null ? { ...confirmed, failure } : confirmed
  }

  async function leadReadings(
    journal: LaunchJournal,
    fresh: boolean
  ): Promise<{
    byPart: Map<number, Map<string, LeadReading>>
    failures: CampaignResults['failures']
  }> {
    const byPart = new Map<number, Map<string, LeadReading>>()
    const failures: CampaignResults['failures'] = []
    const created = journal.parts.filter((part) => part.campaignId !== null)
    if (created.length === 0) return { byPart, failures }
    if (await tokenMissing(journal)) {
      const failure = NOT_CONFIGURED(journal.provider)
      return { byPart, failures: created.map((part) => ({ part: part.part, failure })) }
    }
    if (journal.provider === 'integra') {
      try {
        const scan = await callScan(journal, fresh)
        for (const part of created) {
          byPart.set(part.part, scan.byCampaign.get(part.campaignId ?? '') ?? new Map())
        }
      } catch (error) {
        const failure = toFailure(error)
        failures.push(...created.map((part) => ({ part: part.part, failure })))
      }
      return { byPart, failures }
    }
    for (const part of created) {
      const id = part.campaignId ?? ''
      try {
        byPart.set(
          part.part,
          await cache.get(`leads:${id}`, () => readKinboxLeads(clientsOf(journal).kinbox, id), {
            fresh
          })
        )
      } catch (error) {
        failures.push({ part: part.part, failure: toFailure(error) })
      }
    }
    return { byPart, failures }
  }

  async function results(launchId: string, fresh = false): Promise<CampaignResults> {
    const { journal, plan } = await load(launchId)
    const source = await store.readSource(launchId)
    const planned = plannedLeads(plan, source)
    const { byPart, failures } = await leadReadings(journal, fresh)
    const leads = planned.leads.map((lead): LeadResult => {
      const found = byPart.get(lead.part)?.get(phoneKey(lead.phone))
      return { ...lead, result: found?.result ?? null, at: found?.at ?? null }
    })
    return {
      launchId,
      provider: journal.provider,
      name: journal.name,
      variables: planned.variables,
      columns: planned.columns,
      choices: choicesOf(source),
      leads,
      failures,
      refreshedAt: iso()
    }
  }

  return {
    status,
    pause: (launchId, part) => act(launchId, part, 'pause'),
    resume: (launchId, part) => act(launchId, part, 'resume'),
    results,
    async exportFile(launchId, format, language) {
      const table = resultsTable(await results(launchId), language)
      const bytes = format === 'csv' ? resultsCsv(table) : resultsXlsx(table)
      const { journal } = await load(launchId)
      return { name: resultsFileName(journal.name, format, language), bytes }
    }
  }
}

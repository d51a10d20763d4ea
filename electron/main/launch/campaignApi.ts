import { z } from 'zod'
import { IntegraCreateCampaign } from '../../../shared/providers/integra/schemas'
import { KinboxCreateCampaign } from '../../../shared/providers/kinbox/schemas'
import type { LaunchProvider } from '../../../shared/launch/types'
import type { CampaignSearch } from '../providers/campaignSearch'
import type { IntegraClient } from '../providers/integra/client'
import type { KinboxClient } from '../providers/kinbox/client'

/**
 * The three things a launch asks of a provider, the same for both: check a body, create a
 * campaign, and find campaigns by exact name (with when they were created and, when the
 * provider says, how many recipients they have) to settle a part whose creation was lost.
 */
export interface FoundCampaign {
  id: string
  /** Epoch ms, when the provider tells. */
  createdAt: number | null
  recipients: number | null
}

export interface CampaignApi {
  provider: LaunchProvider
  /** The body as it will be sent, or why it must not be. */
  check(body: unknown): { ok: true; body: object } | { ok: false; message: string }
  create(body: object): Promise<string>
  findByName(name: string): Promise<CampaignSearch<FoundCampaign>>
}

export interface LaunchClients {
  integra?: IntegraClient
  kinbox?: KinboxClient
  /** The clients answer from the in-app simulation (simulation/providerClients.ts). */
  simulated?: boolean
}

function checker<T extends object>(schema: z.ZodType<T>) {
  return (body: unknown): { ok: true; body: object } | { ok: false; message: string } => {
    const parsed = schema.safeParse(body)
    return parsed.success
      ? { ok: true, body: parsed.data }
      : { ok: false, message: z.prettifyError(parsed.error).slice(0, 1_000) }
  }
}

function time(value: unknown): number | null {
  if (typeof value !== 'string') return null
  const ms = Date.parse(value)
  return Number.isFinite(ms) ? ms : null
}

export function integraCampaignApi(client: IntegraClient): CampaignApi {
  return {
    provider: 'integra',
    check: checker(IntegraCreateCampaign),
    create: async (body) => (await client.createCampaign(body as IntegraCreateCampaign)).id,
    async findByName(name) {
      const { matches, complete } = await client.findCampaignsByName(name)
      return {
        complete,
        matches: matches.map((c) => ({
          id: c.id,
          createdAt: time(c.created_at),
          recipients: c.total_recipients ?? null
        }))
      }
    }
  }
}

export function kinboxCampaignApi(client: KinboxClient): CampaignApi {
  return {
    provider: 'kinbox',
    check: checker(KinboxCreateCampaign),
    create: async (body) => (await client.createCampaign(body as KinboxCreateCampaign)).id,
    async findByName(name) {
      const { matches, complete } = await client.findCampaignsByName(name)
      return {
        complete,
        matches: matches.map((c) => ({
          id: c.id,
          // Undocumented: Kinbox's records carry Mongo-style `createdAt` when they do.
          createdAt: time((c as Record<string, unknown>)['createdAt']),
          recipients: typeof c.leadsCount === 'number' ? c.leadsCount : null
        }))
      }
    }
  }
}

export function campaignApiFor(provider: LaunchProvider, clients: LaunchClients): CampaignApi {
  if (provider === 'integra' && clients.integra) return integraCampaignApi(clients.integra)
  if (provider === 'kinbox' && clients.kinbox) return kinboxCampaignApi(clients.kinbox)
  throw new Error(`no ${provider} client given to the launch`)
}

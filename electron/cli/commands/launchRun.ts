import { join } from 'node:path'
import type { LaunchProgressEvent, LaunchSummary } from '../../../shared/ipc/launch'
import type { ProviderId } from '../../../shared/ipc/schemas'
import { launchMessage } from '../../../shared/launch/messages'
import type { LaunchPlan } from '../../../shared/launch/types'
import type { LaunchClients } from '../../main/launch/campaignApi'
import { createLeadsFileHost } from '../../main/launch/leadsFileHost'
import { newLaunchNonce } from '../../main/launch/launchId'
import { runLaunch, type LaunchOutcome } from '../../main/launch/runner'
import type { RetryEvent } from '../../main/providers/http'
import { createIntegraClient } from '../../main/providers/integra/client'
import { createRateLimiter, rateLimitedFetch } from '../../main/providers/integra/rateLimit'
import { createKinboxClient } from '../../main/providers/kinbox/client'
import { registerSecret } from '../../main/log'
import { createS3CredentialStore, readS3Credentials } from '../../main/secrets/s3Credentials'
import { KeychainUnavailableError } from '../../main/secrets/SecretStore'
import { createKeytarSecretStore } from '../../main/secrets/keytarSecretStore'

/**
 * The network half of `leadprep launch`: tokens (environment first, then the app's keychain
 * entries), the provider clients, the leads-file host, and the same runner the app uses,
 * on the same journals (`<userData>/launches`). Progress goes to stderr, line by line.
 */

export const TOKEN_ENV: Record<ProviderId, string> = {
  integra: 'LEADPREP_INTEGRA_TOKEN',
  kinbox: 'LEADPREP_KINBOX_TOKEN'
}

export async function readToken(
  provider: ProviderId,
  env: Record<string, string | undefined> = process.env
): Promise<string | null> {
  const fromEnv = env[TOKEN_ENV[provider]]
  if (fromEnv) {
    registerSecret(fromEnv)
    return fromEnv
  }
  try {
    return await createKeytarSecretStore().get(provider)
  } catch (error) {
    if (error instanceof KeychainUnavailableError) return null
    throw error
  }
}

export function cliClients(onRetry: (event: RetryEvent) => void): LaunchClients {
  return {
    integra: createIntegraClient({
      getToken: () => readToken('integra'),
      fetch: rateLimitedFetch(createRateLimiter()),
      onRetry
    }),
    kinbox: createKinboxClient({ getToken: () => readToken('kinbox'), onRetry })
  }
}

async function fileHost(plan: LaunchPlan) {
  if (plan.provider !== 'kinbox') return undefined
  const target = plan.leadsFileTarget
  const found =
    target.host === 's3'
      ? await readS3Credentials({ env: process.env, store: createS3CredentialStore() })
      : null
  return createLeadsFileHost(target, { credentials: found?.credentials ?? null })
}

const STATUS_PT: Record<string, string> = {
  pending: 'pendente',
  sending: 'enviando…',
  created: 'criada',
  failed: 'falhou',
  unknown: 'situação desconhecida'
}

function progressLine(event: LaunchProgressEvent): string | null {
  const { summary } = event
  if (event.kind === 'upload') return 'arquivo de leads hospedado'
  if (event.kind === 'waiting')
    return `aguardando ${event.waitSeconds ?? 0} s antes de tentar de novo`
  if (event.kind !== 'part' || event.part === null) return null
  const part = summary.parts[event.part - 1]
  if (part === undefined) return null
  const id = part.campaignId ? ` (id ${part.campaignId})` : ''
  return `parte ${part.part}/${summary.parts.length} — ${part.name}: ${STATUS_PT[part.status]}${id}`
}

export async function sendLaunch(
  plan: LaunchPlan,
  userData: string,
  fresh: boolean,
  stderr: (text: string) => void
): Promise<LaunchOutcome> {
  const say = (line: string | null) => line !== null && stderr(`${line}\n`)
  const onRetry = (event: RetryEvent) =>
    say(`aguardando ${Math.ceil(event.delayMs / 1000)} s antes de tentar de novo (${event.kind})`)
  return runLaunch({
    plan,
    journalDir: join(userData, 'launches'),
    clients: cliClients(onRetry),
    ...(plan.provider === 'kinbox' && { host: await fileHost(plan) }),
    nonce: fresh ? newLaunchNonce() : null,
    onProgress: (event) => say(progressLine(event))
  })
}

/** cli.md's result document. */
export function resultJson(summary: LaunchSummary) {
  return {
    launchId: summary.launchId,
    parts: summary.parts.map((part) => ({
      part: part.part,
      recipients: part.recipients,
      status: part.status,
      campaignId: part.campaignId
    }))
  }
}

export function resultText(summary: LaunchSummary): string {
  const lines = [`disparo ${summary.launchId}: ${summary.name} (${summary.provider})`]
  for (const part of summary.parts) {
    const id = part.campaignId ? ` — id ${part.campaignId}` : ''
    lines.push(`parte ${part.part} (${part.recipients} contatos): ${STATUS_PT[part.status]}${id}`)
    if (part.error) lines.push(`  ${launchMessage(part.error.code, part.error.params)}`)
  }
  if (summary.error) lines.push(launchMessage(summary.error.code, summary.error.params))
  if (summary.state !== 'done') lines.push('rode o mesmo comando de novo para retomar o disparo')
  return lines.join('\n')
}

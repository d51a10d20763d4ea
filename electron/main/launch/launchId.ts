import { createHash, randomBytes } from 'node:crypto'
import type { LaunchPlan } from '../../../shared/launch/types'

/**
 * A launch's identity is what it sends: the provider, the name, every part's body (the exact
 * recipients and settings) and, for Kinbox, the leads file's cells and where it goes. The
 * same plan built again gives the same id, so running it again resumes its journal; a nonce
 * (`--new`, "disparar de novo") makes a distinct launch of the same content, and so does
 * simulation mode: a simulated launch never shares its journal with a real one.
 */
export const LAUNCH_ID_LENGTH = 24

export function launchIdentity(plan: LaunchPlan, nonce?: string): unknown {
  const bodies = plan.parts.map((part) => withoutAssetUrl(part.body))
  const kinbox =
    plan.provider === 'kinbox'
      ? { leadsFile: plan.leadsFile, leadsFileTarget: plan.leadsFileTarget }
      : {}
  // Only when set, so that every id made before simulation mode existed stays the same.
  const simulated = plan.simulated === true ? { simulated: true } : {}
  return {
    provider: plan.provider,
    name: plan.name,
    bodies,
    ...kinbox,
    nonce: nonce ?? null,
    ...simulated
  }
}

export function computeLaunchId(plan: LaunchPlan, nonce?: string): string {
  const json = canonicalJson(launchIdentity(plan, nonce))
  return createHash('sha256').update(json).digest('hex').slice(0, LAUNCH_ID_LENGTH)
}

export function newLaunchNonce(): string {
  return randomBytes(12).toString('hex')
}

export function isLaunchId(value: string): boolean {
  return /^[0-9a-f]{24}$/.test(value)
}

function withoutAssetUrl(body: object): object {
  const { leadsAssetUrl: _url, ...rest } = body as Record<string, unknown>
  void _url
  return rest
}

/** JSON with object keys sorted at every level (arrays keep their order). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (member === null || typeof member !== 'object' || Array.isArray(member)) return member
    const record = member as Record<string, unknown>
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key]])
    )
  })
}

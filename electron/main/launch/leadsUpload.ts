import { writeLeadsFile, type LeadsFileBytes } from '../../../shared/launch/leadsFile'
import type { KinboxLaunchPlan } from '../../../shared/launch/types'
import { LEADS_FILE_FORMAT } from '../providers/kinbox/decisions'
import type { UploadStep } from './journal'
import { asFileHostError } from './launchErrors'
import { leadsFileKey } from './leadsFile/key'

/**
 * Kinbox's leads travel as a hosted file (providers.md). Hosting it is a step of its own in
 * the journal: a resume reuses the file already hosted while its URL is still good, and
 * uploads again under a new key once it has expired.
 */

/** The part of `LeadsFileHost` (leadsFileHost.ts) a launch uses; tests pass a small double. */
export interface LaunchFileHost {
  upload(
    key: string,
    bytes: Uint8Array,
    contentType: string
  ): Promise<{ key: string; url: string; expiresAt: string | number | Date | null }>
}

/** A URL this close to expiring is not handed to Kinbox (it may fetch the file later). */
export const URL_EXPIRY_MARGIN_MS = 60 * 60 * 1000

export function leadsFileBytes(plan: KinboxLaunchPlan): LeadsFileBytes {
  return writeLeadsFile(plan.leadsFile, LEADS_FILE_FORMAT)
}

export function isReusable(
  step: UploadStep | null,
  now: number
): step is UploadStep & { status: 'done' } {
  if (step?.status !== 'done') return false
  return step.expiresAt === null || Date.parse(step.expiresAt) - URL_EXPIRY_MARGIN_MS > now
}

/**
 * `<prefix><launchId>/leads.xlsx`, then `…/leads-<time>.xlsx` for an upload after the first
 * URL expired (a new key: nothing cached under the old one is served by mistake).
 */
export function leadsObjectKey(
  plan: KinboxLaunchPlan,
  launchId: string,
  extension: string,
  again: number | null
): string {
  const prefix = plan.leadsFileTarget.host === 's3' ? plan.leadsFileTarget.prefix : ''
  return leadsFileKey(prefix, launchId, `leads${again === null ? '' : `-${again}`}.${extension}`)
}

function iso(value: string | number | Date | null): string | null {
  if (value === null) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isFinite(date.getTime()) ? date.toISOString() : null
}

export async function uploadLeadsFile(
  plan: KinboxLaunchPlan,
  launchId: string,
  previous: UploadStep | null,
  host: LaunchFileHost,
  now: number
): Promise<UploadStep & { status: 'done' }> {
  const file = leadsFileBytes(plan)
  const again = previous?.status === 'done' ? now : null
  try {
    const hosted = await host.upload(
      leadsObjectKey(plan, launchId, file.extension, again),
      file.bytes,
      file.contentType
    )
    return {
      status: 'done',
      key: hosted.key,
      url: hosted.url,
      expiresAt: iso(hosted.expiresAt),
      uploadedAt: new Date(now).toISOString()
    }
  } catch (error) {
    throw asFileHostError(error)
  }
}

import {
  LEADS_ASSET_URL_PLACEHOLDER,
  type LaunchRequestSample,
  type LaunchReview,
  type LaunchSummary
} from '../../../shared/ipc/launch'
import type { LaunchPlan } from '../../../shared/launch/types'
import { resolveBaseUrl } from '../providers/baseUrl'
import { CREATE_CAMPAIGN_PATH } from '../providers/kinbox/decisions'
import { computeLaunchId } from './launchId'

/**
 * What the review screen (and `--dry-run`) shows of a plan before anything is sent. The
 * bodies are the plan's own; a token is never part of a body, so none can appear here.
 */

export const CREATE_PATHS = { integra: '/api/v1/campaigns', kinbox: CREATE_CAMPAIGN_PATH } as const

/** Every POST the launch would make, in order; Kinbox's file URL is a placeholder. */
export function launchRequests(plan: LaunchPlan, baseUrl: string): LaunchRequestSample[] {
  const url = baseUrl + CREATE_PATHS[plan.provider]
  if (plan.provider === 'integra') {
    return plan.parts.map((part) => ({ method: 'POST', url, body: { ...part.body } }))
  }
  return plan.parts.map((part) => ({
    method: 'POST',
    url,
    body: { ...part.body, leadsAssetUrl: LEADS_ASSET_URL_PLACEHOLDER }
  }))
}

const SAMPLE_RECIPIENTS = 3

export function sampleRequest(plan: LaunchPlan, baseUrl: string): LaunchRequestSample {
  const [first] = launchRequests(plan, baseUrl)
  if (first === undefined) throw new Error('a plan has at least one part')
  if (plan.provider !== 'integra') return first
  const recipients = plan.parts[0]?.body.recipients.slice(0, SAMPLE_RECIPIENTS) ?? []
  return { ...first, body: { ...first.body, recipients } }
}

export function reviewLaunch(
  plan: LaunchPlan,
  existing: LaunchSummary | null,
  baseUrl: string = resolveBaseUrl(plan.provider)
): LaunchReview {
  return {
    launchId: computeLaunchId(plan),
    provider: plan.provider,
    name: plan.name,
    recipients: plan.recipients,
    excluded: plan.excluded,
    warnings: plan.warnings,
    parts: plan.parts.map((part) => ({
      part: part.part,
      name: part.name,
      recipients: part.rows.length,
      scheduledAt: part.scheduledAt,
      expectedEndAt: part.expectedEndAt,
      warnings: part.warnings
    })),
    sample: sampleRequest(plan, baseUrl),
    existing
  }
}

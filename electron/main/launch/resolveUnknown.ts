import type { FoundCampaign } from './campaignApi'
import { launchError, toLaunchError } from './launchErrors'
import { errorContext, save, updatePart, type RunContext } from './runContext'

/**
 * Settles a part whose creation may or may not have happened (a lost response, a 5xx after
 * the POST, a process that died while `sending`). The provider is asked for campaigns with
 * the part's exact name; one counts only if it was created no earlier than the POST began
 * (minus a margin for the two clocks), has the part's number of recipients when the
 * provider tells, and is not a campaign another launch's journal already owns — so a launch
 * made again with the same name (`--new`) is not mistaken for the old one.
 */

/** Our clock and the provider's may disagree by this much. */
export const CLOCK_SKEW_MS = 2 * 60_000

export type Resolution = 'created' | 'absent' | 'unresolved'

export async function resolveUnknownPart(context: RunContext, index: number): Promise<Resolution> {
  const part = context.journal.parts[index]
  if (part === undefined) return 'unresolved'
  const sendingAt = part.sendingAt === null ? null : Date.parse(part.sendingAt)
  // `sending` with no POST begun cannot happen; a part never sent is simply absent.
  if (sendingAt === null || !Number.isFinite(sendingAt)) return 'absent'
  const wait = sendingAt + context.settleMs - context.now()
  if (wait > 0) await context.sleep(wait)
  let search
  try {
    search = await context.api.findByName(part.name)
  } catch (error) {
    const cause = toLaunchError(error, errorContext(context, part.part))
    const message = cause.detail ?? cause.code
    const info = launchError(
      'lookup_failed',
      { provider: context.plan.provider, part: part.part, message },
      message
    )
    return stayUnknown(context, index, info)
  }
  const claimed = await claimedCampaignIds(context, part.part)
  const found = search.matches
    .filter((campaign) => belongsToPart(campaign, sendingAt, part.recipients, claimed))
    .sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0))[0]
  if (found !== undefined) {
    updatePart(context, index, { status: 'created', campaignId: found.id, error: null })
    await save(context, 'part', part.part)
    return 'created'
  }
  if (!search.complete) {
    const params = { provider: context.plan.provider, part: part.part }
    return stayUnknown(context, index, launchError('lookup_incomplete', params))
  }
  return 'absent'
}

function belongsToPart(
  campaign: FoundCampaign,
  sendingAt: number,
  recipients: number,
  claimed: ReadonlySet<string>
): boolean {
  if (claimed.has(campaign.id)) return false
  if (campaign.createdAt !== null && campaign.createdAt < sendingAt - CLOCK_SKEW_MS) return false
  return campaign.recipients === null || campaign.recipients === recipients
}

async function stayUnknown(
  context: RunContext,
  index: number,
  error: ReturnType<typeof launchError>
): Promise<Resolution> {
  updatePart(context, index, { status: 'unknown', error })
  await save(context, 'part', context.journal.parts[index]?.part ?? null)
  return 'unresolved'
}

/** Campaign ids every journal of this provider already owns, except this very part's. */
async function claimedCampaignIds(context: RunContext, part: number): Promise<Set<string>> {
  const claimed = new Set<string>()
  const own = context.journal
  for (const other of own.parts) {
    if (other.part !== part && other.campaignId !== null) claimed.add(other.campaignId)
  }
  for (const launchId of await context.store.list()) {
    if (launchId === own.launchId) continue
    const journal = await context.store.read(launchId).catch(() => null)
    if (journal?.provider !== own.provider) continue
    for (const other of journal.parts) if (other.campaignId !== null) claimed.add(other.campaignId)
  }
  return claimed
}

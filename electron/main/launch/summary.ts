import type { LaunchState, LaunchSummary } from '../../../shared/ipc/launch'
import type { LaunchJournal } from './journal'

/**
 * The launch as a whole. A part left `sending` by a process that is gone (no lock holder)
 * may or may not exist: that is `unknown` until a resume looks it up.
 */
export function launchState(journal: LaunchJournal, active: boolean): LaunchState {
  const statuses = journal.parts.map((part) => part.status)
  if (statuses.every((status) => status === 'created')) return 'done'
  if (statuses.includes('failed')) return 'failed'
  if (statuses.includes('unknown')) return 'unknown'
  if (statuses.includes('sending')) return active ? 'in_progress' : 'unknown'
  return active ? 'in_progress' : 'pending'
}

export function summarize(journal: LaunchJournal, active: boolean): LaunchSummary {
  const { upload } = journal
  return {
    launchId: journal.launchId,
    provider: journal.provider,
    name: journal.name,
    sourceFile: journal.sourceFile,
    state: launchState(journal, active),
    active,
    createdAt: journal.createdAt,
    updatedAt: journal.updatedAt,
    recipients: journal.recipients,
    upload:
      upload === null
        ? null
        : { status: upload.status, expiresAt: upload.status === 'done' ? upload.expiresAt : null },
    parts: journal.parts.map((part) => ({
      part: part.part,
      name: part.name,
      recipients: part.recipients,
      status: part.status,
      campaignId: part.campaignId,
      attempts: part.attempts,
      error: part.error
    })),
    error: journal.error,
    ...(journal.simulated === true && { simulated: true })
  }
}

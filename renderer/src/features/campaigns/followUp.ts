import type { CampaignResults, LeadResult } from '../../../../shared/ipc/campaigns'
import type { LaunchProvider } from '../../../../shared/launch/types'
import { useImport } from '../import/importStore'
import { useMap } from '../map/mapStore'
import { useSchedule } from '../schedule/scheduleStore'
import { useNavigation } from '../shell/navigationStore'

/** The filter key of a lead's result: its word, or `none` while the provider says nothing. */
export const resultKey = (lead: Pick<LeadResult, 'result'>): string => lead.result ?? 'none'

/**
 * Headers Mapear recognises by themselves (knownFields: `telefone` → phone, `nome` → name and
 * its `leadName` variable); the other variables keep their keys as headers.
 */
const PHONE_HEADER = 'telefone'
const NAME_HEADER = 'nome'

/** A variable that only repeats the name (`leadName`) is the `nome` column already. */
function extraVariables(results: CampaignResults, leads: readonly LeadResult[]): string[] {
  const taken = new Set([PHONE_HEADER, NAME_HEADER])
  return results.variables.filter((key) => {
    if (taken.has(key.toLowerCase())) return false
    return !leads.every((lead) => (lead.variables[key] ?? '') === lead.name)
  })
}

/** Plain CSV for our own importer: quotes where needed, nothing to escape (it is not opened). */
function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function followUpCsv(results: CampaignResults, leads: readonly LeadResult[]): Uint8Array {
  const keys = extraVariables(results, leads)
  const lines = [[PHONE_HEADER, NAME_HEADER, ...keys]]
  for (const lead of leads) {
    lines.push([lead.phone, lead.name, ...keys.map((key) => lead.variables[key] ?? '')])
  }
  const text = lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n'
  return new TextEncoder().encode(text)
}

export function followUpLeads(results: CampaignResults, picked: ReadonlySet<string>): LeadResult[] {
  return results.leads.filter((lead) => picked.has(resultKey(lead)) && lead.phone !== '')
}

/**
 * Hands the follow-up list to Importar as a new file, sets the provider where Mapear and
 * Agendar read it, and opens Mapear: the user goes on through Mapear and Agendar.
 */
export async function startFollowUp(
  results: CampaignResults,
  leads: readonly LeadResult[],
  provider: LaunchProvider,
  fileName: string
): Promise<boolean> {
  useMap.getState().setProvider(provider)
  useSchedule.getState().update({ provider })
  const before = useImport.getState().table
  await useImport.getState().importBytes(fileName, followUpCsv(results, leads))
  const imported = useImport.getState()
  if (imported.error !== null || imported.table === null || imported.table === before) return false
  useNavigation.getState().open('map')
  return true
}

import type { CampaignResults, LeadResult } from '../../../../shared/ipc/campaigns'
import type { LaunchProvider } from '../../../../shared/launch/types'
import { toCliMapping, type CliMapping, type CliVariable } from '../../../../shared/mapping'
import { chooseProvider } from '../campaign/chooseProvider'
import { importLeads } from '../import/importLeads'
import { useImport } from '../import/importStore'
import { useMap } from '../map/mapStore'
import type { SavedPreset } from '../map/presetStorage'
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

/** The follow-up list: the user's own columns when the launch kept them, else what was sent. */
export function followUpTable(
  results: CampaignResults,
  leads: readonly LeadResult[]
): { header: string[]; rows: string[][] } {
  if (results.columns.length > 0) {
    return { header: [...results.columns], rows: leads.map((lead) => [...lead.cells]) }
  }
  const keys = extraVariables(results, leads)
  return {
    header: [PHONE_HEADER, NAME_HEADER, ...keys],
    rows: leads.map((lead) => [
      lead.phone,
      lead.name,
      ...keys.map((key) => lead.variables[key] ?? '')
    ])
  }
}

export function followUpCsv(results: CampaignResults, leads: readonly LeadResult[]): Uint8Array {
  const { header, rows } = followUpTable(results, leads)
  const text = [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n')
  return new TextEncoder().encode(text + '\r\n')
}

export function followUpLeads(results: CampaignResults, picked: ReadonlySet<string>): LeadResult[] {
  return results.leads.filter((lead) => picked.has(resultKey(lead)) && lead.phone !== '')
}

/**
 * The previous mapping by header names, for the follow-up list's columns: the launch's own
 * mapping over its own columns; a launch kept without them gets `telefone`, `nome` and its
 * variables by key, as followUpTable writes them (values already transformed: no transform).
 */
function previousMapping(
  results: CampaignResults,
  leads: readonly LeadResult[]
): CliMapping | null {
  const choices = results.choices
  if (choices === null) return null
  if (results.columns.length > 0) return toCliMapping(choices.mapping, results.columns)
  const keys = new Set(extraVariables(results, leads))
  const variables: Record<string, CliVariable> = {}
  for (const { key, empty } of choices.mapping.variables) {
    const rule =
      empty.kind === 'omit'
        ? { omitIfEmpty: true }
        : empty.kind === 'skipRow'
          ? { skipRowIfEmpty: true }
          : empty.value === ''
            ? {}
            : { default: empty.value }
    variables[key] = { column: keys.has(key) ? key : NAME_HEADER, ...rule }
  }
  return { phone: PHONE_HEADER, name: NAME_HEADER, variables }
}

/**
 * What Mapear fills in for the follow-up: the previous mapping and, on the same provider, its
 * text (Kinbox message, Integra voicemail); on the other provider the variables only, and the
 * text starts empty (a WhatsApp message is not a voicemail).
 */
export function carriedMapping(
  results: CampaignResults,
  leads: readonly LeadResult[],
  provider: LaunchProvider
): SavedPreset | null {
  const mapping = previousMapping(results, leads)
  if (mapping === null) return null
  const text = results.provider === provider ? (results.choices?.text ?? null) : null
  const texts =
    provider === 'kinbox' ? { message: text ?? '' } : text === null ? {} : { voicemail: text }
  return { name: results.name, provider, headerSignature: '', mapping: { ...mapping, ...texts } }
}

/**
 * Hands the follow-up list to Importar as a new file, chooses the campaign's provider, hands Mapear the previous mapping and text and Agendar the previous
 * schedule, and opens Mapear: the user goes on through Mapear and Agendar.
 */
export async function startFollowUp(
  results: CampaignResults,
  leads: readonly LeadResult[],
  provider: LaunchProvider,
  fileName: string
): Promise<boolean> {
  chooseProvider(provider)
  useMap.getState().carryIntoNextTable(carriedMapping(results, leads, provider))
  if (results.choices) useSchedule.getState().carry(results.choices.schedule)
  const before = useImport.getState().table
  await importLeads(fileName, followUpCsv(results, leads))
  const imported = useImport.getState()
  if (imported.error !== null || imported.table === null || imported.table === before) {
    useMap.getState().carryIntoNextTable(null)
    return false
  }
  useNavigation.getState().open('map')
  return true
}

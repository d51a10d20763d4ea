import type { LaunchPlan, LaunchSource } from '../../../shared/launch/types'

/** One lead as the plan sent it, with the row of the user's own file it came from. */
export interface PlannedLead {
  row: number
  part: number
  phone: string
  name: string
  variables: Record<string, string>
  /** The row's own cells (in `PlannedLeads.columns` order); [] when the launch kept none. */
  cells: string[]
}

export interface PlannedLeads {
  /** Variable keys in mapping order. */
  variables: string[]
  /** The user's own headers at launch time; [] when the launch kept none. */
  columns: string[]
  leads: PlannedLead[]
}

/**
 * The Kinbox leads file has no name column of its own (only `number` and the variables): the
 * name is the variable that holds it, by its usual keys. One place to change.
 */
const NAME_KEYS = /^(lead_?)?(name|nome)$|^(nome|name)_?(completo|lead|contato)?$/i

function nameKey(keys: readonly string[]): string | undefined {
  return keys.find((key) => NAME_KEYS.test(key)) ?? keys.find((key) => /nome|name/i.test(key))
}

/**
 * Every lead of the plan, part by part, joined to its row (`part.rows` is in send order) and,
 * when the launch kept them (`source`), to that row's own cells.
 */
export function plannedLeads(plan: LaunchPlan, source: LaunchSource | null = null): PlannedLeads {
  const sent = plan.provider === 'kinbox' ? kinboxLeads(plan) : integraLeads(plan)
  if (source === null) return { ...sent, columns: [] }
  const byRow = new Map(source.leads.map((lead) => [lead.row, lead.cells]))
  const width = source.columns.length
  const leads = sent.leads.map((lead) => {
    const cells = byRow.get(lead.row) ?? []
    return { ...lead, cells: Array.from({ length: width }, (_, c) => cells[c] ?? '') }
  })
  return { variables: sent.variables, columns: source.columns, leads }
}

type SentLeads = Omit<PlannedLeads, 'columns'>

function kinboxLeads(plan: Extract<LaunchPlan, { provider: 'kinbox' }>): SentLeads {
  const keys = plan.leadsFile.header.slice(1)
  const nameAt = nameKey(keys)
  const part = plan.parts[0]
  const leads = plan.leadsFile.rows.map((cells, i): PlannedLead => {
    const variables = Object.fromEntries(keys.map((key, k) => [key, cells[k + 1] ?? '']))
    const digits = cells[0] ?? ''
    return {
      row: part?.rows[i] ?? i + 1,
      part: part?.part ?? 1,
      phone: digits === '' ? '' : `+${digits}`,
      name: nameAt === undefined ? '' : (variables[nameAt] ?? ''),
      variables,
      cells: []
    }
  })
  return { variables: keys, leads }
}

function integraLeads(plan: Extract<LaunchPlan, { provider: 'integra' }>): SentLeads {
  const keys = new Set<string>()
  const leads = plan.parts.flatMap((part) =>
    part.body.recipients.map((recipient, i): PlannedLead => {
      const variables = recipient.dynamic_variables ?? {}
      for (const key of Object.keys(variables)) keys.add(key)
      return {
        row: part.rows[i] ?? i + 1,
        part: part.part,
        phone: recipient.phone_number,
        name: recipient.recipient_name ?? '',
        variables,
        cells: []
      }
    })
  )
  return { variables: [...keys], leads }
}

/** Digits only: Kinbox numbers (`5511…`) and E.164 phones (`+5511…`) meet here. */
export function phoneKey(phone: string): string {
  return phone.replace(/\D/g, '')
}

import type { LaunchPlan } from '../../../shared/launch/types'

/** One lead as the plan sent it, with the row of the user's own file it came from. */
export interface PlannedLead {
  row: number
  part: number
  phone: string
  name: string
  variables: Record<string, string>
}

export interface PlannedLeads {
  /** Variable keys in mapping order. */
  variables: string[]
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

/** Every lead of the plan, part by part, joined to its row (`part.rows` is in send order). */
export function plannedLeads(plan: LaunchPlan): PlannedLeads {
  return plan.provider === 'kinbox' ? kinboxLeads(plan) : integraLeads(plan)
}

function kinboxLeads(plan: Extract<LaunchPlan, { provider: 'kinbox' }>): PlannedLeads {
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
      variables
    }
  })
  return { variables: keys, leads }
}

function integraLeads(plan: Extract<LaunchPlan, { provider: 'integra' }>): PlannedLeads {
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
        variables
      }
    })
  )
  return { variables: [...keys], leads }
}

/** Digits only: Kinbox numbers (`5511…`) and E.164 phones (`+5511…`) meet here. */
export function phoneKey(phone: string): string {
  return phone.replace(/\D/g, '')
}

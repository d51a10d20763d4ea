import { createOpenApiValidator, loadOpenApi, type Vendor } from '../../fakes/openapi'
import type { LaunchInput } from '../../../shared/launch/buildPlan'
import type { LaunchPlanResult } from '../../../shared/launch/buildPlan'
import type { LaunchPlan } from '../../../shared/launch/types'
import type { Mapping, VariableMapping } from '../../../shared/mapping/mapping'
import type { MappingRow } from '../../../shared/mapping/rowValues'

/** Columns of the test leads: name, phone, company, city. */
export const COLUMNS = { name: 0, phone: 1, company: 2, city: 3 } as const

const FIRST = ['Maria', 'José', 'Ana', 'João', 'Sônia']
const COMPANIES = ['Padaria Pão Quente', 'Silva, Souza & Cia', 'Clínica "Sorriso"', '']

/** `n` distinct leads; every 4th has no company. Row numbers start at 2 (after the header). */
export function leads(n: number): MappingRow[] {
  return Array.from({ length: n }, (_, i) => {
    const cells = [
      `${FIRST[i % FIRST.length]} da Silva`,
      `(11) 9${String(i).padStart(8, '0')}`,
      COMPANIES[i % COMPANIES.length] ?? '',
      i % 2 === 0 ? 'São Paulo' : 'Belém'
    ]
    return {
      row: i + 2,
      phone: `+55119${String(i).padStart(8, '0')}`,
      cell: (column: number) => cells[column] ?? ''
    }
  })
}

export function variable(key: string, column: number, over: Partial<VariableMapping> = {}) {
  return { key, column, empty: { kind: 'default', value: '' }, ...over } as VariableMapping
}

export function mapping(provider: Mapping['provider'], variables?: VariableMapping[]): Mapping {
  return {
    provider,
    phone: { column: COLUMNS.phone },
    name: { column: COLUMNS.name },
    variables: variables ?? [
      variable('leadName', COLUMNS.name, { transform: 'firstName' }),
      variable('companyName', COLUMNS.company),
      variable('city', COLUMNS.city)
    ]
  }
}

export const INTEGRA_SETTINGS = {
  project_id: '3f6c1a52-8d0e-4b7a-9c21-5e4f0a9b8c7d',
  agent_id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  phone_number_id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  config: { max_concurrent: 5, call_timeout: 45, voicemail_mode: 'hangup' as const },
  averageCallSeconds: 60
}

export const KINBOX_SETTINGS = {
  channelId: '64b7f0c2a1e2d3c4b5a69788',
  channelType: '1' as const,
  operatorName: 'Equipe Vendas',
  businessHoursId: '65f1c2a9e4b0a1b2c3d4e5f6',
  message: 'Olá {{leadName}}, tudo bem na {{companyName}}?',
  chunkSize: 100,
  secondsBetweenMessages: 10,
  secondsBetweenChunks: 600,
  leadsFile: {
    host: 'self' as const,
    url: 'https://files.example.com/leads.xlsx',
    saveTo: '/tmp/x.xlsx'
  }
}

/** A Tuesday 09:00 in São Paulo, inside every window used here. */
export const TUESDAY_9 = Date.parse('2026-12-01T09:00:00-03:00')

export function integraInput(rows: MappingRow[], over: Partial<LaunchInput> = {}): LaunchInput {
  return {
    provider: 'integra',
    name: 'Campanha Dezembro',
    sourceFile: 'leads.xlsx',
    rows,
    excluded: {},
    mapping: mapping('integra'),
    start: TUESDAY_9,
    integra: INTEGRA_SETTINGS,
    ...over
  }
}

export function kinboxInput(rows: MappingRow[], over: Partial<LaunchInput> = {}): LaunchInput {
  return {
    provider: 'kinbox',
    name: 'Campanha Dezembro',
    sourceFile: 'leads.xlsx',
    rows,
    excluded: {},
    mapping: mapping('kinbox'),
    start: TUESDAY_9,
    kinbox: KINBOX_SETTINGS,
    ...over
  }
}

/** The plan of a result that must be ok (fails the test with the problems otherwise). */
export function planOf(result: LaunchPlanResult): LaunchPlan {
  if (!result.ok) throw new Error(`unexpected problems ${JSON.stringify(result.problems)}`)
  return result.plan
}

const validators = {
  kinbox: createOpenApiValidator(loadOpenApi('kinbox')),
  integra: createOpenApiValidator(loadOpenApi('integra'))
}

/** What the vendor's OpenAPI says is wrong with a create body (empty when it accepts it). */
export function openApiIssues(vendor: Vendor, body: unknown): string[] {
  const path = vendor === 'kinbox' ? '/v3/campaigns' : '/api/v1/campaigns'
  const validation = validators[vendor].validate({
    method: 'POST',
    path,
    query: new URLSearchParams(),
    authorization: 'Bearer t',
    body
  })
  if (validation.kind !== 'matched') throw new Error(`no operation for ${path}`)
  return validation.issues.map((issue) => issue.message)
}

/**
 * The launch bench's input (issue 10, "Speed"): 50,000 launchable leads of a messy export,
 * read and cleaned as the app would, with a mapping that uses every costly transform. Shared
 * by launch.bench.ts and the profiling script (launchProfile.ts).
 */
import { cleanLeads } from '../../shared/cleaning'
import { readLeadFile } from '../../shared/import'
import type { LaunchInput } from '../../shared/launch/buildPlan'
import { collectLaunchRows, tableCells } from '../../shared/launch/collectRows'
import type { Mapping } from '../../shared/mapping'
import { HEADER, leadRows } from '../perf/bigInputs'
import { INTEGRA_SETTINGS, KINBOX_SETTINGS } from '../unit/launch/helpers'

const RECIPIENTS = 50_000
const col = (name: (typeof HEADER)[number]): number => HEADER.indexOf(name)

export function launchInput(provider: 'integra' | 'kinbox'): LaunchInput {
  // Generate enough messy rows that 50,000 survive cleaning; read them as the app would.
  const csv = [HEADER.join(','), ...leadRows(80_000, true).map((r) => r.map(quote).join(','))]
  const table = readLeadFile(new TextEncoder().encode(csv.join('\r\n')), 'leads.csv')
  const cleaned = cleanLeads(table, { provider })
  const collected = collectLaunchRows(cleaned, tableCells(table), { provider })
  if (collected.rows.length < RECIPIENTS) throw new Error(`only ${collected.rows.length} rows`)
  const mapping: Mapping = {
    provider,
    phone: { column: col('Telefone') },
    name: { column: col('Nome') },
    variables: [
      { key: 'leadName', column: col('Nome'), transform: 'firstName', empty: { kind: 'skipRow' } },
      {
        key: 'companyName',
        column: col('Empresa'),
        empty: { kind: 'default', value: 'sua empresa' }
      },
      { key: 'role', column: col('Cargo'), empty: { kind: 'omit' } },
      { key: 'city', column: col('Cidade'), empty: { kind: 'default', value: '' } },
      {
        key: 'since',
        column: col('Data Cadastro'),
        transform: 'date_br',
        empty: { kind: 'default', value: '' }
      },
      {
        key: 'proposal',
        column: col('Valor Proposta'),
        transform: 'money_brl',
        empty: { kind: 'default', value: '' }
      }
    ]
  }
  return {
    provider,
    name: 'Campanha Dezembro',
    sourceFile: 'leads.csv',
    rows: collected.rows.slice(0, RECIPIENTS),
    excluded: collected.excluded,
    mapping,
    start: Date.parse('2026-12-01T09:00:00-03:00'),
    integra: INTEGRA_SETTINGS,
    kinbox: { ...KINBOX_SETTINGS, message: 'Olá {{leadName}}, da {{companyName}} em {{city}}!' }
  }
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell
}

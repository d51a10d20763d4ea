import { escapeCellForCsv } from '../../../shared/cleaning/export'
import type { CampaignResults } from '../../../shared/ipc/campaigns'
import { writeLeadsXlsx } from '../../../shared/launch/leadsFile'

/**
 * The results export: the user's own row number, the phone, the name and the mapped
 * variables as sent, then the result per lead in words. CSV as the Limpar export writes it
 * (UTF-8 with BOM, `;`, formula-looking cells escaped, any separator quoted); XLSX with
 * every cell a text cell, which no spreadsheet runs.
 */

export type ResultsLanguage = 'pt-BR' | 'en'

const HEADERS: Record<
  ResultsLanguage,
  { row: string; phone: string; name: string; part: string; result: string; at: string }
> = {
  'pt-BR': {
    row: 'linha',
    phone: 'telefone',
    name: 'nome',
    part: 'parte',
    result: 'resultado',
    at: 'quando'
  },
  en: { row: 'row', phone: 'phone', name: 'name', part: 'part', result: 'result', at: 'when' }
}

const RESULT_WORDS: Record<ResultsLanguage, Record<string, string>> = {
  'pt-BR': {
    awaiting: 'aguardando',
    sent: 'enviada',
    received: 'recebida',
    read: 'lida',
    answered: 'respondida',
    failed: 'falhou',
    processed: 'processada',
    'no-answer': 'não atendeu',
    voicemail: 'caixa postal',
    busy: 'ocupado',
    unknown: 'desconhecido'
  },
  en: {
    awaiting: 'awaiting',
    sent: 'sent',
    received: 'received',
    read: 'read',
    answered: 'answered',
    failed: 'failed',
    processed: 'processed',
    'no-answer': 'no answer',
    voicemail: 'voicemail',
    busy: 'busy',
    unknown: 'unknown'
  }
}

/** An Integra `answered` is a call picked up: say so rather than "respondida". */
function resultWord(
  provider: CampaignResults['provider'],
  result: string | null,
  language: ResultsLanguage
): string {
  if (result === null) return language === 'pt-BR' ? 'sem resultado ainda' : 'no result yet'
  if (provider === 'integra' && result === 'answered')
    return language === 'pt-BR' ? 'atendeu' : 'picked up'
  return RESULT_WORDS[language][result] ?? result
}

export function resultsTable(results: CampaignResults, language: ResultsLanguage): string[][] {
  const h = HEADERS[language]
  const parts = new Set(results.leads.map((lead) => lead.part)).size > 1
  const header = [
    h.row,
    h.phone,
    h.name,
    ...results.variables,
    ...(parts ? [h.part] : []),
    h.result,
    h.at
  ]
  const rows = results.leads.map((lead) => [
    String(lead.row),
    lead.phone,
    lead.name,
    ...results.variables.map((key) => lead.variables[key] ?? ''),
    ...(parts ? [String(lead.part)] : []),
    resultWord(results.provider, lead.result, language),
    lead.at ?? ''
  ])
  return [header, ...rows]
}

const NEEDS_QUOTES = /[,;\t"\r\n]/
const quote = (cell: string) => (NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

export function resultsCsv(table: readonly string[][]): Uint8Array {
  const lines = table.map((cells) => cells.map((cell) => quote(escapeCellForCsv(cell))).join(';'))
  return new TextEncoder().encode('\uFEFF' + lines.join('\r\n') + '\r\n')
}

export function resultsXlsx(table: readonly string[][]): Uint8Array {
  const [header = [], ...rows] = table
  return writeLeadsXlsx({ header, rows })
}

/** `<campanha> — resultados.csv`, without characters a file name cannot hold. */
export function resultsFileName(
  name: string,
  format: 'csv' | 'xlsx',
  language: ResultsLanguage
): string {
  const safe =
    [...name]
      .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '-' : c))
      .join('')
      .trim()
      .slice(0, 150) || 'campanha'
  return `${safe} — ${language === 'pt-BR' ? 'resultados' : 'results'}.${format}`
}

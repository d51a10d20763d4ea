import { csvText } from '../../../shared/cleaning/export/exportCsv'
import type { CampaignResults, LeadResult } from '../../../shared/ipc/campaigns'
import { writeLeadsXlsx } from '../../../shared/launch/leadsFile'

/**
 * The results export, joined back to the user's own list: the row number and the file's own
 * columns as they were launched (a launch kept without them: the phone, the name and the mapped
 * variables as sent), then the result per lead — Kinbox: its status and whether it was sent,
 * read and answered; Integra: the call's outcome — and when. CSV through the Limpar export's
 * writer (UTF-8 with BOM, `;`, formula-looking cells escaped, any separator quoted); XLSX with
 * every cell a text cell, which no spreadsheet runs.
 */

export type ResultsLanguage = 'pt-BR' | 'en'

interface Headers {
  row: string
  phone: string
  phoneSent: string
  name: string
  part: string
  result: string
  callResult: string
  sent: string
  read: string
  answered: string
  at: string
  yes: string
  no: string
}

const HEADERS: Record<ResultsLanguage, Headers> = {
  'pt-BR': {
    row: 'linha',
    phone: 'telefone',
    phoneSent: 'telefone enviado',
    name: 'nome',
    part: 'parte',
    result: 'resultado',
    callResult: 'resultado da ligação',
    sent: 'enviada',
    read: 'lida',
    answered: 'respondida',
    at: 'quando',
    yes: 'sim',
    no: 'não'
  },
  en: {
    row: 'row',
    phone: 'phone',
    phoneSent: 'phone sent',
    name: 'name',
    part: 'part',
    result: 'result',
    callResult: 'call result',
    sent: 'sent',
    read: 'read',
    answered: 'answered',
    at: 'when',
    yes: 'yes',
    no: 'no'
  }
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

/** Kinbox lead statuses that mean the message went out, was read, was answered. */
const KINBOX_SENT = new Set(['sent', 'received', 'read', 'answered', 'processed'])
const KINBOX_READ = new Set(['read', 'answered'])

function kinboxFlags(result: string | null, h: Headers): string[] {
  if (result === null) return ['', '', '']
  const word = (yes: boolean) => (yes ? h.yes : h.no)
  return [word(KINBOX_SENT.has(result)), word(KINBOX_READ.has(result)), word(result === 'answered')]
}

/** Header plus one row per lead, every cell text (each format escapes for itself). */
export function resultsTable(results: CampaignResults, language: ResultsLanguage): string[][] {
  const h = HEADERS[language]
  const parts = new Set(results.leads.map((lead) => lead.part)).size > 1
  const own = results.columns.length > 0
  const kinbox = results.provider === 'kinbox'
  const header = [
    h.row,
    ...(own ? [...results.columns, h.phoneSent] : [h.phone, h.name, ...results.variables]),
    ...(parts ? [h.part] : []),
    ...(kinbox ? [h.result, h.sent, h.read, h.answered] : [h.callResult]),
    h.at
  ]
  const sent = (lead: LeadResult) =>
    own
      ? [...results.columns.map((_, c) => lead.cells[c] ?? ''), lead.phone]
      : [lead.phone, lead.name, ...results.variables.map((key) => lead.variables[key] ?? '')]
  const rows = results.leads.map((lead) => [
    String(lead.row),
    ...sent(lead),
    ...(parts ? [String(lead.part)] : []),
    resultWord(results.provider, lead.result, language),
    ...(kinbox ? kinboxFlags(lead.result, h) : []),
    lead.at ?? ''
  ])
  return [header, ...rows]
}

export function resultsCsv(table: readonly string[][]): Uint8Array {
  return new TextEncoder().encode(csvText(table))
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

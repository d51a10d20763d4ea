import { DateTime } from 'luxon'
import type { TimingError } from './types'
import type { PlanWarning } from './warnings'

export type MessageLanguage = 'pt-BR' | 'en'

/** A local time for people: "14/12/2026 13:05" (pt-BR) or "2026-12-14 13:05" (en). */
export function humanTime(ms: number, timeZone: string, lang: MessageLanguage): string {
  const format = lang === 'pt-BR' ? 'dd/MM/yyyy HH:mm' : 'yyyy-MM-dd HH:mm'
  return DateTime.fromMillis(ms, { zone: timeZone }).toFormat(format)
}

const humanDate = (date: string, lang: MessageLanguage): string =>
  lang === 'pt-BR' ? date.split('-').reverse().join('/') : date

const count = (v: number, lang: MessageLanguage): string =>
  v.toLocaleString(lang === 'pt-BR' ? 'pt-BR' : 'en-US')

/** One sentence per warning code, for the CLI (the app has its own i18n). */
export function warningMessage(w: PlanWarning, timeZone: string, lang: MessageLanguage): string {
  const pt = lang === 'pt-BR'
  const at = (ms: number): string => humanTime(ms, timeZone, lang)
  switch (w.code) {
    case 'start_in_past':
      return pt
        ? `O início (${at(w.start)}) já passou.`
        : `The start (${at(w.start)}) is in the past.`
    case 'finish_far': {
      const days = Math.floor(w.days)
      return pt
        ? `A campanha termina só em ${at(w.finishedAt)}, mais de ${days} dias depois de começar.`
        : `The campaign only finishes on ${at(w.finishedAt)}, over ${days} days after it begins.`
    }
    case 'crosses_holiday':
      return pt
        ? `O período inclui o feriado nacional ${w.name} (${humanDate(w.date, lang)}); o horário de atendimento do Kinbox não conhece feriados.`
        : `The plan spans the national holiday ${w.name} (${w.date}); Kinbox business hours do not know holidays.`
    case 'tier_exceeded':
      return pt
        ? `Até ${count(w.maxPer24h, lang)} contatos novos em 24 h a partir de ${at(w.from)}, acima do limite de ${count(w.tier, lang)} do WhatsApp.`
        : `Up to ${count(w.maxPer24h, lang)} new contacts in 24 h from ${at(w.from)}, above the WhatsApp tier of ${count(w.tier, lang)}.`
    case 'chunk_larger_than_list':
      return pt
        ? `O tamanho do bloco (${count(w.chunkSize, lang)}) é maior que a lista (${count(w.n, lang)}).`
        : `The chunk size (${count(w.chunkSize, lang)}) is larger than the list (${count(w.n, lang)}).`
  }
}

const FIELD_NAMES: Record<Extract<TimingError, { field: unknown }>['field'], string> = {
  n: 'leads',
  chunkSize: 'chunk-size',
  secondsBetweenMessages: 'seconds-between-messages',
  secondsBetweenChunks: 'seconds-between-chunks',
  start: 'start',
  timeZone: 'tz'
}

export function timingErrorMessage(error: TimingError, lang: MessageLanguage): string {
  const pt = lang === 'pt-BR'
  if (error.code === 'no_open_hours') {
    return pt
      ? 'O horário de atendimento não tem nenhuma janela aberta.'
      : 'The business hours have no open window.'
  }
  const field = FIELD_NAMES[error.field]
  return pt ? `Valor inválido: ${field}` : `Invalid value: ${field}`
}

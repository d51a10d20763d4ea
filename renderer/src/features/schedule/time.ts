import { DateTime } from 'luxon'
import { DEFAULT_TIME_ZONE } from '../../../../shared/timing'

export type UiLanguage = 'pt-BR' | 'en'

export const uiLanguage = (language: string): UiLanguage =>
  language.startsWith('en') ? 'en' : 'pt-BR'

/** The zone of this computer, for "seu horário" beside the business hours' zone. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_TIME_ZONE
}

/** "sex 04/12/2026 16:00" (pt-BR) or "Fri 2026-12-04 16:00" (en); seconds when asked. */
export function formatWhen(
  ms: number,
  zone: string,
  lang: UiLanguage,
  options: { seconds?: boolean; weekday?: boolean } = {}
): string {
  const clock = options.seconds ? 'HH:mm:ss' : 'HH:mm'
  const date = lang === 'pt-BR' ? 'dd/MM/yyyy' : 'yyyy-MM-dd'
  const at = DateTime.fromMillis(ms, { zone }).setLocale(lang)
  const text = at.toFormat(`${date} ${clock}`)
  if (options.weekday === false) return text
  return `${at.toFormat('ccc').replace('.', '')} ${text}`
}

/** "UTC−03:00" for the zone at that instant. */
export function offsetLabel(ms: number, zone: string): string {
  return `UTC${DateTime.fromMillis(ms, { zone }).toFormat('ZZ').replace('-', '−')}`
}

/** Same wall clock everywhere? Then the second zone adds nothing. */
export function sameClock(ms: number, a: string, b: string): boolean {
  return DateTime.fromMillis(ms, { zone: a }).offset === DateTime.fromMillis(ms, { zone: b }).offset
}

const BRAZIL = [
  'America/Sao_Paulo',
  'America/Bahia',
  'America/Fortaleza',
  'America/Recife',
  'America/Maceio',
  'America/Belem',
  'America/Araguaina',
  'America/Santarem',
  'America/Manaus',
  'America/Cuiaba',
  'America/Campo_Grande',
  'America/Porto_Velho',
  'America/Boa_Vista',
  'America/Rio_Branco',
  'America/Eirunepe',
  'America/Noronha'
]

export interface ZoneOption {
  zone: string
  label: string
}

let zoneCache: { brazil: ZoneOption[]; world: ZoneOption[] } | null = null

const zoneLabel = (zone: string, now: number): string =>
  `${zone.replace(/_/g, ' ')} (${offsetLabel(now, zone)})`

/** IANA zones for the select: Brazil's first, then the world's, each with its offset now. */
export function zoneOptions(extra: readonly string[]): {
  brazil: ZoneOption[]
  world: ZoneOption[]
} {
  if (!zoneCache) {
    const now = Date.now()
    const all =
      typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
    const brazil = BRAZIL.map((zone) => ({ zone, label: zoneLabel(zone, now) }))
    const world = all
      .filter((zone) => !BRAZIL.includes(zone))
      .map((zone) => ({ zone, label: zoneLabel(zone, now) }))
    zoneCache = { brazil, world }
  }
  const known = new Set([...zoneCache.brazil, ...zoneCache.world].map((o) => o.zone))
  const missing = extra.filter((zone) => !known.has(zone) && DateTime.local().setZone(zone).isValid)
  if (missing.length === 0) return zoneCache
  const now = Date.now()
  return {
    brazil: zoneCache.brazil,
    world: [...missing.map((zone) => ({ zone, label: zoneLabel(zone, now) })), ...zoneCache.world]
  }
}

const HOUR = 3_600_000
const TICK_HOURS = [1, 2, 3, 6, 12, 24, 48, 96, 168, 336, 720, 1440, 2880]

export interface Tick {
  at: number
  label: string
  /** A local midnight (drawn stronger). */
  major: boolean
}

/** Axis ticks on local hours or midnights of the zone, at most about `maxTicks`. */
export function timeTicks(
  fromMs: number,
  toMs: number,
  zone: string,
  lang: UiLanguage,
  maxTicks: number
): Tick[] {
  const span = Math.max(1, toMs - fromMs)
  const stepHours = TICK_HOURS.find((h) => span / (h * HOUR) <= maxTicks) ?? 2880
  const ticks: Tick[] = []
  const dayFormat = lang === 'pt-BR' ? 'ccc dd/MM' : 'ccc MM-dd'
  let at = DateTime.fromMillis(fromMs, { zone }).setLocale(lang).startOf('day')
  for (let guard = 0; guard < 400 && at.toMillis() <= toMs; guard++) {
    const ms = at.toMillis()
    const major = at.hour === 0
    if (ms >= fromMs) {
      const label = major
        ? stepHours >= 24
          ? at.toFormat(stepHours >= 168 ? 'dd/MM' : dayFormat).replace('.', '')
          : at.toFormat(dayFormat).replace('.', '')
        : at.toFormat('HH:mm')
      ticks.push({ at: ms, label, major })
    }
    at = stepHours >= 24 ? at.plus({ days: stepHours / 24 }) : at.plus({ hours: stepHours })
  }
  return ticks
}

/** Local midnight at or before `ms` in the zone. */
export function startOfLocalDay(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).startOf('day').toMillis()
}

/** `days` local days after `ms` (DST-safe). */
export function plusLocalDays(ms: number, days: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).plus({ days }).toMillis()
}

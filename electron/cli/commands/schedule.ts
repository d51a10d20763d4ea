import { readFile } from 'node:fs/promises'
import { DateTime } from 'luxon'
import type { Command, CommandInput } from './index'
import { CliError, type CliOutcome } from '../output'
import { WeeklyHoursSchema, type WeeklyHours } from '../../../shared/timing/businessHours'
import { humanTime, timingErrorMessage, warningMessage } from '../../../shared/timing/messages'
import { planCampaign } from '../../../shared/timing/plan'
import type { CampaignInput, CampaignPlan } from '../../../shared/timing/types'
import { planWarnings } from '../../../shared/timing/warnings'
import { DEFAULT_TIME_ZONE, formatInstant, resolveZone } from '../../../shared/timing/zone'

const USAGE = `uso: leadprep schedule --leads N --chunk-size C --seconds-between-messages M
                         --seconds-between-chunks G --start ISO
                         [--hours ARQUIVO.json | --hours-json JSON] [--tz IANA] [--json]`

const refuse = (message: string): CliError => new CliError('refused', 'invalid_arguments', message)

function text(values: CommandInput['values'], name: string, required = true): string | undefined {
  const value = values[name]
  if (typeof value === 'string') return value
  if (required) throw refuse(`falta --${name}\n${USAGE}`)
  return undefined
}

function whole(values: CommandInput['values'], name: string, min: number): number {
  const raw = text(values, name) ?? ''
  if (!/^\d+$/.test(raw) || Number(raw) < min)
    throw refuse(`--${name} deve ser um inteiro ≥ ${min}`)
  return Number(raw)
}

function seconds(values: CommandInput['values'], name: string): number {
  const raw = text(values, name) ?? ''
  if (!/^\d+(\.\d+)?$/.test(raw)) throw refuse(`--${name} deve ser um número de segundos ≥ 0`)
  return Number(raw)
}

const HAS_OFFSET = /(Z|[+-]\d{2}(:?\d{2})?)$/i

/** The start instant, and the zone its written offset stands for (null when none was written). */
function parseStart(raw: string, zone: string): { start: number; ownZone: string | null } {
  const withOffset = HAS_OFFSET.test(raw)
  const parsed = withOffset
    ? DateTime.fromISO(raw, { setZone: true })
    : DateTime.fromISO(raw, { zone })
  if (!parsed.isValid) throw refuse(`--start não é uma data ISO 8601 válida: ${raw}`)
  return { start: parsed.toMillis(), ownZone: withOffset ? parsed.zone.name : null }
}

async function readHours(values: CommandInput['values']): Promise<WeeklyHours | undefined> {
  const file = text(values, 'hours', false)
  const inline = text(values, 'hours-json', false)
  if (file !== undefined && inline !== undefined)
    throw refuse('use --hours ou --hours-json, não os dois')
  if (file === undefined && inline === undefined) return undefined
  let json = inline ?? ''
  if (file !== undefined) {
    try {
      json = await readFile(file, 'utf8')
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error)
      throw new CliError(
        'unreadable',
        'unreadable_file',
        `não foi possível ler ${file} (${reason})`
      )
    }
  }
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    throw refuse('o horário de atendimento não é um JSON válido')
  }
  const parsed = WeeklyHoursSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw refuse(`horário de atendimento inválido: ${issue?.path.join('.')} ${issue?.message}`)
  }
  return parsed.data
}

interface ScheduleRequest {
  input: CampaignInput
  /** The zone every printed time carries. */
  outputZone: string
}

async function readRequest(values: CommandInput['values']): Promise<ScheduleRequest> {
  const tz = text(values, 'tz', false)
  if (tz !== undefined && !resolveZone(tz)) throw refuse(`fuso horário desconhecido: ${tz}`)
  const hours = await readHours(values)
  const { start, ownZone } = parseStart(text(values, 'start') ?? '', tz ?? DEFAULT_TIME_ZONE)
  // cli.md: times carry --tz's offset, or --start's own when no hours are given.
  const outputZone = tz ?? (hours ? DEFAULT_TIME_ZONE : (ownZone ?? DEFAULT_TIME_ZONE))
  const input: CampaignInput = {
    n: whole(values, 'leads', 0),
    chunkSize: whole(values, 'chunk-size', 1),
    secondsBetweenMessages: seconds(values, 'seconds-between-messages'),
    secondsBetweenChunks: seconds(values, 'seconds-between-chunks'),
    start,
    timeZone: outputZone,
    ...(hours ? { hours } : {})
  }
  return { input, outputZone }
}

function toJson(plan: CampaignPlan, zone: string): unknown {
  const iso = (ms: number): string => formatInstant(ms, zone)
  return {
    chunksCount: plan.chunksCount,
    finishedAtPrediction: plan.finishedAt === null ? null : iso(plan.finishedAt),
    chunks: plan.chunks(0, plan.chunksCount).map((c) => ({
      chunk: c.chunk,
      size: c.size,
      firstAt: iso(c.firstAt),
      lastAt: iso(c.lastAt)
    }))
  }
}

const num = (v: number): string => v.toLocaleString('pt-BR')

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  const d = Math.floor(minutes / 1440)
  const h = Math.floor((minutes % 1440) / 60)
  const m = minutes % 60
  return [d ? `${d} d` : '', d || h ? `${h} h` : '', `${m} min`].filter(Boolean).join(' ')
}

function summaryLines(plan: CampaignPlan, zone: string): string[] {
  const at = (ms: number | null): string =>
    ms === null ? '—' : `${humanTime(ms, zone, 'pt-BR')} (${formatInstant(ms, zone)})`
  const rate = plan.messagesPerHour === null ? '—' : num(Math.round(plan.messagesPerHour))
  const days = plan.perDay
    .slice(0, 14)
    .map((d) => `${d.date.slice(8)}/${d.date.slice(5, 7)} ${num(d.count)}`)
  if (plan.perDay.length > 14) days.push(`… (+${plan.perDay.length - 14} dias)`)
  return [
    `Leads: ${num(plan.n)} em ${num(plan.chunksCount)} blocos de até ${num(plan.chunkSize)}`,
    `Fuso horário: ${zone}`,
    `Primeiro envio: ${at(plan.firstSendAt)}`,
    `Término previsto: ${at(plan.finishedAt)}`,
    `Duração total: ${duration(plan.durationMs)} · ${rate} mensagens/hora no horário aberto`,
    `Dias: ${plan.daysSpanned} · por dia: ${days.join(' · ') || '—'}`
  ]
}

// Long plans show their head and tail; --json always lists every chunk.
const TABLE_EDGE = 25

function tableLines(plan: CampaignPlan, zone: string): string[] {
  const when = (ms: number): string =>
    DateTime.fromMillis(ms, { zone }).toFormat('dd/MM/yyyy HH:mm:ss')
  const row = (c: { chunk: number; size: number; firstAt: number; lastAt: number }): string =>
    `${String(c.chunk).padStart(6)}  ${String(c.size).padStart(6)}  ${when(c.firstAt)}  ${when(c.lastAt)}`
  const lines = [
    `${'bloco'.padStart(6)}  ${'leads'.padStart(6)}  ${'primeiro envio'.padEnd(19)}  último envio`
  ]
  const total = plan.chunksCount
  if (total <= TABLE_EDGE * 2) return [...lines, ...plan.chunks(0, total).map(row)]
  return [
    ...lines,
    ...plan.chunks(0, TABLE_EDGE).map(row),
    `${'…'.padStart(6)}  (${num(total - 2 * TABLE_EDGE)} blocos omitidos)`,
    ...plan.chunks(total - TABLE_EDGE, TABLE_EDGE).map(row)
  ]
}

function toText(plan: CampaignPlan, request: ScheduleRequest): string {
  const warnings = planWarnings(plan, request.input, { now: Date.now() }).map(
    (w) => `  ! ${warningMessage(w, request.outputZone, 'pt-BR')}`
  )
  const lines = [...summaryLines(plan, request.outputZone)]
  if (plan.chunksCount > 0) lines.push('', ...tableLines(plan, request.outputZone))
  if (warnings.length) lines.push('', 'Avisos:', ...warnings)
  return lines.join('\n')
}

async function run({ values }: CommandInput): Promise<CliOutcome> {
  if (values.help === true) return { kind: 'ok', json: { usage: USAGE }, text: USAGE }
  const request = await readRequest(values)
  const result = planCampaign(request.input)
  if (!result.ok) {
    const code = result.error.code === 'no_open_hours' ? 'no_open_hours' : 'invalid_arguments'
    return { kind: 'refused', code, message: timingErrorMessage(result.error, 'pt-BR') }
  }
  return {
    kind: 'ok',
    json: toJson(result.plan, request.outputZone),
    text: toText(result.plan, request)
  }
}

/** `leadprep schedule` (cli.md): the timing model of timing.md for one campaign. */
export const scheduleCommand: Command = {
  options: {
    leads: { type: 'string' },
    'chunk-size': { type: 'string' },
    'seconds-between-messages': { type: 'string' },
    'seconds-between-chunks': { type: 'string' },
    start: { type: 'string' },
    hours: { type: 'string' },
    'hours-json': { type: 'string' },
    tz: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
  },
  run
}

import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { cleanLeads } from '../../../shared/cleaning/cleanLeads'
import { readLeadFile } from '../../../shared/import/readLeadFile'
import type { LaunchPlan } from '../../../shared/launch/types'
import { SAMPLE_LEAD_FILE_NAME, readSampleLeadFile } from '../files/sampleFile'
import { log } from '../log'
import { isLoopbackUrl } from '../platform/loopback'

/**
 * The bundled sample's numbers are made up, but a made-up number may be someone's: the sample
 * is only ever launched in simulation. Main decides from content, never from a name the page
 * sends: the sample's numbers (cleaned by the app's own rules) against the plan's recipients.
 * A real launch whose recipients are mostly sample numbers is refused (review and start alike,
 * and `leadprep launch`).
 */

/** At least this many of the plan's recipients are sample numbers… */
export const SAMPLE_MIN_NUMBERS = 5
/** …and at least this share of them. */
export const SAMPLE_MIN_SHARE = 0.5

export const SAMPLE_REFUSAL = {
  'pt-BR':
    'Este é o arquivo de exemplo: os números são fictícios e podem ser de pessoas reais. Dispare-o no modo simulação (Configurações → Contas).',
  en: 'This is the sample file: its numbers are made up and may belong to real people. Launch it in simulation mode (Settings → Accounts).'
} as const

const digits = (phone: string): string => phone.replace(/\D/g, '')

/** Every number of a lead file as the app cleans it (E.164), as digits only. */
export function leadFileNumbers(bytes: Uint8Array, fileName: string): Set<string> {
  const table = readLeadFile(bytes, fileName)
  const numbers = new Set<string>()
  for (const row of cleanLeads(table).rows) if (row.phone !== null) numbers.add(digits(row.phone))
  return numbers
}

/** The plan's recipients as digits: Integra's `phone_number`s, Kinbox's file's `number`s. */
export function planRecipients(plan: LaunchPlan): string[] {
  if (plan.provider === 'integra')
    return plan.parts.flatMap((part) => part.body.recipients.map((r) => digits(r.phone_number)))
  return plan.leadsFile.rows.map((row) => digits(row[0] ?? ''))
}

/** Mostly the sample's numbers (SAMPLE_MIN_NUMBERS and SAMPLE_MIN_SHARE both reached). */
export function isSampleLaunch(plan: LaunchPlan, sample: ReadonlySet<string>): boolean {
  if (sample.size === 0) return false
  const recipients = planRecipients(plan)
  const fromSample = recipients.filter((number) => sample.has(number)).length
  return fromSample >= SAMPLE_MIN_NUMBERS && fromSample >= recipients.length * SAMPLE_MIN_SHARE
}

/** A real (not simulated) launch of the sample: refused. */
export const refusesSample = (plan: LaunchPlan, sample: ReadonlySet<string>): boolean =>
  plan.simulated !== true && isSampleLaunch(plan, sample)

export interface SampleGuard {
  /** The sample's numbers, read once (none when there is no sample to read). */
  numbers(): Promise<ReadonlySet<string>>
  /**
   * Whether `plan`, sent to the provider at `baseUrl`, is a real launch of the sample. A
   * stand-in on this machine (the fakes, in tests and `leadprep` against them) reaches no
   * one's phone, so there the sample may go, unless the guard is `strict`.
   */
  refuses(plan: LaunchPlan, baseUrl?: string): Promise<boolean>
}

/** Over the sample at `path` (main's MainServices.sampleLeadFile). */
export function sampleGuard(path: string | null | undefined, strict = false): SampleGuard {
  let numbers: Promise<ReadonlySet<string>> | null = null
  const read = async (): Promise<ReadonlySet<string>> => {
    if (!path) return new Set()
    try {
      const file = await readSampleLeadFile(path)
      return leadFileNumbers(file.bytes, file.name)
    } catch (error) {
      log.warn('[launch] could not read the sample lead file:', error)
      return new Set()
    }
  }
  const guard: SampleGuard = {
    numbers: () => (numbers ??= read()),
    refuses: async (plan, baseUrl) =>
      plan.simulated !== true &&
      (strict || baseUrl === undefined || !isLoopbackUrl(baseUrl)) &&
      refusesSample(plan, await guard.numbers())
  }
  return guard
}

/**
 * The checkout's sample for `leadprep launch` (the CLI runs from a checkout: out/cli/ or, in
 * the tests, electron/cli/commands/): the nearest `resources/sample/` above `from`.
 */
export function findSampleLeadFile(from: string, levels = 5): string | null {
  let dir = from
  for (let i = 0; i < levels; i++) {
    const candidate = join(dir, 'resources', 'sample', SAMPLE_LEAD_FILE_NAME)
    if (existsSync(candidate)) return candidate
    const up = dirname(dir)
    if (up === dir) break
    dir = up
  }
  return null
}

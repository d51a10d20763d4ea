import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { isSupportedCountry } from 'libphonenumber-js/max'
import { z } from 'zod'
import type { CountryCode } from '../../../shared/cleaning/phone/types'
import { CliError } from '../output'
import { cleanLeads } from '../../../shared/cleaning/cleanLeads'
import { isImportError } from '../../../shared/import/errors'
import { readLeadFile, MAX_FILE_BYTES } from '../../../shared/import/readLeadFile'
import { buildLaunchPlan, type LaunchInput } from '../../../shared/launch/buildPlan'
import { LaunchConfig } from '../../../shared/launch/cliConfig'
import { collectLaunchRows, tableCells } from '../../../shared/launch/collectRows'
import type { LaunchPlan } from '../../../shared/launch/types'
import { fromCliMapping } from '../../../shared/mapping/cliMapping'
import type { WeeklyHours } from '../../../shared/timing/businessHours'

/**
 * From `--config CAMPAIGN.json` to the launch plan, with the same shared code the app's
 * worker runs: read the file, clean it, resolve the mapping by header names, keep the
 * launchable rows, build the plan. Refusals are exit 1, an unreadable input exit 2.
 */

const refuse = (code: string, message: string) => new CliError('refused', code, message)
const unreadable = (code: string, message: string) => new CliError('unreadable', code, message)

export async function readLaunchConfig(path: string): Promise<LaunchConfig> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw unreadable('config_unreadable', `não foi possível ler ${path} (${reason})`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw refuse('invalid_config', `${path} não é um JSON válido`)
  }
  const parsed = LaunchConfig.safeParse(json)
  if (!parsed.success) {
    throw refuse('invalid_config', `configuração inválida:\n${z.prettifyError(parsed.error)}`)
  }
  return parsed.data
}

async function readLeadBytes(path: string): Promise<Uint8Array> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    throw unreadable('file_not_found', `arquivo não encontrado: ${path}`)
  }
  if (size > MAX_FILE_BYTES) throw unreadable('file_too_large', `arquivo grande demais: ${path}`)
  return readFile(path)
}

export interface PlannedLaunch {
  plan: LaunchPlan
  config: LaunchConfig
  missingColumns: string[]
}

/** `lookupHours` fetches the Kinbox business hours (null in --dry-run: no network). */
export async function planLaunch(
  configPath: string,
  lookupHours: ((id: string) => Promise<WeeklyHours>) | null
): Promise<PlannedLaunch> {
  const config = await readLaunchConfig(configPath)
  const filePath = resolve(dirname(configPath), config.file)
  const table = await readTable(filePath, config)
  const cleaned = cleanLeads(table, {
    country: countryOf(config),
    ...(config.defaultDdd !== undefined && { defaultDdd: config.defaultDdd }),
    provider: config.provider
  })
  const resolved = fromCliMapping(config.mapping, table.columns, config.provider)
  if (resolved.mapping === null) {
    throw refuse('column_not_found', `coluna de telefone não encontrada: ${config.mapping.phone}`)
  }
  const collected = collectLaunchRows(cleaned, tableCells(table), { provider: config.provider })
  const input: LaunchInput = {
    provider: config.provider,
    name: config.name,
    sourceFile: basename(filePath),
    columns: table.columns,
    rows: collected.rows,
    excluded: collected.excluded,
    mapping: resolved.mapping,
    start: Date.parse(config.schedule.start),
    ...(config.integra && { integra: config.integra }),
    ...(config.kinbox && { kinbox: await kinboxSettings(config, lookupHours) })
  }
  const built = buildLaunchPlan(input)
  if (!built.ok) {
    const problems = built.problems.map((problem) => JSON.stringify(problem)).join('\n')
    throw refuse('plan_refused', `o disparo não pode ser montado:\n${problems}`)
  }
  return { plan: built.plan, config, missingColumns: resolved.missingColumns }
}

function countryOf(config: LaunchConfig): CountryCode {
  const country = (config.country ?? 'BR').toUpperCase()
  if (!isSupportedCountry(country)) throw refuse('invalid_config', `país desconhecido: ${country}`)
  return country
}

async function readTable(filePath: string, config: LaunchConfig) {
  try {
    return readLeadFile(await readLeadBytes(filePath), basename(filePath), {
      sheet: config.sheet,
      headerRow: config.headerRow,
      columns: { phone: config.mapping.phone, ddd: config.mapping.ddd, name: config.mapping.name }
    })
  } catch (error) {
    if (!isImportError(error)) throw error
    const asked = ['sheet_not_found', 'header_row_not_found', 'column_not_found']
    throw new CliError(
      asked.includes(error.code) ? 'refused' : 'unreadable',
      error.code,
      error.message
    )
  }
}

async function kinboxSettings(
  config: LaunchConfig,
  lookupHours: ((id: string) => Promise<WeeklyHours>) | null
): Promise<NonNullable<LaunchInput['kinbox']>> {
  const kinbox = config.kinbox!
  const { hours, tz } = config.schedule
  // The prediction must not depend on whether the network answered: the plan (and so the
  // launch id a re-run resumes by) would change. Without given hours, they are looked up.
  let businessHours = hours
  if (businessHours === undefined && kinbox.businessHoursId !== undefined && lookupHours) {
    businessHours = await lookupHours(kinbox.businessHoursId)
  }
  return {
    ...kinbox,
    ...(businessHours !== undefined && { businessHours }),
    ...(tz !== undefined && { timeZone: tz })
  }
}

import type { Command, CommandInput } from './index'
import { CliError, type CliOutcome } from '../output'
import { LeadsFileHostError } from '../../main/launch/leadsFileHost'
import { LaunchLockedError } from '../../main/launch/lock'
import { leadsFileBytes } from '../../main/launch/leadsUpload'
import { launchRequests } from '../../main/launch/review'
import { SAMPLE_REFUSAL, findSampleLeadFile, sampleGuard } from '../../main/launch/sampleGuard'
import { BaseUrlError, resolveBaseUrl } from '../../main/providers/baseUrl'
import { createKinboxClient } from '../../main/providers/kinbox/client'
import { launchMessage } from '../../../shared/launch/messages'
import type { LaunchPlan } from '../../../shared/launch/types'
import type { WeeklyHours } from '../../../shared/timing/businessHours'
import { planLaunch } from './launchInput'
import { readToken, resultJson, resultText, sendLaunch } from './launchRun'
import { userDataDir } from './launchUserData'

const USAGE = `uso: leadprep launch --config CAMPANHA.json [--dry-run] [--new] [--json]`

const refuse = (code: string, message: string) => new CliError('refused', code, message)

function configPath(values: CommandInput['values'], positionals: string[]): string {
  const path = values['config']
  if (typeof path !== 'string' || positionals.length > 0) {
    throw refuse('invalid_arguments', `informe --config\n${USAGE}`)
  }
  return path
}

/** Kinbox business hours by id, for the prediction (not in --dry-run: no network there). */
async function lookupHours(id: string): Promise<WeeklyHours> {
  const client = createKinboxClient({ getToken: () => readToken('kinbox') })
  const sets = await client.listBusinessHours().catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error)
    throw refuse(
      'business_hours_unavailable',
      `não foi possível ler o horário de atendimento: ${detail}`
    )
  })
  const found = sets.find((set) => set.id === id)
  if (!found)
    throw refuse('business_hours_not_found', `horário de atendimento ${id} não existe no Kinbox`)
  return found.hours
}

/** Every request the launch would make; Kinbox's file is built (its size shown), not hosted. */
function dryRun(plan: LaunchPlan): CliOutcome {
  const requests = launchRequests(plan, resolveBaseUrl(plan.provider))
  const leadsFile =
    plan.provider === 'kinbox'
      ? (() => {
          const file = leadsFileBytes(plan)
          return {
            format: file.extension,
            bytes: file.bytes.length,
            rows: plan.leadsFile.rows.length
          }
        })()
      : undefined
  const json = { requests, excluded: plan.excluded, ...(leadsFile && { leadsFile }) }
  const text = [
    `${requests.length} requisição(ões) seriam feitas (nada foi enviado):`,
    ...requests.map((r) => `  ${r.method} ${r.url} — ${String(r.body['name'])}`),
    ...(leadsFile
      ? [
          `arquivo de leads: ${leadsFile.rows} linhas, ${leadsFile.bytes} bytes (${leadsFile.format})`
        ]
      : []),
    `excluídos: ${JSON.stringify(plan.excluded)}`
  ].join('\n')
  return { kind: 'ok', json, text }
}

/** LEADPREP_*_URL that is not https (nor http on loopback): the user's to fix, in pt-BR. */
function baseUrlRefusal(error: BaseUrlError): CliError {
  const where = error.variable ?? `a URL da ${error.provider}`
  return refuse(
    'invalid_base_url',
    `${where} recusada: use https:// (http:// só em loopback: 127.0.0.1, localhost, [::1]), sem usuário, senha, consulta ou fragmento`
  )
}

export const launchCommand: Command = {
  options: {
    config: { type: 'string' },
    'dry-run': { type: 'boolean' },
    new: { type: 'boolean' },
    json: { type: 'boolean' }
  },
  async run(input): Promise<CliOutcome> {
    try {
      return await runLaunch(input)
    } catch (error) {
      throw error instanceof BaseUrlError ? baseUrlRefusal(error) : error
    }
  }
}

async function runLaunch({ values, positionals }: CommandInput): Promise<CliOutcome> {
  const path = configPath(values, positionals)
  const dry = values['dry-run'] === true
  const { plan } = await planLaunch(path, dry ? null : lookupHours)
  if (dry) return dryRun(plan)
  // The app's sample (made-up numbers, maybe someone's) is refused unless the provider is a
  // stand-in on this machine.
  const sample = sampleGuard(findSampleLeadFile(__dirname))
  if (await sample.refuses(plan, resolveBaseUrl(plan.provider))) {
    throw refuse(
      'sample_file',
      `${SAMPLE_REFUSAL['pt-BR']} O leadprep launch não dispara o arquivo de exemplo.`
    )
  }
  try {
    const stderr = (text: string) => void process.stderr.write(text)
    const { summary } = await sendLaunch(plan, userDataDir(), values['new'] === true, stderr)
    const done = summary.state === 'done'
    return {
      kind: 'ok',
      json: resultJson(summary),
      text: resultText(summary),
      ...(!done && { exitCode: 1 })
    }
  } catch (error) {
    if (error instanceof LaunchLockedError) {
      const { pid, hostname } = error.holder
      throw refuse('launch_locked', launchMessage('launch_locked', { pid, host: hostname }))
    }
    if (error instanceof LeadsFileHostError) throw refuse(`leads_file_${error.code}`, error.message)
    throw error
  }
}

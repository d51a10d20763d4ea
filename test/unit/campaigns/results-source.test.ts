/**
 * Results joined back to the user's own list: a launch keeps each launched row's own cells
 * (and the choices made) beside its journal, token-free and without touching the launch id;
 * Campanhas' results carry them, and the CSV/XLSX export holds the row number, the user's
 * original columns (unmapped ones too) and the result per lead, CSV-injection safe.
 */
import { readdir, readFile, rm, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as XLSX from '@e965/xlsx'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCampaignsService } from '../../../electron/main/campaigns/campaignsService'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { campaignHandlers } from '../../../electron/main/ipc/handlers/campaigns'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import { computeLaunchId } from '../../../electron/main/launch/launchId'
import type { MainServices } from '../../../electron/main/services'
import type { CampaignResults } from '../../../shared/ipc/campaigns'
import { buildLaunchPlan, type LaunchInput } from '../../../shared/launch/buildPlan'
import type { LaunchPlan } from '../../../shared/launch/types'
import type { Mapping, MappingRow } from '../../../shared/mapping'
import { FAKE_INTEGRA_TOKEN } from '../../fakes/integraServer'
import { FAKE_KINBOX_TOKEN } from '../../fakes/kinboxServer'
import { START, startLaunchWorld, type LaunchWorld } from '../launch/launchTestKit'

const ORIGIN = 'http://127.0.0.1:5173'
const frame = { url: `${ORIGIN}/`, isMainFrame: true }
type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string } }

/** The user's own file: the phone as typed, a formula in an unmapped column, a `;` in a name. */
const COLUMNS = ['Celular', 'Nome completo', 'Cidade', 'Observação']
const FILE = [
  ['(11) 92000-0000', 'Ana Souza', 'Fortaleza', '=HYPERLINK("http://x","clique")'],
  ['(11) 92000-0001', 'Bruno; Lima', 'Recife', 'cliente antigo'],
  ['(11) 92000-0002', 'Carla Dias', 'Natal', '@SUM(1)']
]

function rows(): MappingRow[] {
  return FILE.map((cells, i) => ({
    row: i + 4,
    phone: `+55119${String(20_000_000 + i).slice(-8)}`,
    cell: (column: number) => cells[column] ?? ''
  }))
}

const mapping = (provider: 'kinbox' | 'integra'): Mapping => ({
  provider,
  phone: { column: 0 },
  name: { column: 1 },
  variables: [{ key: 'leadName', column: 1, empty: { kind: 'default', value: '' } }]
})

function input(provider: 'kinbox' | 'integra', columns?: readonly string[]): LaunchInput {
  const common = {
    sourceFile: 'clientes.xlsx',
    rows: rows(),
    excluded: {},
    mapping: mapping(provider),
    start: START,
    ...(columns && { columns })
  }
  return provider === 'kinbox'
    ? {
        ...common,
        provider,
        name: 'Reativação',
        kinbox: {
          channelId: 'channel-1',
          channelType: '1',
          message: 'Oi {{leadName}}!',
          chunkSize: 50,
          secondsBetweenMessages: 12,
          secondsBetweenChunks: 900,
          timeZone: 'America/Fortaleza',
          leadsFile: { host: 's3', region: 'us-east-1', bucket: 'leads', prefix: '' }
        }
      }
    : {
        ...common,
        provider,
        name: 'Reativação — ligações',
        integra: {
          project_id: 'b9c80a57-fad2-41a0-a304-727337ad1b1f',
          agent_id: '7e09d093-904a-48de-ac49-b0445906c38e',
          phone_number_id: 'd1082e49-1b2c-4337-81e2-8eb74810351d',
          config: {
            max_concurrent: 4,
            voicemail_mode: 'tts',
            voicemail_tts_message: 'Ligamos da loja.'
          },
          averageCallSeconds: 75
        }
      }
}

function plan(provider: 'kinbox' | 'integra', columns?: readonly string[]): LaunchPlan {
  const built = buildLaunchPlan(input(provider, columns))
  if (!built.ok) throw new Error(JSON.stringify(built.problems))
  return built.plan
}

let world: LaunchWorld
let userDataDir: string
let saveTo: string | null

beforeEach(async () => {
  world = await startLaunchWorld()
  userDataDir = await mkdtemp(join(tmpdir(), 'leadprep-results-'))
  saveTo = null
})

afterEach(async () => {
  await world.close()
  await rm(userDataDir, { recursive: true, force: true })
})

const launchesDir = () => join(userDataDir, 'launches')

function call() {
  const main = {
    secrets: {
      get: async (provider: string) => world.tokens[provider as 'kinbox' | 'integra'] ?? null,
      set: async () => undefined,
      remove: async () => undefined
    },
    settings: { get: async () => ({ language: 'pt-BR' }), update: async () => ({}) },
    app: { name: 'LeadPrep', version: '1', platform: 'linux' },
    openInBrowser: async () => undefined,
    chooseLeadFile: async () => null,
    chooseSavePath: async () => saveTo,
    userDataDir,
    kinboxBaseUrl: world.kinbox.url,
    integraBaseUrl: world.integra.url
  } as unknown as MainServices
  const campaigns = createCampaignsService({
    userDataDir,
    getToken: (provider) => main.secrets.get(provider),
    baseUrls: { kinbox: world.kinbox.url, integra: world.integra.url },
    now: world.time.now,
    sleep: world.time.sleep
  })
  const handlers = { ...createHandlerTable(main), ...campaignHandlers(main, campaigns) }
  return async <T>(channel: string, payload: unknown): Promise<T> => {
    const answer = (await dispatchIpc(
      handlers,
      { httpOrigin: ORIGIN },
      channel,
      frame,
      payload
    )) as Answer<T>
    if (!answer.ok) throw new Error(`IPC failed: ${answer.error.code}`)
    return answer.data
  }
}

async function launch(launched: LaunchPlan) {
  const outcome = await world.run(launched, { journalDir: launchesDir() })
  const campaignId = outcome.summary.parts[0]?.campaignId
  if (!campaignId) throw new Error('the launch created no campaign')
  return { launchId: outcome.launchId, campaignId }
}

describe('the launch keeps the source columns beside its journal', () => {
  it('writes <id>.source.json with each row’s cells; the plan, the id and the journal stay as before', async () => {
    const withSource = plan('kinbox', COLUMNS)
    const without = plan('kinbox')
    // Same recipients, same launch: the kept columns are not part of the identity.
    expect(computeLaunchId(withSource)).toBe(computeLaunchId(without))
    const { launchId } = await launch(withSource)
    expect(launchId).toBe(computeLaunchId(without))

    const names = (await readdir(launchesDir())).sort()
    expect(names).toEqual([`${launchId}.json`, `${launchId}.plan.json`, `${launchId}.source.json`])
    const source = JSON.parse(
      await readFile(join(launchesDir(), `${launchId}.source.json`), 'utf8')
    )
    expect(source.columns).toEqual(COLUMNS)
    expect(source.leads).toEqual(FILE.map((cells, i) => ({ row: i + 4, cells })))
    expect(source.text).toBe('Oi {{leadName}}!')
    expect(source.schedule).toMatchObject({
      timeZone: 'America/Fortaleza',
      chunkSize: 50,
      secondsBetweenMessages: 12,
      secondsBetweenChunks: 900
    })
    // The plan on disk is what is sent, as before: no `source` in it.
    const planText = await readFile(join(launchesDir(), `${launchId}.plan.json`), 'utf8')
    expect(JSON.parse(planText)).not.toHaveProperty('source')
    expect(planText).not.toContain('Observação')
    // Token-free, every file of the launch.
    for (const name of names) {
      const text = await readFile(join(launchesDir(), name), 'utf8')
      expect(text).not.toContain(FAKE_KINBOX_TOKEN)
      expect(text).not.toContain(FAKE_INTEGRA_TOKEN)
    }
  })
})

describe('results and export joined back to the user’s list', () => {
  it('Kinbox: results carry the columns and choices; CSV holds row, own columns, sent/read/answered, escaped', async () => {
    const ask = call()
    const { launchId, campaignId } = await launch(plan('kinbox', COLUMNS))
    world.kinbox.advance(campaignId, { chunks: 1, outcomes: ['read', 'answered', 'failed'] })
    const results = await ask<CampaignResults>('campaigns:results', { launchId })
    expect(results.columns).toEqual(COLUMNS)
    expect(results.leads.map((lead) => [lead.row, lead.cells, lead.result])).toEqual([
      [4, FILE[0], 'read'],
      [5, FILE[1], 'answered'],
      [6, FILE[2], 'failed']
    ])
    expect(results.choices).toMatchObject({
      mapping: mapping('kinbox'),
      text: 'Oi {{leadName}}!',
      schedule: { chunkSize: 50 }
    })

    saveTo = join(userDataDir, 'resultados.csv')
    await ask('campaigns:export-results', { launchId, format: 'csv' })
    const lines = (await readFile(saveTo, 'utf8')).split('\r\n')
    expect(lines[0]).toBe(
      '\uFEFFlinha;Celular;Nome completo;Cidade;Observação;telefone enviado;resultado;enviada;lida;respondida;quando'
    )
    expect(lines[1]).toMatch(
      /^4;\(11\) 92000-0000;Ana Souza;Fortaleza;"'=HYPERLINK\(""http:\/\/x"",""clique""\)";\+5511920000000;lida;sim;sim;não;/
    )
    expect(lines[2]).toMatch(
      /^5;\(11\) 92000-0001;"Bruno; Lima";Recife;cliente antigo;\+5511920000001;respondida;sim;sim;sim;/
    )
    expect(lines[3]).toMatch(
      /^6;\(11\) 92000-0002;Carla Dias;Natal;'@SUM\(1\);\+5511920000002;falhou;não;não;não;$/
    )
  })

  it('Integra: the XLSX holds row, own columns and the call outcome, cells as typed', async () => {
    const ask = call()
    const { launchId, campaignId } = await launch(plan('integra', COLUMNS))
    world.integra.advance(campaignId, { to: 'COMPLETED' })
    const results = await ask<CampaignResults>('campaigns:results', { launchId })
    expect(results.choices).toMatchObject({
      text: 'Ligamos da loja.',
      schedule: { maxConcurrent: 4, averageCallSeconds: 75 }
    })
    saveTo = join(userDataDir, 'resultados.xlsx')
    await ask('campaigns:export-results', { launchId, format: 'xlsx' })
    const book = XLSX.read(await readFile(saveTo))
    const sheet = book.Sheets[book.SheetNames[0] ?? '']!
    const table = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false })
    expect(table[0]).toEqual([
      'linha',
      ...COLUMNS,
      'telefone enviado',
      'resultado da ligação',
      'quando'
    ])
    const outcomes = results.leads.map((lead) => lead.result)
    expect(outcomes.every((outcome) => outcome !== null)).toBe(true)
    expect(table.slice(1).map((row) => row.slice(0, 6))).toEqual(
      FILE.map((cells, i) => [String(i + 4), ...cells, `+55119${20_000_000 + i}`])
    )
    // A text cell keeps the formula as text (no `'`) and never runs it.
    const formula = sheet['E2']
    expect(formula).toMatchObject({ t: 's', v: '=HYPERLINK("http://x","clique")' })
    expect(formula?.f).toBeUndefined()
    expect(table[1]?.[6]).toBe('atendeu')
  })
})

/**
 * Campanhas after the launch, through the bridge against the fakes: the results export holds
 * the user's own list (row number, original columns, unmapped ones too) plus each lead's
 * result, read back with SheetJS; and a follow-up in both directions (Kinbox → Integra,
 * Integra → Kinbox) opens Mapear with the previous mapping and Agendar with the previous
 * schedule, the chosen leads as the list.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import * as XLSX from '@e965/xlsx'
import type { LaunchSummary } from '../../shared/ipc/launch'
import { buildLaunchPlan } from '../../shared/launch/buildPlan'
import type { LaunchPlan } from '../../shared/launch/types'
import type { Mapping, MappingRow } from '../../shared/mapping'
import { DEFAULT_CALLING_HOURS } from '../../shared/timing'
import { FAKE_INTEGRA_TOKEN } from '../fakes/integraServer'
import { FAKE_KINBOX_TOKEN } from '../fakes/kinboxServer'
import { expect, test } from './fixtures'

/** The user's own file: the phone as typed, a formula and a note in columns nobody mapped. */
const COLUMNS = ['Celular', 'Nome', 'Cidade', 'Observação']
const PEOPLE = [
  ['Ana Souza', 'Fortaleza', '=HYPERLINK("http://x","clique")'],
  ['Bruno Lima', 'Recife', 'cliente antigo'],
  ['Carla Dias', 'Natal', 'pediu retorno'],
  ['Diego Rocha', 'Salvador', ''],
  ['Elisa Prado', 'Maceió', 'vip'],
  ['Fábio Nunes', 'Aracaju', 'novo']
] as const

function cellsOf(offset: number): string[][] {
  return PEOPLE.map(([name, city, note], i) => {
    const digits = String(81_000_000 + offset + i)
    return [`(85) 9${digits.slice(0, 4)}-${digits.slice(4)}`, name, city, note]
  })
}

const e164 = (offset: number, i: number) => `+55859${81_000_000 + offset + i}`

function rows(offset: number): MappingRow[] {
  return cellsOf(offset).map((cells, i) => ({
    row: i + 2,
    phone: e164(offset, i),
    cell: (c: number) => cells[c] ?? ''
  }))
}

function mapping(provider: 'kinbox' | 'integra'): Mapping {
  return {
    provider,
    phone: { column: 0 },
    name: { column: 1 },
    variables: [
      {
        key: 'leadName',
        column: 1,
        transform: 'firstName',
        empty: { kind: 'default', value: '' }
      },
      { key: 'cidade', column: 2, empty: { kind: 'default', value: 'sua cidade' } }
    ]
  }
}

const WEEKDAYS_8_TO_17 = {
  mon: { active: true, hours: [['08:00', '17:00']] as [string, string][] },
  tue: { active: true, hours: [['08:00', '17:00']] as [string, string][] },
  wed: { active: true, hours: [['08:00', '17:00']] as [string, string][] },
  thu: { active: true, hours: [['08:00', '17:00']] as [string, string][] },
  fri: { active: true, hours: [['08:00', '17:00']] as [string, string][] },
  sat: { active: false, hours: [] },
  sun: { active: false, hours: [] }
}

function plan(provider: 'kinbox' | 'integra', leadsUrl: string, saveTo: string): LaunchPlan {
  const offset = provider === 'kinbox' ? 500 : 600
  const common = {
    sourceFile: 'clientes.xlsx',
    excluded: {},
    start: Math.ceil((Date.now() + 3600_000) / 1000) * 1000,
    rows: rows(offset),
    columns: COLUMNS,
    mapping: mapping(provider)
  }
  const built =
    provider === 'kinbox'
      ? buildLaunchPlan({
          ...common,
          provider,
          name: 'Reativação — WhatsApp',
          kinbox: {
            channelId: 'channel-1',
            channelType: '1',
            message: 'Olá {{leadName}}, novidades em {{cidade}}!',
            chunkSize: 40,
            secondsBetweenMessages: 20,
            secondsBetweenChunks: 900,
            businessHours: WEEKDAYS_8_TO_17,
            timeZone: 'America/Fortaleza',
            leadsFile: { host: 'self', url: leadsUrl, saveTo }
          }
        })
      : buildLaunchPlan({
          ...common,
          provider,
          name: 'Reativação — Ligações',
          integra: {
            project_id: 'b9c80a57-fad2-41a0-a304-727337ad1b1f',
            agent_id: '7e09d093-904a-48de-ac49-b0445906c38e',
            phone_number_id: 'd1082e49-1b2c-4337-81e2-8eb74810351d',
            config: {
              max_concurrent: 4,
              voicemail_mode: 'tts',
              voicemail_tts_message: 'Oi {{leadName}}, ligamos da loja.'
            },
            averageCallSeconds: 75,
            callingWindow: { hours: DEFAULT_CALLING_HOURS, timeZone: 'America/Recife' }
          }
        })
  if (!built.ok) throw new Error(JSON.stringify(built.problems))
  return built.plan
}

/** "Hospedo eu mesmo": the file main writes, served on loopback for the fake to download. */
async function serveFile(path: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    void readFile(path).then(
      (bytes) => res.writeHead(200).end(bytes),
      () => res.writeHead(404).end()
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/leads.xlsx`, server }
}

async function launched(app: Page, body: LaunchPlan) {
  const started = await app.evaluate((p) => window.leadprep.startLaunch({ plan: p }), body)
  expect(started.ok).toBe(true)
  const find = async (): Promise<LaunchSummary | undefined> => {
    const list = await app.evaluate(() => window.leadprep.listLaunches({}))
    return list.ok ? list.data.find((l) => l.name === body.name) : undefined
  }
  await expect.poll(async () => (await find())?.state).toBe('done')
  return (await find())!.parts[0]!.campaignId!
}

async function openDetail(app: Page, name: string) {
  await app.getByRole('button', { name: /Campanhas/ }).click()
  const card = app.getByTestId('campaign-card').filter({ hasText: name })
  await card.getByRole('button', { name: 'Ver resultados' }).click()
  const detail = app.getByTestId('campaign-detail')
  await expect(detail.getByTestId('result-row')).toHaveCount(PEOPLE.length)
  return detail
}

const steps = (app: Page) => app.getByRole('navigation', { name: 'Etapas da campanha' })

test.describe('Campanhas: results and follow-up', () => {
  let dir: string
  let host: { url: string; server: Server }
  let saveTo: string

  test.beforeEach(async ({ app, bridge }) => {
    test.skip(!bridge.kinbox || !bridge.integra, 'needs the in-process fakes')
    dir = await mkdtemp(join(tmpdir(), 'leadprep-campaigns-results-'))
    saveTo = join(dir, 'leads.xlsx')
    host = await serveFile(saveTo)
    await app.evaluate(
      async ([k, i]) => {
        await window.leadprep.saveSecret({ provider: 'kinbox', token: k })
        await window.leadprep.saveSecret({ provider: 'integra', token: i })
      },
      [FAKE_KINBOX_TOKEN, FAKE_INTEGRA_TOKEN] as const
    )
  })

  test.afterEach(async () => {
    host?.server.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  test('Kinbox: the XLSX export is the user’s list with each result; a follow-up by call', async ({
    app,
    bridge
  }) => {
    const campaignId = await launched(app, plan('kinbox', host.url, saveTo))
    // Outcomes in order: answered, read, received, sent, read, failed.
    bridge.kinbox!.advance(campaignId, { chunks: 1 })
    const detail = await openDetail(app, 'Reativação — WhatsApp')
    await expect(detail.getByTestId('result-row').first()).toContainText('Respondida')

    const exportPath = join(dir, 'resultados.xlsx')
    bridge.saveDialog.next = exportPath
    await detail.getByRole('button', { name: 'Exportar XLSX' }).click()
    await expect(detail.getByRole('status')).toHaveText('Resultados salvos em resultados.xlsx.')
    const book = XLSX.read(await readFile(exportPath))
    const sheet = book.Sheets[book.SheetNames[0]!]!
    const table = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' })
    expect(table[0]).toEqual([
      'linha',
      ...COLUMNS,
      'telefone enviado',
      'resultado',
      'enviada',
      'lida',
      'respondida',
      'quando'
    ])
    const own = cellsOf(500)
    const words = ['respondida', 'lida', 'recebida', 'enviada', 'lida', 'falhou']
    const flags = [
      ['sim', 'sim', 'sim'],
      ['sim', 'sim', 'não'],
      ['sim', 'não', 'não'],
      ['sim', 'não', 'não'],
      ['sim', 'sim', 'não'],
      ['não', 'não', 'não']
    ]
    expect(table.slice(1).map((row) => row.slice(0, 10))).toEqual(
      own.map((cells, i) => [String(i + 2), ...cells, e164(500, i), words[i], ...flags[i]!])
    )
    // The formula is a text cell: kept as typed, never a formula.
    expect(sheet['E2']).toMatchObject({ t: 's', v: '=HYPERLINK("http://x","clique")' })
    expect(sheet['E2']?.f).toBeUndefined()

    // Follow-up: not read / not answered (received, sent, failed) → a call campaign.
    const followUp = detail.getByTestId('follow-up')
    await expect(followUp.getByTestId('follow-up-count')).toHaveText('3 contatos selecionados')
    await expect(followUp.getByLabel('Integra (ligação)')).toBeChecked()
    await followUp.getByRole('button', { name: 'Criar follow-up' }).click()

    const map = app.getByTestId('map-screen')
    await expect(map.getByTestId('preset-applied')).toHaveText(
      'Follow-up: escolhas da campanha «Reativação — WhatsApp» preenchidas.'
    )
    await expect(steps(app).getByRole('button', { name: /Mapear/ })).toHaveAttribute(
      'aria-current',
      'step'
    )
    await expect(map.getByRole('radio', { name: /Integra/ })).toBeChecked()
    await expect(map.getByRole('combobox', { name: 'Telefone', exact: true })).toHaveValue('0')
    await expect(map.getByRole('combobox', { name: 'Nome do contato', exact: true })).toHaveValue(
      '1'
    )
    const variables = map.getByTestId('map-variable')
    await expect(variables).toHaveCount(2)
    const leadName = map.locator('[data-testid="map-variable"][data-key="leadName"]')
    await expect(leadName.getByLabel('Coluna de leadName')).toHaveValue('1')
    await expect(leadName.getByLabel('Ajuste de leadName')).toHaveValue('firstName')
    const cidade = map.locator('[data-testid="map-variable"][data-key="cidade"]')
    await expect(cidade.getByLabel('Coluna de cidade')).toHaveValue('2')
    // Another provider: the variables come, the WhatsApp text does not become a voicemail.
    await expect(map.getByLabel('Deixar recado na caixa postal')).not.toBeChecked()

    await map.getByTestId('map-continue').click()
    const schedule = app.getByTestId('schedule-screen')
    await expect(schedule.getByLabel('Fuso horário')).toHaveValue('America/Fortaleza')
    await expect(schedule.getByLabel('Ligações simultâneas')).toBeVisible()
    // The same form, seen as Kinbox: the previous pace and hours are there.
    await schedule.getByText('Kinbox · WhatsApp').click()
    await expect(schedule.getByRole('radio', { name: 'Kinbox · WhatsApp' })).toBeChecked()
    await expect(schedule.getByLabel('Mensagens por bloco')).toHaveValue('40')
    await expect(schedule.getByLabel('Segundos entre mensagens')).toHaveValue('20')
    await expect(schedule.getByLabel('Segundos entre blocos')).toHaveValue('900')
    await expect(schedule.getByRole('radio', { name: 'Editar à mão' })).toBeChecked()
    await expect(schedule.getByLabel('Segunda, fecha às (intervalo 1)')).toHaveValue('17:00')

    // The list is the chosen leads, in the user's own columns.
    await steps(app)
      .getByRole('button', { name: /Importar/ })
      .click()
    await expect(app.getByText('Reativação — WhatsApp — follow-up.csv')).toBeVisible()
    await expect(app.getByText('pediu retorno')).toBeVisible()
    await expect(app.getByText('Carla Dias')).toBeVisible()
    await expect(app.getByText('Ana Souza')).toHaveCount(0)
  })

  test('Integra: a follow-up by WhatsApp carries the variables and the schedule', async ({
    app,
    bridge
  }) => {
    const campaignId = await launched(app, plan('integra', host.url, saveTo))
    // Outcomes in order: answered, no-answer, voicemail, answered, busy, failed.
    bridge.integra!.advance(campaignId, { to: 'COMPLETED' })
    const detail = await openDetail(app, 'Reativação — Ligações')
    await expect(detail.getByTestId('result-row').nth(1)).toContainText('Não atendeu')

    const followUp = detail.getByTestId('follow-up')
    await expect(followUp.getByTestId('follow-up-count')).toHaveText('3 contatos selecionados')
    await expect(followUp.getByLabel('Kinbox (WhatsApp)')).toBeChecked()
    await followUp.getByRole('button', { name: 'Criar follow-up' }).click()

    const map = app.getByTestId('map-screen')
    await expect(map.getByTestId('preset-applied')).toHaveText(
      'Follow-up: escolhas da campanha «Reativação — Ligações» preenchidas.'
    )
    await expect(map.getByRole('radio', { name: /Kinbox/ })).toBeChecked()
    await expect(map.getByRole('combobox', { name: 'Telefone', exact: true })).toHaveValue('0')
    const cidade = map.locator('[data-testid="map-variable"][data-key="cidade"]')
    await expect(cidade.getByLabel('Coluna de cidade')).toHaveValue('2')
    const leadName = map.locator('[data-testid="map-variable"][data-key="leadName"]')
    await expect(leadName.getByLabel('Ajuste de leadName')).toHaveValue('firstName')
    // A voicemail is not a WhatsApp message: the message starts empty and Mapear says so.
    const editor = map.getByTestId('message-editor')
    await expect(editor).toHaveValue('')
    await expect(map.getByTestId('map-continue')).toBeDisabled()
    await editor.fill('Oi {{leadName}}, tentamos ligar para você em {{cidade}}.')
    await expect(map.getByTestId('map-continue')).toBeEnabled()

    await map.getByTestId('map-continue').click()
    const schedule = app.getByTestId('schedule-screen')
    await expect(schedule.getByLabel('Fuso horário')).toHaveValue('America/Recife')
    await expect(schedule.getByLabel('Mensagens por bloco')).toBeVisible()
    await schedule.getByText('Integra · ligações').click()
    await expect(schedule.getByRole('radio', { name: 'Integra · ligações' })).toBeChecked()
    await expect(schedule.getByLabel('Ligações simultâneas')).toHaveValue('4')
    await expect(schedule.getByLabel('Duração média de uma ligação (s)')).toHaveValue('75')

    await steps(app)
      .getByRole('button', { name: /Importar/ })
      .click()
    await expect(app.getByText('Reativação — Ligações — follow-up.csv')).toBeVisible()
    // no-answer, voicemail, failed: Bruno, Carla, Fábio.
    await expect(app.getByText('Bruno Lima')).toBeVisible()
    await expect(app.getByText('Fábio Nunes')).toBeVisible()
    await expect(app.getByText('Ana Souza')).toHaveCount(0)
  })
})

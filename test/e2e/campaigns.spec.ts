/**
 * Campanhas through the bridge, against the worker's fake Kinbox and Integra: a launch to
 * each (started over IPC, as Disparar does), both listed with their live status; the fakes
 * move them on and "Atualizar" shows it; the Kinbox one is paused and resumed with the status
 * the server confirms; its results are exported; a follow-up lands on Mapear with its list.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LaunchSummary } from '../../shared/ipc/launch'
import { buildLaunchPlan } from '../../shared/launch/buildPlan'
import type { LaunchPlan } from '../../shared/launch/types'
import type { Mapping, MappingRow } from '../../shared/mapping'
import { FAKE_INTEGRA_TOKEN } from '../fakes/integraServer'
import { FAKE_KINBOX_TOKEN } from '../fakes/kinboxServer'
import { expect, repoRoot, test } from './fixtures'

const LEADS = [
  ['Ana Souza', 'Fortaleza'],
  ['Bruno Lima', 'Recife'],
  ['Carla Dias', 'Natal'],
  ['Diego Rocha', 'Salvador'],
  ['Elisa Prado', 'Maceió'],
  ['Fábio Nunes', 'Aracaju']
] as const

function rows(offset: number): MappingRow[] {
  return LEADS.map(([name, city], i) => {
    const phone = `+55859${String(81_000_000 + offset + i).slice(-8)}`
    return { row: i + 2, phone, cell: (c: number) => [phone, name, city][c] ?? '' }
  })
}

function mapping(provider: 'kinbox' | 'integra'): Mapping {
  return {
    provider,
    phone: { column: 0 },
    name: { column: 1 },
    variables: [
      { key: 'leadName', column: 1, empty: { kind: 'default', value: '' } },
      { key: 'cidade', column: 2, empty: { kind: 'default', value: '' } }
    ]
  }
}

function plan(provider: 'kinbox' | 'integra', leadsUrl: string, saveTo: string): LaunchPlan {
  const start = Math.ceil((Date.now() + 3600_000) / 1000) * 1000
  const common = {
    sourceFile: 'planilha-vendas.xlsx',
    excluded: {},
    start,
    rows: rows(provider === 'kinbox' ? 0 : 100),
    mapping: mapping(provider)
  }
  const built =
    provider === 'kinbox'
      ? buildLaunchPlan({
          ...common,
          provider,
          name: 'Promoção Dezembro — WhatsApp',
          kinbox: {
            channelId: 'channel-1',
            channelType: '1',
            message: 'Olá {{leadName}}, temos novidades em {{cidade}}!',
            chunkSize: 100,
            secondsBetweenMessages: 10,
            secondsBetweenChunks: 600,
            leadsFile: { host: 'self', url: leadsUrl, saveTo }
          }
        })
      : buildLaunchPlan({
          ...common,
          provider,
          name: 'Promoção Dezembro — Ligações',
          integra: {
            project_id: 'b9c80a57-fad2-41a0-a304-727337ad1b1f',
            agent_id: '7e09d093-904a-48de-ac49-b0445906c38e',
            phone_number_id: 'd1082e49-1b2c-4337-81e2-8eb74810351d',
            config: { max_concurrent: 2 }
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

const shotsDir = () =>
  process.env['LEADPREP_UPDATE_SCREENSHOTS']
    ? join(repoRoot, 'resources/screenshots')
    : join(repoRoot, 'test-results/screenshots')

test('Campanhas: live status, pause/resume, export and a follow-up to Mapear', async ({
  app,
  bridge
}) => {
  test.skip(!bridge.kinbox || !bridge.integra, 'needs the in-process fakes')
  const kinbox = bridge.kinbox!
  const integra = bridge.integra!
  const dir = await mkdtemp(join(tmpdir(), 'leadprep-campaigns-e2e-'))
  const saveTo = join(dir, 'leads.xlsx')
  const host = await serveFile(saveTo)
  try {
    await app.evaluate(
      async ([k, i]) => {
        await window.leadprep.saveSecret({ provider: 'kinbox', token: k })
        await window.leadprep.saveSecret({ provider: 'integra', token: i })
      },
      [FAKE_KINBOX_TOKEN, FAKE_INTEGRA_TOKEN] as const
    )
    for (const provider of ['kinbox', 'integra'] as const) {
      const started = await app.evaluate(
        (body) => window.leadprep.startLaunch({ plan: body }),
        plan(provider, host.url, saveTo)
      )
      expect(started.ok).toBe(true)
    }
    const launchOf = async (provider: string): Promise<LaunchSummary | undefined> => {
      const list = await app.evaluate(() => window.leadprep.listLaunches({}))
      return list.ok
        ? list.data.find((l) => l.provider === provider && l.name.startsWith('Promoção'))
        : undefined
    }
    await expect.poll(async () => (await launchOf('kinbox'))?.state).toBe('done')
    await expect.poll(async () => (await launchOf('integra'))?.state).toBe('done')
    const kinboxId = (await launchOf('kinbox'))!.parts[0]!.campaignId!
    const integraId = (await launchOf('integra'))!.parts[0]!.campaignId!

    await app.getByRole('button', { name: /Campanhas/ }).click()
    const kinboxCard = app
      .getByTestId('campaign-card')
      .filter({ hasText: 'Promoção Dezembro — WhatsApp' })
    const integraCard = app
      .getByTestId('campaign-card')
      .filter({ hasText: 'Promoção Dezembro — Ligações' })
    await expect(kinboxCard.getByTestId('campaign-status')).toHaveText('Agendada')
    await expect(integraCard.getByTestId('campaign-status')).toHaveText('Pendente')
    await expect(app.getByTestId('campaigns-refreshed')).toContainText('Atualizado às')

    // Pausar / Retomar: the status shown is the one the server confirms.
    await kinboxCard.getByRole('button', { name: 'Pausar' }).click()
    await expect(kinboxCard.getByTestId('campaign-status')).toHaveText('Pausada')
    await expect(kinboxCard.getByRole('status')).toHaveText(
      'Status confirmado pelo Kinbox: Pausada.'
    )
    expect(kinbox.campaigns.get(kinboxId)?.status).toBe('paused')
    await kinboxCard.getByRole('button', { name: 'Retomar' }).click()
    await expect(kinboxCard.getByTestId('campaign-status')).toHaveText('Agendada')
    expect(kinbox.campaigns.get(kinboxId)?.status).toBe('scheduled')

    // The fakes move on; "Atualizar" asks the providers now.
    kinbox.advance(kinboxId, { chunks: 1 })
    integra.advance(integraId)
    await app.getByRole('button', { name: /Atualizar/ }).click()
    await expect(kinboxCard.getByTestId('campaign-status')).toHaveText('Concluída')
    await expect(kinboxCard.getByTestId('campaign-counts')).toContainText('Lidas3')
    await expect(integraCard.getByTestId('campaign-status')).toHaveText('Em andamento')
    await expect(integraCard).toContainText('3 ligações feitas')
    await expect(integraCard.getByTestId('campaign-counts')).toContainText('Atendeu1')
    await mkdir(shotsDir(), { recursive: true })
    await app.screenshot({
      path: join(shotsDir(), 'campaigns.png'),
      fullPage: true,
      animations: 'disabled'
    })

    // Detail: every lead with its result, filters, export.
    await kinboxCard.getByRole('button', { name: 'Ver resultados' }).click()
    const detail = app.getByTestId('campaign-detail')
    await expect(detail.getByTestId('result-row')).toHaveCount(6)
    await expect(detail.getByTestId('result-row').first()).toContainText('Ana Souza')
    await expect(detail.getByTestId('result-row').first()).toContainText('Respondida')
    await detail.getByTestId('results-filter').selectOption('read')
    await expect(detail.getByTestId('result-row')).toHaveCount(2)
    await detail.getByTestId('results-filter').selectOption('all')
    await app.screenshot({
      path: join(shotsDir(), 'campaign-detail.png'),
      fullPage: true,
      animations: 'disabled'
    })

    const exportPath = join(dir, 'resultados.csv')
    bridge.saveDialog.next = exportPath
    await detail.getByRole('button', { name: 'Exportar CSV' }).click()
    await expect(detail.getByRole('status')).toHaveText('Resultados salvos em resultados.csv.')
    const csv = (await readFile(exportPath, 'utf8')).split('\r\n')
    expect(csv[0]).toBe(
      '\uFEFFlinha;telefone;nome;leadName;cidade;resultado;enviada;lida;respondida;quando'
    )
    expect(csv[1]).toMatch(
      /^2;\+5585981000000;Ana Souza;Ana Souza;Fortaleza;respondida;sim;sim;sim;/
    )

    // Follow-up: not read / not answered (received, sent, failed) → a call campaign.
    const followUp = detail.getByTestId('follow-up')
    await expect(followUp.getByTestId('follow-up-count')).toHaveText('3 contatos selecionados')
    await expect(followUp.getByLabel('Integra (ligação)')).toBeChecked()
    await followUp.getByRole('button', { name: 'Criar follow-up' }).click()
    await expect(app.getByTestId('map-screen')).toBeVisible()
    const steps = app.getByRole('navigation', { name: 'Etapas da campanha' })
    await expect(steps.getByRole('button', { name: /Mapear/ })).toHaveAttribute(
      'aria-current',
      'step'
    )
    await steps.getByRole('button', { name: /Importar/ }).click()
    await expect(app.getByText('Promoção Dezembro — WhatsApp — follow-up.csv')).toBeVisible()
    await expect(app.getByText('Carla Dias')).toBeVisible()
    await expect(app.getByText('Ana Souza')).toHaveCount(0)
  } finally {
    host.server.close()
    await rm(dir, { recursive: true, force: true })
  }
})

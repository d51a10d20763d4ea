/**
 * The whole journey as a new user walks it, with no help from the test: the first run's
 * welcome → the sample file → a bad row fixed → Mapear saved as a preset → both accounts set
 * up in Configurações → Agendar on the account's business hours → launches to the fake Kinbox
 * and Integra → Campanhas → main restarted → the draft, the settings and the history are
 * all there. A screenshot per step (`resources/screenshots/journey-*.png` with
 * LEADPREP_UPDATE_SCREENSHOTS=1; the README shows them).
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { FAKE_INTEGRA_TOKEN } from '../fakes/integraServer'
import { FAKE_KINBOX_TOKEN } from '../fakes/kinboxServer'
import {
  FAKE_S3_ACCESS_KEY_ID,
  FAKE_S3_BUCKET,
  FAKE_S3_REGION,
  FAKE_S3_SECRET_ACCESS_KEY
} from '../fakes/s3Server'
import { expect, repoRoot, test, appSettled } from './fixtures'
import { AGENT, PHONE, PROJECT, step } from './support/accounts'

const PRESET = 'Exemplo (jornada)'
const MESSAGE = 'Olá {{leadName}}, tudo bem? Temos uma condição especial para você.'
const KINBOX_NAME = 'Jornada · WhatsApp'
const INTEGRA_NAME = 'Jornada · Ligações'

const shotsDir = (): string =>
  join(
    repoRoot,
    process.env['LEADPREP_UPDATE_SCREENSHOTS'] ? 'resources' : 'test-results',
    'screenshots'
  )

async function shot(app: Page, name: string): Promise<void> {
  await mkdir(shotsDir(), { recursive: true })
  await app.evaluate(() => window.scrollTo(0, 0))
  await app.screenshot({ path: join(shotsDir(), `journey-${name}.png`) })
}

const counter = (app: Page, id: string): Locator =>
  app.getByTestId(`counter-${id}`).locator('.counter__count')

async function saveSecret(card: Locator, label: string, token: string): Promise<void> {
  await card.getByLabel(label).fill(token)
  await card.getByRole('button', { name: 'Salvar no cofre' }).click()
}

/** Configurações → Contas, as the user fills it in: Kinbox with its bucket, then Integra. */
async function setUpAccounts(app: Page, s3Url: string): Promise<void> {
  await app.getByRole('button', { name: /Configurações/ }).click()
  const kinbox = app.getByTestId('account-kinbox')
  await saveSecret(kinbox, 'Token de API do Kinbox', FAKE_KINBOX_TOKEN)
  await expect(kinbox.getByTestId('account-kinbox-status')).toContainText('configurado')
  await kinbox.getByLabel('ID do canal (channelId)').fill('canal-whatsapp-01')
  await kinbox.getByLabel('Tipo do canal').selectOption('1')
  await kinbox.getByLabel('Endereço do serviço (endpoint)').fill(s3Url)
  await kinbox.getByLabel('Região').fill(FAKE_S3_REGION)
  await kinbox.getByLabel('Bucket', { exact: true }).fill(FAKE_S3_BUCKET)
  await kinbox.getByLabel(/estilo caminho/).check()
  await kinbox.getByRole('button', { name: 'Salvar configurações' }).click()
  await expect(kinbox.getByText('Configurações salvas.')).toBeVisible()
  const keys = kinbox.getByTestId('s3-keys')
  await keys.getByLabel('ID da chave de acesso (access key id)').fill(FAKE_S3_ACCESS_KEY_ID)
  await keys.getByLabel('Chave secreta (secret access key)').fill(FAKE_S3_SECRET_ACCESS_KEY)
  await keys.getByRole('button', { name: 'Salvar chaves no cofre' }).click()
  await expect(kinbox.getByTestId('ready-kinbox')).toHaveText('Pronto para disparar')

  const integra = app.getByTestId('account-integra')
  await saveSecret(integra, 'Token de API do Integra', FAKE_INTEGRA_TOKEN)
  await expect(integra.getByTestId('account-integra-status')).toContainText('configurado')
  await integra.getByLabel('ID do projeto (project_id)').fill(PROJECT)
  await integra.getByLabel('ID do agente (agent_id)').fill(AGENT)
  await integra.getByLabel('ID do número de telefone (phone_number_id)').fill(PHONE)
  await integra.getByRole('button', { name: 'Salvar configurações' }).click()
  await expect(integra.getByTestId('ready-integra')).toHaveText('Pronto para disparar')
}

/** Disparar: the launch's name, "Disparar", the one question, and the run to its end. */
async function launch(app: Page, name: string, provider: 'kinbox' | 'integra'): Promise<void> {
  await expect(app.getByTestId('launch-review')).toHaveAttribute('data-provider', provider)
  await app.getByTestId('launch-name').fill(name)
  await expect(app.getByTestId('launch-recipients')).toHaveText('30 contatos')
  await expect(app.getByTestId('launch-ready')).toBeVisible()
  // All of the review has arrived: nothing moves under the click.
  await expect(app.getByTestId('launch-review')).toHaveAttribute('aria-busy', 'false')
  await app.getByTestId('launch-go').click()
  await app.getByTestId('launch-confirm').getByRole('button', { name: 'Disparar agora' }).click()
  // This launch's own panel: the one before it (Kinbox, when Integra goes) is done already.
  const run = app.getByTestId('launch-run').filter({ hasText: name })
  await expect(run).toHaveAttribute('data-state', 'done')
  await expect(run.getByTestId('launch-run-done')).toBeVisible()
}

test.use({ firstRun: true })

test('a new user, from the first run to the campaign history after a restart', async ({
  app,
  bridge
}) => {
  test.skip(!bridge.kinbox || !bridge.integra || !bridge.s3, 'needs the in-process fakes')
  test.setTimeout(240_000)
  await app.setViewportSize({ width: 1280, height: 860 })

  // 1. The welcome: five steps, and the sample to try them on.
  const welcome = app.getByTestId('welcome')
  await expect(welcome).toBeVisible()
  await shot(app, '1-welcome')
  await welcome.getByRole('button', { name: 'Experimentar com o arquivo de exemplo' }).click()
  await expect(welcome).toHaveCount(0)

  // 2. Importar: the sample read as a pt-BR Excel export.
  await expect(app.getByTestId('table-info')).toContainText('leads-exemplo.csv')
  await expect(app.getByTestId('import-counts')).toContainText('38 linhas de dados')
  await expect(app.getByTestId('draft-status')).toHaveText('Rascunho salvo')
  await shot(app, '2-import')

  // 3. Limpar: Fernanda's number has no DDD; the user adds it.
  await step(app, /Limpar/).click()
  await expect(counter(app, 'ok')).toHaveText('29')
  await expect(counter(app, 'invalid')).toHaveText('6')
  await app.getByRole('button', { name: 'Corrigir linha 6', exact: true }).click()
  const editor = app.getByTestId('row-editor')
  await editor.getByLabel('Telefone', { exact: true }).fill('(41) 98877-6655')
  await editor.getByRole('button', { name: 'Aplicar' }).click()
  await expect(editor.getByTestId('row-editor-e164')).toHaveText('+5541988776655')
  await expect(counter(app, 'ok')).toHaveText('30')
  await shot(app, '3-clean')
  await editor.getByRole('button', { name: 'Fechar' }).click()

  // 4. Mapear: the message, its preview, saved as a preset for the next list.
  await step(app, /Mapear/).click()
  await app.getByTestId('message-editor').fill(MESSAGE)
  await expect(app.getByTestId('preview-bubble')).toContainText('Olá Maria')
  await app.getByLabel('Nome do mapeamento').fill(PRESET)
  await app.getByTestId('preset-save').click()
  await expect(app.getByTestId('preset-applied')).toContainText(`Mapeamento «${PRESET}» salvo`)
  await shot(app, '4-map')

  // 5. Configurações: both accounts, as the user types them.
  await setUpAccounts(app, bridge.s3!.url)
  await shot(app, '5-accounts')

  // 6. Agendar: the Kinbox account's business hours.
  await step(app, /Agendar/).click()
  const schedule = app.getByTestId('schedule-screen')
  await expect(schedule.getByRole('radio', { name: 'Horário da conta Kinbox' })).toBeChecked()
  const sets = schedule.getByTestId('business-hours-sets')
  await sets.getByRole('radio', { name: /seg–sex 09:00–18:00/ }).check()
  await expect(schedule.getByTestId('summary-finish')).not.toHaveText('—')
  await shot(app, '6-schedule')

  // 7. Disparar to Kinbox, then the same list to Integra.
  await step(app, /Disparar/).click()
  await launch(app, KINBOX_NAME, 'kinbox')
  await shot(app, '7-launch-kinbox')
  await app.getByTestId('launch-provider').getByText('Integra · ligações').click()
  await launch(app, INTEGRA_NAME, 'integra')
  await shot(app, '8-launch-integra')

  // 8. Campanhas: both, with what each sent.
  await app.getByRole('button', { name: /^\W*Campanhas$/ }).click()
  const cards = app.getByTestId('campaign-card')
  await expect(cards.filter({ hasText: KINBOX_NAME })).toBeVisible()
  await expect(cards.filter({ hasText: INTEGRA_NAME })).toBeVisible()
  await shot(app, '9-campaigns')

  // 9. Main restarts: the history, what was sent, the accounts and the preset are all there.
  const url = await bridge.restart()
  await app.goto(url)
  await appSettled(app)
  await expect(app.getByTestId('welcome')).toHaveCount(0)
  await app.getByRole('button', { name: /^\W*Campanhas$/ }).click()
  const kinboxCard = cards.filter({ hasText: KINBOX_NAME })
  await expect(kinboxCard).toBeVisible()
  await expect(cards.filter({ hasText: INTEGRA_NAME })).toBeVisible()
  await kinboxCard.getByRole('button', { name: 'Ver resultados' }).click()
  const sent = app.getByTestId('campaign-detail').getByTestId('campaign-sent')
  await expect(sent.getByTestId('sent-file')).toHaveText('leads-exemplo.csv')
  await expect(sent.getByTestId('sent-leads')).toHaveText('30')
  await expect(sent.getByTestId('sent-message')).toContainText(MESSAGE)
  await shot(app, '10-after-restart')
  await app.getByRole('button', { name: /Configurações/ }).click()
  await expect(app.getByTestId('ready-kinbox')).toHaveText('Pronto para disparar')
  await expect(app.getByTestId('ready-integra')).toHaveText('Pronto para disparar')
  expect(
    await app.evaluate(async (name) => {
      const presets = await window.leadprep.listPresets({})
      return presets.ok && presets.data.some((preset) => preset.name === name)
    }, PRESET)
  ).toBe(true)
})

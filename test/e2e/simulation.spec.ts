/**
 * Simulation mode through the bridge, as a new user with no account tries it: turned on in
 * Configurações, the banner says so on every screen; a list imported and mapped goes out from
 * Disparar to the simulated Kinbox without any token or bucket; Campanhas shows the campaign
 * marked "Simulação" and its progress moving to the end. Nothing reaches the fake Kinbox (the
 * "real" API of this bridge). The simulation's clock moves at the wall clock's pace and jumps
 * when the test says (bridge.advanceSimulation): the campaign's few minutes pass in one step.
 */
import AxeBuilder from '@axe-core/playwright'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { fakeControl, type FakeState } from '../fakes/control'
import { expect, repoRoot, test, appSettled } from './fixtures'
import { forgetPresets, step } from './support/accounts'
import { tempCopy } from './support/files'

const MESSAGE = 'Olá {{leadName}}, temos uma oferta para você!'

/** The banner, tags and notices pass axe like every screen (a11y.spec.ts), by rule id. */
async function expectNoAxeViolations(app: Page): Promise<void> {
  await app.emulateMedia({ reducedMotion: 'reduce' })
  const results = await new AxeBuilder({ page: app }).analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])
}

async function screenshot(app: Page, name: string): Promise<void> {
  const dir = process.env['LEADPREP_UPDATE_SCREENSHOTS']
    ? join(repoRoot, 'resources/screenshots')
    : join(repoRoot, 'test-results/screenshots')
  await mkdir(dir, { recursive: true })
  await app.screenshot({ path: join(dir, name), fullPage: true, animations: 'disabled' })
}

test.afterEach(async ({ app }) => {
  // The worker's next test starts with simulation off, whatever happened here.
  await app.evaluate(() => window.leadprep.updateSettings({ simulation: false }))
})

test('simulation mode: launch to Kinbox without an account and watch it on Campanhas', async ({
  app,
  bridge
}) => {
  // Off by default: no banner.
  await appSettled(app)
  const banner = app.getByTestId('simulation-banner')
  await expect(banner).toHaveCount(0)

  // Configurações → Modo simulação.
  await app.getByRole('button', { name: /Configurações/ }).click()
  await expect(app.getByTestId('settings-screen')).toBeVisible()
  const toggle = app.getByRole('checkbox', { name: 'Modo simulação' })
  await expect(toggle).not.toBeChecked()
  await expect(app.getByText(/experimente Disparar e Campanhas sem conta/)).toBeVisible()
  await toggle.check()
  await expect(banner).toContainText('Modo simulação: nada é enviado de verdade')
  await expect(toggle).toBeChecked()
  await expectNoAxeViolations(app)
  await step(app, /Importar/).click()

  // Importar → Mapear → Disparar, with no token, no channel and no bucket saved.
  await forgetPresets(app)
  await app
    .getByTestId('file-input')
    .first()
    .setInputFiles(await tempCopy('leads/planilha-vendas.xlsx'))
  await expect(app.getByTestId('table-info')).toContainText('planilha-vendas.xlsx')
  await expect(banner).toBeVisible()
  await step(app, /Mapear/).click()
  await expect(
    app.getByTestId('map-screen').getByRole('combobox', { name: 'Telefone', exact: true })
  ).toHaveValue('1')
  await app.getByTestId('message-editor').fill(MESSAGE)
  await step(app, /Disparar/).click()
  const review = app.getByTestId('launch-review')
  await expect(review).toHaveAttribute('data-provider', 'kinbox')

  // The simulated account stands in: nothing asks for a token or a bucket.
  await expect(app.getByTestId('launch-account-simulated')).toContainText('Conta simulada')
  await expect(app.getByTestId('launch-simulation')).toContainText('Simulação')
  const blockers = app.getByTestId('launch-blockers')
  await expect(blockers.locator('[data-blocker^="account-"]')).toHaveCount(0)
  const name = `Teste simulado ${test.info().workerIndex}-${Date.now()}`
  await app.getByTestId('launch-name').fill(name)
  const go = app.getByTestId('launch-go')
  await expect(go).toBeEnabled()
  await screenshot(app, 'simulation-review.png')
  await go.click()
  const dialog = app.getByTestId('launch-confirm')
  await expect(dialog.getByTestId('launch-confirm-simulation')).toHaveText(
    'Modo simulação: nada é enviado de verdade.'
  )
  await dialog.getByRole('button', { name: 'Disparar agora' }).click()
  const run = app.getByTestId('launch-run')
  await expect(run).toHaveAttribute('data-state', 'done')
  await expect(run.getByTestId('simulation-tag')).toHaveText('Simulação')

  // Campanhas: marked "Simulação", and its progress moves on to the end.
  await run.getByRole('button', { name: 'Ver em Campanhas' }).click()
  await expect(app.getByTestId('campaigns-simulation')).toBeVisible()
  const card = app.getByTestId('campaign-card').filter({ hasText: name })
  await expect(card.getByTestId('simulation-tag')).toHaveText('Simulação')
  const progress = card.getByRole('progressbar')
  await expect(progress).toBeVisible()
  // Just launched: the simulated Kinbox has not sent it all (it takes minutes).
  await expect(card.getByTestId('campaign-status')).toHaveText(/^(Agendada|Enviando)$/)
  await expect(progress).not.toHaveAttribute('aria-valuenow', '100')
  // The minutes pass; "Atualizar" asks the simulated Kinbox again and shows the end.
  bridge.advanceSimulation(30 * 60_000)
  await app.getByRole('button', { name: /Atualizar/ }).click()
  await expect(card.getByTestId('campaign-status')).toHaveText('Concluída')
  await expect(progress).toHaveAttribute('aria-valuenow', '100')
  await expect(card.getByTestId('campaign-counts')).toContainText('Enviadas')
  await screenshot(app, 'simulation-campaigns.png')
  await expectNoAxeViolations(app)

  // Its results, lead by lead, from the simulated Kinbox.
  await card.getByRole('button', { name: 'Ver resultados' }).click()
  const detail = app.getByTestId('campaign-detail')
  await expect(detail.getByTestId('result-row').first()).toBeVisible()

  // The bridge's "real" Kinbox never heard of it.
  if (bridge.kinbox) {
    const state: FakeState = await fakeControl(bridge.kinbox.url).state()
    expect(state.campaigns.filter((campaign) => campaign['name'] === name)).toHaveLength(0)
  }
})

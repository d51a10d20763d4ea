/**
 * Disparar through the bridge (the same handler table and launch engine as main) against the
 * worker's fake Kinbox, Integra and S3: the review shows everything that will be sent, what is
 * missing blocks the button with the way to fix it, "Disparar" asks once and then follows the
 * launch live; a 429 and a lost response end with the campaign created once; a launch left
 * midway by a reload is shown as "Disparo interrompido" and "Retomar" finishes it.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { fakeControl, type FakeState } from '../fakes/control'
import type { FaultRule } from '../fakes/faults'
import { FAKE_S3_BUCKET } from '../fakes/s3Server'
import { expect, repoRoot, test, reloadApp } from './fixtures'
import { forgetPresets, setUpIntegra, setUpKinbox, step } from './support/accounts'
import { tempCopy } from './support/files'

const MESSAGE = 'Olá {{leadName}}, temos uma oferta para você!'
/** planilha-vendas.xlsx's ground truth: 766 ok, 162 invalid, 72 duplicates. */
const LAUNCHABLE = '766'

const shotsDir = () =>
  process.env['LEADPREP_UPDATE_SCREENSHOTS']
    ? join(repoRoot, 'resources/screenshots')
    : join(repoRoot, 'test-results/screenshots')

async function screenshot(app: Page, name: string): Promise<void> {
  await mkdir(shotsDir(), { recursive: true })
  await app.evaluate(() => window.scrollTo(0, 0))
  await app.screenshot({ path: join(shotsDir(), name), fullPage: true })
}

/** Importar → Mapear (auto-matched, a message) → Disparar. */
async function openReview(app: Page, message: string | null): Promise<void> {
  await forgetPresets(app)
  await app
    .getByTestId('file-input')
    .first()
    .setInputFiles(await tempCopy('leads/planilha-vendas.xlsx'))
  await expect(app.getByTestId('table-info')).toContainText('planilha-vendas.xlsx')
  await step(app, /Mapear/).click()
  const screen = app.getByTestId('map-screen')
  await expect(screen.getByRole('combobox', { name: 'Telefone', exact: true })).toHaveValue('1')
  if (message !== null) await app.getByTestId('message-editor').fill(message)
  await step(app, /Disparar/).click()
  // All it shows has arrived: a click before may land where a line is about to move.
  await expect(app.getByTestId('launch-review')).toHaveAttribute('aria-busy', 'false')
}

async function chooseIntegra(app: Page): Promise<void> {
  await app.getByTestId('launch-provider').getByText('Integra · ligações').click()
  await expect(app.getByTestId('launch-review')).toHaveAttribute('data-provider', 'integra')
  await expect(app.getByTestId('launch-review')).toHaveAttribute('aria-busy', 'false')
}

async function campaignsNamed(url: string, name: string): Promise<Record<string, unknown>[]> {
  const state: FakeState = await fakeControl(url).state()
  return state.campaigns.filter((campaign) => campaign['name'] === name)
}

async function posts(url: string, path: string): Promise<number> {
  const state = await fakeControl(url).state()
  return state.requests.filter((r) => r.method === 'POST' && r.path === path).length
}

/** The element with focus, and whether it shows a focus ring (its own, or its label's). */
async function focused(app: Page): Promise<{ text: string; ring: boolean; testId: string }> {
  return app.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return { text: '', ring: false, testId: '' }
    const hidden = element instanceof HTMLInputElement && element.type === 'radio'
    const target = hidden ? (element.closest('label') ?? element) : element
    const style = getComputedStyle(target)
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    return {
      text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
      ring,
      testId: element.getAttribute('data-testid') ?? ''
    }
  })
}

test.describe('Disparar', () => {
  test('what is missing blocks the button, each with the way to fix it; Integra shows its own plan', async ({
    app
  }) => {
    await openReview(app, null)
    const blockers = app.getByTestId('launch-blockers')
    // No account yet and no message: Mapear's own check, not "Mapeamento pronto".
    await expect(blockers.locator('[data-blocker="account-token"]')).toContainText(
      'Falta o token do Kinbox.'
    )
    await expect(blockers.locator('[data-blocker="map-message_empty"]')).toContainText(
      'Escreva a mensagem.'
    )
    await expect(app.getByTestId('launch-go')).toBeDisabled()
    await expect(app.getByTestId('launch-recipients')).toHaveText(`${LAUNCHABLE} contatos`)

    // Integra: its own checks and its own parts, from the same list.
    await chooseIntegra(app)
    await expect(blockers.locator('[data-blocker="account-key"]')).toContainText(
      'Falta a chave de API da Integra.'
    )
    await expect(blockers.locator('[data-blocker="map-message_empty"]')).toHaveCount(0)
    const parts = app.getByTestId('launch-parts')
    await expect(parts).toHaveAttribute('data-provider', 'integra')
    await expect(parts.getByTestId('launch-part')).toHaveCount(1)
    await expect(app.getByTestId('launch-no-voicemail')).toBeVisible()

    // Each blocker opens the screen where it is fixed.
    await blockers
      .locator('[data-blocker="account-key"]')
      .getByRole('button', { name: 'Abrir Configurações' })
      .click()
    await expect(app.getByTestId('settings-screen')).toBeVisible()
    await step(app, /Disparar/).click()
    await app.getByTestId('launch-provider').getByText('Kinbox · WhatsApp').click()
    await blockers
      .locator('[data-blocker="map-message_empty"]')
      .getByRole('button', { name: 'Abrir Mapear' })
      .click()
    await expect(step(app, /Mapear/)).toHaveAttribute('aria-current', 'step')
  })

  test('Kinbox: the review shows everything; a keyboard-only launch asks once and runs live', async ({
    app,
    bridge
  }) => {
    test.skip(!bridge.kinbox || !bridge.s3, 'needs the in-process fakes')
    const kinboxUrl = bridge.kinbox!.url
    await setUpKinbox(app, bridge.s3!.url)
    await openReview(app, MESSAGE)

    const review = app.getByTestId('launch-review')
    await expect(review).toHaveAttribute('data-provider', 'kinbox')
    await expect(app.getByTestId('launch-name')).toHaveValue(
      /^planilha-vendas · \d{2}\/\d{2}\/\d{4}$/
    )
    await expect(app.getByTestId('launch-recipients')).toHaveText(`${LAUNCHABLE} contatos`)
    const excluded = app.getByTestId('launch-excluded')
    await expect(excluded.locator('[data-reason="invalid"]')).toContainText('162')
    await expect(excluded.locator('[data-reason="duplicate"]')).toContainText('72')
    await expect(app.getByTestId('launch-bubble')).toHaveText(
      'Olá Sônia, temos uma oferta para você!'
    )
    await app.getByRole('button', { name: 'Próxima linha' }).click()
    await expect(app.getByTestId('launch-bubble')).toHaveText(
      'Olá Camila, temos uma oferta para você!'
    )
    const account = app.getByTestId('launch-account')
    await expect(account.getByTestId('launch-account-secret')).toHaveText(/^configurado · …/)
    await expect(account.getByTestId('launch-account-channel')).toContainText('canal-whatsapp-01')
    await expect(account).toContainText(`bucket ${FAKE_S3_BUCKET}`)
    await expect(app.getByTestId('launch-parts').getByTestId('launch-part')).toHaveCount(1)
    await expect(app.getByTestId('launch-finish')).not.toHaveText('—')
    await expect(app.getByTestId('launch-ready')).toBeVisible()
    const go = app.getByTestId('launch-go')
    await expect(go).toBeEnabled()
    await app.setViewportSize({ width: 1440, height: 1100 })
    await screenshot(app, 'launch-review.png')

    // Keyboard only: Tab reaches the name field, then the button, each with a visible ring.
    const name = `Oferta WhatsApp ${test.info().workerIndex}-${Date.now()}`
    await app.locator('body').click({ position: { x: 2, y: 2 } })
    const tabTo = async (testId: string): Promise<void> => {
      let reached = ''
      for (let i = 0; i < 80 && reached !== testId; i++) {
        await app.keyboard.press('Tab')
        const now = await focused(app)
        expect(now.ring, `focus ring on “${now.text}”`).toBe(true)
        reached = now.testId
      }
      expect(reached).toBe(testId)
    }
    await tabTo('launch-name')
    await app.keyboard.press('ControlOrMeta+a')
    await app.keyboard.type(name)
    await expect(app.getByTestId('launch-name')).toHaveValue(name)
    // The plan follows the name: the button is back once it is rebuilt.
    await expect(go).toBeEnabled()
    await tabTo('launch-go')

    // Enter asks once; focus stays inside; Escape cancels and gives the focus back.
    await app.keyboard.press('Enter')
    const dialog = app.getByTestId('launch-confirm')
    await expect(dialog).toBeVisible()
    await expect(dialog.getByTestId('launch-confirm-question')).toHaveText(
      `Enviar ${LAUNCHABLE} contatos para o Kinbox agora?`
    )
    await expect(dialog.getByRole('button', { name: 'Cancelar' })).toBeFocused()
    await app.keyboard.press('Tab')
    await expect(dialog.getByRole('button', { name: 'Disparar agora' })).toBeFocused()
    await app.keyboard.press('Tab')
    await expect(dialog.getByRole('button', { name: 'Cancelar' })).toBeFocused()
    await app.keyboard.press('Shift+Tab')
    await expect(dialog.getByRole('button', { name: 'Disparar agora' })).toBeFocused()
    await app.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(go).toBeFocused()
    expect(await campaignsNamed(kinboxUrl, name)).toHaveLength(0)

    await app.keyboard.press('Enter')
    await expect(dialog).toBeVisible()
    await app.keyboard.press('Tab')
    await app.keyboard.press('Enter')
    await expect(dialog).toBeHidden()

    const run = app.getByTestId('launch-run')
    await expect(run).toHaveAttribute('data-state', 'done')
    await expect(run.getByTestId('launch-run-upload')).toHaveText('Arquivo de leads publicado.')
    await expect(run.getByTestId('launch-run-done')).toHaveText(
      'Disparo concluído: tudo foi criado no Kinbox.'
    )
    await expect(run.getByTestId('launch-run-part')).toHaveAttribute('data-status', 'created')
    // The same plan cannot fire again.
    await expect(app.getByTestId('launch-existing')).toContainText('Este disparo já foi feito')
    await expect(go).toBeDisabled()
    const created = await campaignsNamed(kinboxUrl, name)
    expect(created).toHaveLength(1)
    expect(created[0]?.['leadType']).toBe('file')
    expect(created[0]?.['message']).toBe('Olá {{leadName}}, temos uma oferta para você!')
  })

  test('Integra: a 429 counts down and a lost response is looked up; the part is created once', async ({
    app,
    bridge
  }) => {
    test.skip(!bridge.integra, 'needs the in-process fakes')
    const integraUrl = bridge.integra!.url
    const control = fakeControl(integraUrl)
    await control.clearFaults()
    await app.setViewportSize({ width: 1440, height: 1100 })
    await setUpIntegra(app)
    await openReview(app, MESSAGE)
    await chooseIntegra(app)
    const name = `Ligações 429 ${test.info().workerIndex}-${Date.now()}`
    await app.getByTestId('launch-name').fill(name)
    const part = app.getByTestId('launch-parts').getByTestId('launch-part')
    await expect(part).toHaveCount(1)
    await expect(part).toContainText(name)
    await expect(app.getByTestId('launch-bubble')).toHaveCount(0)
    await expect(app.getByTestId('launch-ready')).toBeVisible()

    const path = '/api/v1/campaigns'
    const before = await posts(integraUrl, path)
    const faults: FaultRule[] = [
      { failure: { kind: 'rate_limited', resetInSeconds: 6 }, scope: { method: 'POST', path } },
      // The second POST creates the campaign, then its answer is lost on the way.
      { failure: { kind: 'drop', afterHandling: true }, scope: { method: 'POST', path, nth: 2 } }
    ]
    await control.addFaults(faults)

    await app.getByTestId('launch-go').click()
    const dialog = app.getByTestId('launch-confirm')
    await expect(dialog.getByTestId('launch-confirm-question')).toHaveText(
      `Enviar ${LAUNCHABLE} contatos para a Integra agora?`
    )
    await dialog.getByRole('button', { name: 'Disparar agora' }).click()

    const run = app.getByTestId('launch-run')
    await expect(run.getByTestId('launch-run-waiting')).toContainText(
      /Limite de requisições da Integra: nova tentativa em \d s\./
    )
    await screenshot(app, 'launch-progress.png')
    await expect(run).toHaveAttribute('data-state', 'done', { timeout: 90_000 })
    await expect(run.getByTestId('launch-run-part')).toHaveAttribute('data-status', 'created')
    expect(await campaignsNamed(integraUrl, name)).toHaveLength(1)
    // The 429 and the lost one: the lookup found the campaign, nothing was POSTed a third time.
    expect((await posts(integraUrl, path)) - before).toBe(2)
  })

  test('a refused key stops the launch in pt-BR with the way to Configurações', async ({
    app,
    bridge
  }) => {
    test.skip(!bridge.integra, 'needs the in-process fakes')
    await fakeControl(bridge.integra!.url).clearFaults()
    await setUpIntegra(app)
    // A key of the right shape that the account does not know (revoked).
    const saved = await app.evaluate(
      (token) => window.leadprep.saveSecret({ provider: 'integra', token }),
      `ik_live_${'e'.repeat(64)}`
    )
    expect(saved.ok).toBe(true)
    await openReview(app, MESSAGE)
    await chooseIntegra(app)
    await app.getByTestId('launch-name').fill(`Chave recusada ${Date.now()}`)
    await expect(app.getByTestId('launch-ready')).toBeVisible()
    await app.getByTestId('launch-go').click()
    await app.getByTestId('launch-confirm').getByRole('button', { name: 'Disparar agora' }).click()
    const run = app.getByTestId('launch-run')
    await expect(run).toHaveAttribute('data-state', 'failed')
    await expect(run.getByTestId('launch-run-error')).toHaveText(
      'Token da Integra inválido ou revogado. Gere um novo no painel e salve-o.'
    )
    await run.getByRole('button', { name: 'Abrir Configurações' }).click()
    await expect(app.getByTestId('settings-screen')).toBeVisible()
  })

  test('a launch left midway by a reload is "Disparo interrompido"; Retomar sends nothing twice', async ({
    app,
    bridge
  }) => {
    test.skip(!bridge.integra, 'needs the in-process fakes')
    const integraUrl = bridge.integra!.url
    const control = fakeControl(integraUrl)
    await control.clearFaults()
    await setUpIntegra(app)
    await openReview(app, MESSAGE)
    await chooseIntegra(app)
    const name = `Ligações retomadas ${test.info().workerIndex}-${Date.now()}`
    await app.getByTestId('launch-name').fill(name)
    await expect(app.getByTestId('launch-parts').getByTestId('launch-part')).toContainText(name)
    await expect(app.getByTestId('launch-ready')).toBeVisible()

    const path = '/api/v1/campaigns'
    const before = await posts(integraUrl, path)
    // The first POST hangs (main gives up on it), the second is dropped before the server
    // acts: main cannot know whether the part exists and stops.
    await control.addFaults([
      { failure: { kind: 'hang', afterHandling: false }, scope: { method: 'POST', path } },
      { failure: { kind: 'drop', afterHandling: false }, scope: { method: 'POST', path, nth: 2 } }
    ])
    await app.getByTestId('launch-go').click()
    await app.getByTestId('launch-confirm').getByRole('button', { name: 'Disparar agora' }).click()
    await expect.poll(() => posts(integraUrl, path)).toBe(before + 1)

    // "Close" the app mid-launch: main keeps running it; the new page finds it and follows.
    await reloadApp(app)
    const banner = app.getByTestId('launch-banner')
    await expect(banner).toContainText(`Disparo em andamento: “${name}” (Integra).`)
    await banner.getByRole('button', { name: 'Acompanhar' }).click()
    const run = app.getByTestId('launch-run')
    await expect(run).toHaveAttribute('data-active', 'true')

    // Main gives up: the part may or may not exist.
    await expect(run).toHaveAttribute('data-active', 'false', { timeout: 120_000 })
    await expect(run).toHaveAttribute('data-state', 'unknown')
    await expect(run.getByRole('heading', { name: 'Disparo interrompido' })).toBeVisible()
    await expect(run.getByTestId('launch-run-unknown')).toContainText(
      'procura a campanha antes de enviar qualquer coisa'
    )
    expect(await campaignsNamed(integraUrl, name)).toHaveLength(0)

    // Reopened later: the banner says it was interrupted, and Retomar finishes it.
    await control.clearFaults()
    await reloadApp(app)
    await expect(banner).toContainText('Disparo interrompido')
    await expect(banner).toContainText(`“${name}” (Integra) parou no meio: 0 de 1 campanha criada.`)
    await banner.getByRole('button', { name: 'Retomar' }).click()
    await expect(run).toHaveAttribute('data-state', 'done', { timeout: 90_000 })
    await expect(banner).toBeHidden()
    expect(await campaignsNamed(integraUrl, name)).toHaveLength(1)
  })
})

import type { Page } from '@playwright/test'
import { expect, test, reloadApp } from './fixtures'

/**
 * Issue 15: the first-run welcome (the five steps, the sample file or the user's own) and the
 * bundled sample, which main reads and hands over like a reopened recent file.
 */

const welcome = (app: Page) => app.getByRole('dialog', { name: 'Boas-vindas ao LeadPrep' })
const trySample = (app: Page) =>
  welcome(app).getByRole('button', { name: 'Experimentar com o arquivo de exemplo' })
const start = (app: Page) => welcome(app).getByRole('button', { name: 'Começar com meu arquivo' })
const h1 = (app: Page) => app.locator('#main h1')

/** What Importar shows once the sample is read (38 leads, one blank line, Windows-1252). */
async function expectSampleImported(app: Page): Promise<void> {
  await expect(app.getByTestId('import-counts')).toContainText('38 linhas de dados')
  await expect(app.getByTestId('import-counts')).toContainText('1 linha em branco ignorada')
  const info = app.getByTestId('table-info')
  await expect(info).toContainText('leads-exemplo.csv')
  await expect(info).toContainText('windows-1252')
  // Accents read right, straight from the CRM's Excel export.
  await expect(app.getByTestId('lead-grid')).toContainText('MARIA DAS GRAÇAS SILVA')
}

/** Tab forward until `target` has the focus (a keyboard user's way there), at most `limit` times. */
async function tabTo(app: Page, target: ReturnType<Page['getByRole']>, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await app.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`no focus on ${String(target)} after ${limit} Tab presses`)
}

test.describe('first run', () => {
  test.use({ firstRun: true })

  test('the welcome explains the steps; the sample imports and Limpar shows its problems; a reload does not bring it back', async ({
    app,
    traffic
  }) => {
    const dialog = welcome(app)
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('Em cinco etapas')
    const steps = dialog.getByRole('listitem')
    await expect(steps).toHaveCount(5)
    for (const [i, step] of ['Importar', 'Limpar', 'Mapear', 'Agendar', 'Disparar'].entries())
      await expect(steps.nth(i)).toContainText(step)
    await expect(trySample(app)).toBeFocused()

    await trySample(app).click()
    await expect(dialog).toBeHidden()
    await expectSampleImported(app)
    // The sample is not the user's file: "Recentes" does not list it.
    const recent = await app.evaluate(() => window.leadprep.recentFiles({}))
    expect(recent.ok && recent.data.map((file) => file.name)).not.toContain('leads-exemplo.csv')

    await app
      .getByRole('navigation', { name: 'Etapas da campanha' })
      .getByRole('button', { name: /Limpar/ })
      .click()
    await expect(h1(app)).toHaveText('Limpar a lista')
    await expect(app.getByTestId('counter-total')).toContainText('38')
    await expect(app.getByTestId('counter-invalid')).toContainText('6')
    await expect(app.getByTestId('counter-duplicate')).toContainText('3')
    await expect(app.getByTestId('counter-reason-missing_area_code')).toContainText('2')
    await expect(app.getByTestId('counter-reason-excel_scientific_notation')).toContainText('1')

    // Seen: main remembers it, and a new start goes straight to Importar.
    await traffic.settled()
    await reloadApp(app)
    await traffic.settled()
    await expect(dialog).toBeHidden()
    expect(await app.evaluate(() => window.leadprep.getSettings({}))).toEqual({
      ok: true,
      data: { language: 'pt-BR', welcomeSeen: true }
    })
    // The page is the user's (no modal in the way): Importar's link brings the welcome back.
    await app.getByRole('button', { name: 'Ver boas-vindas' }).click()
    await expect(dialog).toBeVisible()
    await start(app).click()
    await expect(dialog).toBeHidden()
    await expect(app.getByRole('button', { name: 'Ver boas-vindas' })).toBeFocused()
  })

  test('keyboard only: focus starts and stays in the welcome, Escape closes it, the link reopens it', async ({
    app
  }) => {
    const dialog = welcome(app)
    await expect(dialog).toBeVisible()
    await expect(trySample(app)).toBeFocused()
    await app.keyboard.press('Tab')
    await expect(start(app)).toBeFocused()
    // Tab and Shift+Tab go round inside the dialog, never to the page behind it.
    await app.keyboard.press('Tab')
    await expect(trySample(app)).toBeFocused()
    await app.keyboard.press('Shift+Tab')
    await expect(start(app)).toBeFocused()

    await app.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    // A first run had no opener: the focus lands on Importar's title, not the page body.
    await expect(h1(app)).toHaveText('Importar')
    await expect(h1(app)).toBeFocused()

    const link = app.getByRole('button', { name: 'Ver boas-vindas' })
    await tabTo(app, link)
    await app.keyboard.press('Enter')
    await expect(dialog).toBeVisible()
    await expect(trySample(app)).toBeFocused()
    await app.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(link).toBeFocused()

    await app.keyboard.press('Enter')
    await expect(trySample(app)).toBeFocused()
    await app.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expectSampleImported(app)
    await expect(h1(app)).toBeFocused()
  })

  test('"Começar com meu arquivo" closes it for good and leaves Importar as it was', async ({
    app,
    traffic
  }) => {
    await start(app).click()
    await expect(welcome(app)).toBeHidden()
    await expect(app.getByRole('button', { name: 'Escolher arquivo…' })).toBeVisible()
    await expect(app.getByTestId('table-info')).toHaveCount(0)
    await traffic.settled()
    await reloadApp(app)
    await traffic.settled()
    await expect(welcome(app)).toBeHidden()
  })
})

test('after the first run: no welcome, and Importar offers the sample as a small link', async ({
  app
}) => {
  await expect(app.getByRole('heading', { level: 1, name: 'Importar' })).toBeVisible()
  await expect(welcome(app)).toHaveCount(0)
  await app
    .getByTestId('dropzone')
    .getByRole('button', { name: 'Usar o arquivo de exemplo' })
    .click()
  await expectSampleImported(app)
  // With a list on screen the compact drop zone stays small: no links there.
  await expect(app.getByRole('button', { name: 'Usar o arquivo de exemplo' })).toHaveCount(0)
})

test('in English too, reopened from Import', async ({ app }) => {
  await app.getByRole('button', { name: /Configurações/ }).click()
  await app.getByRole('tab', { name: 'Preferências' }).click()
  await app.getByLabel('Idioma').selectOption('en')
  await app
    .getByRole('navigation', { name: 'Campaign steps' })
    .getByRole('button', { name: /Import/ })
    .click()
  await app.getByRole('button', { name: 'Show the welcome' }).click()
  const dialog = app.getByRole('dialog', { name: 'Welcome to LeadPrep' })
  await expect(dialog).toContainText('In five steps')
  await expect(dialog.getByRole('listitem').nth(4)).toContainText('Launch')
  await dialog.getByRole('button', { name: 'Try it with the sample file' }).click()
  await expect(dialog).toBeHidden()
  await expect(app.getByTestId('import-counts')).toContainText('38 data rows')
})

test('the page cannot name a file for the sample channel', async ({ app }) => {
  const answer = await app.evaluate(() =>
    (
      window.leadprep.openSampleFile as unknown as (
        request: unknown
      ) => ReturnType<typeof window.leadprep.openSampleFile>
    )({ path: '/etc/passwd' })
  )
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
})

/**
 * One campaign store owns the provider (issue 13): the choice made in one step is the one
 * every other step shows (Limpar's select, Mapear's cards, Agendar's and Disparar's switch),
 * both ways, through the real screens and the bridge.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { tempCopy } from './support/files'

const step = (app: Page, name: RegExp): Locator =>
  app.getByRole('navigation', { name: 'Etapas da campanha' }).getByRole('button', { name })

const picker = (app: Page, testId: string, name: RegExp): Locator =>
  app.getByTestId(testId).getByRole('radio', { name })

test.describe('one campaign store', () => {
  test('Integra chosen in Mapear is shown in Limpar, Agendar and Disparar; Kinbox chosen in Disparar goes back to Mapear', async ({
    app
  }) => {
    await app
      .getByTestId('file-input')
      .first()
      .setInputFiles(await tempCopy('leads/planilha-vendas.xlsx'))
    await expect(app.getByTestId('table-info')).toContainText('planilha-vendas.xlsx')

    await step(app, /Mapear/).click()
    await expect(picker(app, 'map-provider', /Kinbox/)).toBeChecked()
    await picker(app, 'map-provider', /Integra/).check()
    await expect(picker(app, 'map-provider', /Integra/)).toBeChecked()

    await step(app, /Limpar/).click()
    await expect(app.getByLabel('Plataforma')).toHaveValue('integra')

    await step(app, /Agendar/).click()
    await expect(picker(app, 'schedule-provider', /Integra/)).toBeChecked()
    // Agendar shows Integra's settings and call parts, not Kinbox's chunks.
    await expect(app.getByTestId('integra-parts')).toBeVisible()

    await step(app, /Disparar/).click()
    await expect(picker(app, 'launch-provider', /Integra/)).toBeChecked()
    await expect(app.getByTestId('launch-review')).toHaveAttribute('data-provider', 'integra')

    // The other way: Disparar's switch is the same choice.
    await app.getByTestId('launch-provider').getByText('Kinbox · WhatsApp').click()
    await expect(app.getByTestId('launch-review')).toHaveAttribute('data-provider', 'kinbox')
    await step(app, /Agendar/).click()
    await expect(picker(app, 'schedule-provider', /Kinbox/)).toBeChecked()
    await step(app, /Mapear/).click()
    await expect(picker(app, 'map-provider', /Kinbox/)).toBeChecked()
    await step(app, /Limpar/).click()
    await expect(app.getByLabel('Plataforma')).toHaveValue('kinbox')
  })
})

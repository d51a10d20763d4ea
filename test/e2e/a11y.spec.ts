import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { tempCopy } from './support/files'

/**
 * Issue 15: axe-core on every screen, zero violations of any impact. A failure lists each
 * violation with its rule, impact, help and the elements it was found on.
 */

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>

function describeViolations(results: AxeResults): string[] {
  return results.violations.map((violation) => {
    const nodes = violation.nodes
      .map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`)
      .join('\n')
    return `${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help} (${violation.nodes.length})\n${nodes}`
  })
}

async function expectNoViolations(app: Page, screen: string): Promise<void> {
  // Nothing animates while axe reads colours.
  await app.emulateMedia({ reducedMotion: 'reduce' })
  const results = await new AxeBuilder({ page: app }).analyze()
  expect(describeViolations(results), `axe violations on ${screen}`).toEqual([])
}

async function openStep(app: Page, name: RegExp): Promise<void> {
  await app
    .getByRole('navigation', { name: 'Etapas da campanha' })
    .getByRole('button', { name })
    .click()
}

async function importCrm(app: Page): Promise<void> {
  await app
    .getByTestId('file-input')
    .first()
    .setInputFiles(await tempCopy('leads/crm-export-utf8.csv'))
  await expect(app.getByTestId('import-counts')).toContainText('500 linhas de dados')
}

test.describe('axe on every screen', () => {
  test('Importar, empty and with a file', async ({ app }) => {
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoViolations(app, 'Importar (empty)')
    await importCrm(app)
    await expect(app.getByTestId('table-info')).toContainText('crm-export-utf8.csv')
    await expectNoViolations(app, 'Importar (with a file)')
  })

  test('Importar with a file that fails', async ({ app }) => {
    await app
      .getByTestId('file-input')
      .first()
      .setInputFiles({
        name: 'vazio.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Nome;Telefone\r\n')
      })
    await expect(app.getByRole('alert')).toBeVisible()
    await expectNoViolations(app, 'Importar (error)')
  })

  test('Limpar and the row editor', async ({ app }) => {
    await app.evaluate(() => window.leadprep.setBlockList({ numbers: [] }))
    await importCrm(app)
    await openStep(app, /Limpar/)
    await expect(app.getByTestId('clean-screen')).toBeVisible()
    await expect(app.getByTestId('lead-grid').getByRole('rowheader').first()).toBeVisible()
    await expectNoViolations(app, 'Limpar')
    await app.getByTestId('counter-invalid').click()
    await app
      .getByRole('button', { name: /^Corrigir linha \d+$/ })
      .first()
      .click()
    await expect(app.getByTestId('row-editor')).toBeVisible()
    await expectNoViolations(app, 'Limpar (row editor)')
  })

  test('Mapear, Kinbox and Integra', async ({ app }) => {
    await importCrm(app)
    await openStep(app, /Mapear/)
    const screen = app.getByTestId('map-screen')
    await expect(screen).toBeVisible()
    await expect(app.getByTestId('map-preview')).toBeVisible()
    await expectNoViolations(app, 'Mapear (Kinbox)')
    await app.getByRole('radio', { name: /Integra/ }).check()
    await expect(app.getByText('Nome do contato (recipient_name)')).toBeVisible()
    await expectNoViolations(app, 'Mapear (Integra)')
  })

  test('Agendar, Kinbox and Integra', async ({ app }) => {
    await importCrm(app)
    await openStep(app, /Agendar/)
    await expect(app.getByTestId('schedule-screen')).toBeVisible()
    await expect(app.getByTestId('kinbox-hours-failure')).toBeVisible()
    await expectNoViolations(app, 'Agendar (Kinbox)')
    await app.getByTestId('schedule-screen').getByText('Integra · ligações').click()
    await expect(app.getByTestId('integra-parts')).toBeVisible()
    await expectNoViolations(app, 'Agendar (Integra)')
  })

  test('Disparar, without a file and with one', async ({ app }) => {
    await openStep(app, /Disparar/)
    await expect(app.getByTestId('needs-import')).toBeVisible()
    await expectNoViolations(app, 'Disparar (no file)')
    await openStep(app, /Importar/)
    await importCrm(app)
    await openStep(app, /Disparar/)
    await expect(app.getByRole('heading', { level: 1, name: 'Disparar' })).toBeVisible()
    await expect(app.locator('#launch-recipients-title')).toBeVisible()
    await expectNoViolations(app, 'Disparar')
  })

  test('Campanhas and Configurações (each tab)', async ({ app }) => {
    await app.getByRole('button', { name: /Campanhas/ }).click()
    await expect(app.getByRole('heading', { level: 1, name: 'Campanhas' })).toBeVisible()
    await expectNoViolations(app, 'Campanhas')
    await app.getByRole('button', { name: /Configurações/ }).click()
    await expect(app.getByRole('heading', { level: 1, name: 'Configurações' })).toBeVisible()
    await expect(app.getByTestId('ready-kinbox')).toBeVisible()
    await expectNoViolations(app, 'Configurações (Contas)')
    await app.getByRole('tab', { name: 'Preferências' }).click()
    await expect(app.getByLabel('Idioma')).toBeVisible()
    await expectNoViolations(app, 'Configurações (Preferências)')
  })
})

test.describe('axe on the first run', () => {
  test.use({ firstRun: true })

  test('the welcome', async ({ app }) => {
    const welcome = app.getByRole('dialog', { name: 'Boas-vindas ao LeadPrep' })
    await expect(welcome).toBeVisible()
    await expect(
      welcome.getByRole('button', { name: 'Experimentar com o arquivo de exemplo' })
    ).toBeFocused()
    await expectNoViolations(app, 'Boas-vindas')
  })
})

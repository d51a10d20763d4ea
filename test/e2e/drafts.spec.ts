/**
 * Never lose work (issue 15): the draft saved while the user works comes back after a reload,
 * and "Rascunhos recentes" on Importar lists, duplicates and deletes drafts. Through the real
 * screens and the bridge (main's own drafts handlers, in this worker's user-data folder).
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { tempCopy } from './support/files'

const step = (app: Page, name: RegExp): Locator =>
  app.getByRole('navigation', { name: 'Etapas da campanha' }).getByRole('button', { name })

const counter = (app: Page, id: string): Locator =>
  app.getByTestId(`counter-${id}`).locator('.counter__count')

function gridRow(app: Page, row: string): Locator {
  return app
    .getByTestId('lead-grid')
    .getByRole('row')
    .filter({ has: app.getByRole('rowheader', { name: row, exact: true }) })
}

/** Drafts live in the worker's user-data folder: each test starts without any. */
async function forgetDrafts(app: Page): Promise<void> {
  await app.evaluate(async () => {
    const listed = await window.leadprep.listDrafts({})
    if (!listed.ok) throw new Error('listDrafts failed')
    for (const draft of listed.data) await window.leadprep.deleteDraft({ draftId: draft.draftId })
  })
  // The start-up offer was computed before: start again from a clean page.
  await app.reload()
  await expect(app.getByTestId('import-screen')).toBeVisible()
}

async function importSales(app: Page): Promise<void> {
  await app
    .getByTestId('file-input')
    .first()
    .setInputFiles(await tempCopy('leads/planilha-vendas.xlsx'))
  await expect(app.getByTestId('table-info')).toContainText('planilha-vendas.xlsx')
}

const saved = (app: Page): Promise<void> =>
  expect(app.getByTestId('draft-status')).toHaveText('Rascunho salvo')

test.describe('rascunhos', () => {
  test('Limpar edits, an exclusion, a message and Integra are all back after a reload', async ({
    app
  }) => {
    await forgetDrafts(app)
    await importSales(app)
    await saved(app)

    // Limpar: fix one row's name, exclude another.
    await step(app, /Limpar/).click()
    const headers = app.getByTestId('lead-grid').getByRole('rowheader')
    await expect(headers.nth(1)).toBeVisible()
    const edited = (await headers.nth(0).textContent()) ?? ''
    const excluded = (await headers.nth(1).textContent()) ?? ''
    await app.getByRole('button', { name: `Corrigir linha ${edited}`, exact: true }).click()
    const editor = app.getByTestId('row-editor')
    await editor.getByLabel('Nome', { exact: true }).fill('Fulana Rascunho')
    await editor.getByRole('button', { name: 'Aplicar' }).click()
    await expect(counter(app, 'edited')).toHaveText('1')
    await editor.getByRole('button', { name: 'Fechar' }).click()
    await app.getByRole('button', { name: `Excluir linha ${excluded}`, exact: true }).click()
    await expect(counter(app, 'excluded')).toHaveText('1')

    // Mapear: a message, then Integra.
    await step(app, /Mapear/).click()
    const message = 'Olá {{leadName}}, este rascunho sobrevive.'
    await app.getByTestId('message-editor').fill(message)
    await app
      .getByTestId('map-provider')
      .getByRole('radio', { name: /Integra/ })
      .check()
    await saved(app)

    await app.reload()
    const offer = app.getByTestId('resume-draft')
    await expect(offer).toContainText('Continuar de onde parou?')
    await expect(offer).toContainText('planilha-vendas.xlsx')
    await offer.getByRole('button', { name: 'Continuar', exact: true }).click()

    // Back on the step reached, with the provider chosen.
    await expect(app.getByTestId('map-screen')).toBeVisible()
    const integra = app.getByTestId('map-provider').getByRole('radio', { name: /Integra/ })
    await expect(integra).toBeChecked()

    // Limpar's work is there.
    await step(app, /Limpar/).click()
    await expect(counter(app, 'edited')).toHaveText('1')
    await expect(counter(app, 'excluded')).toHaveText('1')
    await expect(gridRow(app, edited)).toContainText('Fulana Rascunho')
    await expect(gridRow(app, excluded).getByRole('gridcell').nth(0)).toHaveText('Excluído')

    // And the message, under Kinbox.
    await step(app, /Mapear/).click()
    await app
      .getByTestId('map-provider')
      .getByRole('radio', { name: /Kinbox/ })
      .check()
    await expect(app.getByTestId('message-editor')).toHaveValue(message)
  })

  test('Rascunhos recentes: list, duplicate for a new campaign, delete, open', async ({ app }) => {
    await forgetDrafts(app)
    await importSales(app)
    await saved(app)
    await app.reload()

    // Offered, never opened by itself: "Começar do zero" leaves Importar empty.
    const offer = app.getByTestId('resume-draft')
    await expect(offer).toBeVisible()
    await offer.getByRole('button', { name: 'Começar do zero' }).click()
    await expect(offer).toHaveCount(0)
    await expect(app.getByTestId('table-info')).toHaveCount(0)

    const panel = app.getByTestId('recent-drafts')
    const items = panel.getByTestId('draft-item')
    await expect(panel.getByRole('heading', { name: 'Rascunhos recentes' })).toBeVisible()
    await expect(items).toHaveCount(1)
    await expect(items.first()).toContainText('planilha-vendas.xlsx')
    await expect(items.first()).toContainText('parou em Importar')
    await expect(items.first()).toContainText(/\d+ leads/)

    await items.first().getByRole('button', { name: 'Duplicar (para nova campanha)' }).click()
    await expect(items).toHaveCount(2)
    const copy = items.filter({ hasText: '(cópia)' })
    await expect(copy).toHaveCount(1)

    await copy.getByRole('button', { name: 'Excluir' }).click()
    await expect(items).toHaveCount(1)
    await expect(items.filter({ hasText: '(cópia)' })).toHaveCount(0)

    await items.first().getByRole('button', { name: 'Abrir' }).click()
    await expect(app.getByTestId('table-info')).toContainText('planilha-vendas.xlsx')
    await expect(app.getByTestId('draft-status')).toHaveText('Rascunho salvo')
  })
})

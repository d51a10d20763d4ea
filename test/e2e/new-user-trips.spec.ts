import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { windowOptions } from '../../electron/main/window/windowOptions'
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

/** The app's smallest window (its BrowserWindow's minWidth × minHeight). */
const smallest = (() => {
  const options = windowOptions('', undefined, { packaged: false })
  return { width: options.minWidth ?? 960, height: options.minHeight ?? 640 }
})()

/**
 * What a box shows is all there: no control's content wider than itself, a select's chosen
 * option as wide as its text box (the arrow aside), and the box whole inside the viewport.
 */
async function clipped(box: Locator): Promise<string[]> {
  await box.scrollIntoViewIfNeeded()
  return box.evaluate((el) => {
    const problems: string[] = []
    const name = (e: Element) => `${e.tagName.toLowerCase()} «${(e.textContent ?? '').trim()}»`
    for (const e of [el, ...Array.from(el.querySelectorAll('select, button, input, span'))]) {
      if (e.scrollWidth > e.clientWidth + 1) problems.push(`${name(e)} overflows`)
    }
    const measure = document.createElement('canvas').getContext('2d')
    for (const select of Array.from(el.querySelectorAll('select'))) {
      const style = getComputedStyle(select)
      if (!measure) break
      measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
      const text = select.selectedOptions[0]?.text ?? ''
      // Chromium draws the arrow inside the padding box: about 20 px.
      const room =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20
      if (measure.measureText(text).width > room) problems.push(`select shows «${text}» cut`)
    }
    const r = el.getBoundingClientRect()
    const vw = document.documentElement.clientWidth
    if (r.left < 0 || r.top < 0 || r.right > vw || r.bottom > window.innerHeight)
      problems.push(`box outside the viewport: ${JSON.stringify(r)} in ${vw}×${window.innerHeight}`)
    return problems
  })
}

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

  test('Mapear\'s "DDD em outra coluna" box shows all of itself, at the smallest window and 1280×800', async ({
    app
  }) => {
    // The number without its DDD, the DDD in the next column: Mapear proposes it.
    await importCsv(
      app,
      'ddd.csv',
      'Nome;Celular;Região\r\nMaria;987654321;11\r\nJoão;912345678;21\r\n'
    )
    await expect(app.getByTestId('table-info')).toContainText('ddd.csv')
    await steps(app)
      .getByRole('button', { name: /Mapear/ })
      .click()
    const box = app.locator('label.map-field').filter({ hasText: 'DDD em outra coluna' })
    const select = box.getByRole('combobox', { name: 'DDD em outra coluna' })
    // «Região» is no DDD header: none is chosen, its longest text shows, and the proposal.
    await expect(select).toHaveValue('')
    await expect(select.locator('option:checked')).toHaveText('Não: o DDD está no telefone')
    const propose = box.getByRole('button', { name: 'Usar «Região» como DDD' })
    await expect(propose).toBeVisible()
    for (const size of [smallest, { width: 1280, height: 800 }]) {
      await app.setViewportSize(size)
      await expect(propose).toBeVisible()
      expect(await clipped(box), `at ${size.width}×${size.height}`).toEqual([])
      await mkdir(join(repoRoot, 'test-results/screenshots/trips'), { recursive: true })
      await app.locator('.map-recipient').screenshot({
        path: join(repoRoot, `test-results/screenshots/trips/map-ddd-${size.width}.png`)
      })
    }
    // Chosen, the column's own name shows whole too.
    await propose.click()
    await expect(select).toHaveValue('2')
    for (const size of [smallest, { width: 1280, height: 800 }]) {
      await app.setViewportSize(size)
      expect(await clipped(box), `at ${size.width}×${size.height}`).toEqual([])
    }
  })

  test('"Não: o DDD está no telefone" stays chosen over a detected DDD column, and Limpar follows it', async ({
    app
  }) => {
    await importCsv(
      app,
      'ddd-col.csv',
      'Nome;Celular;DDD\r\nMaria;987654321;11\r\nJoão;912345678;21\r\n'
    )
    await expect(app.getByTestId('table-info')).toContainText('ddd-col.csv')
    const invalid = app.getByTestId('counter-invalid').locator('.counter__count')
    await steps(app)
      .getByRole('button', { name: /Mapear/ })
      .click()
    const select = app.getByRole('combobox', { name: 'DDD em outra coluna' })
    await expect(select).toHaveValue('2')
    await select.selectOption('')
    // Limpar reads the phones without the DDD column: neither number has its DDD.
    await steps(app)
      .getByRole('button', { name: /Limpar/ })
      .click()
    await expect(invalid).toHaveText('2')
    await steps(app)
      .getByRole('button', { name: /Mapear/ })
      .click()
    await expect(select).toHaveValue('')
    // And back: the DDD column again, both numbers whole.
    await select.selectOption('2')
    await steps(app)
      .getByRole('button', { name: /Limpar/ })
      .click()
    await expect(invalid).toHaveText('0')
  })

  test('the header keeps every step, Campanhas and Configurações inside the window', async ({
    app
  }) => {
    await importCsv(app, 'h.csv', 'Nome;Telefone\r\nMaria;11987654321\r\n')
    // The draft status takes its place in the header too.
    await expect(app.getByTestId('draft-status')).toHaveText('Rascunho salvo')
    const header = app.locator('header.shell__header')
    const parts = [
      ...(await steps(app).getByRole('button').all()),
      header.getByRole('button', { name: /Campanhas/ }),
      header.getByRole('button', { name: /Configurações/ })
    ]
    for (const size of [smallest, { width: 1280, height: 800 }, { width: 1440, height: 900 }]) {
      await app.setViewportSize(size)
      for (const part of parts) {
        const box = await part.boundingBox()
        const name = `${(await part.textContent()) ?? ''} at ${size.width}×${size.height}`
        expect(box, name).not.toBeNull()
        expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= size.width, name).toBe(
          true
        )
      }
      expect(await app.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        size.width
      )
    }
  })

  test('an automatic preset keeps the Integra voicemail the user typed; edits retire "aplicado"', async ({
    app
  }) => {
    const file = 'Nome;Telefone\r\nMaria;11987654321\r\nJoão;21987654321\r\n'
    const preset = 'Trips recado (e2e)'
    await app.evaluate(
      (name) => window.leadprep.deletePreset({ name, provider: 'integra' }),
      preset
    )
    await importCsv(app, 'r.csv', file)
    await steps(app)
      .getByRole('button', { name: /Mapear/ })
      .click()
    await app
      .getByTestId('map-provider')
      .getByRole('radio', { name: /Integra/ })
      .check()
    await app.getByRole('checkbox', { name: 'Deixar recado na caixa postal' }).check()
    const voicemail = app.getByTestId('voicemail-editor')
    await voicemail.fill('Recado do mapeamento')
    await app.getByLabel('Nome do mapeamento').fill(preset)
    await app.getByTestId('preset-save').click()
    await expect(app.getByTestId('preset-applied')).toContainText('salvo')

    // The user writes their own voicemail, then opens the file again (as from Recentes).
    await voicemail.fill('Meu recado')
    await steps(app)
      .getByRole('button', { name: /Importar/ })
      .click()
    await importCsv(app, 'r.csv', file)
    await expect(app.getByTestId('table-info')).toContainText('r.csv')
    await steps(app)
      .getByRole('button', { name: /Mapear/ })
      .click()
    const notice = app.getByTestId('preset-applied')
    await expect(notice).toContainText('aplicado automaticamente')
    await expect(notice).toContainText('Seu recado da caixa postal foi mantido')
    await expect(voicemail).toHaveValue('Meu recado')

    // An edit after that: the notice no longer says "aplicado".
    await voicemail.fill('Meu recado, editado')
    await expect(notice).toHaveText(
      `Baseado no mapeamento «${preset}», com alterações suas ainda não salvas.`
    )
    await app.evaluate(
      (name) => window.leadprep.deletePreset({ name, provider: 'integra' }),
      preset
    )
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

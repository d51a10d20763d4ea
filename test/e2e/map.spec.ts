import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { tempCopy } from './support/files'

const PRESET = 'Planilha de vendas (e2e)'

async function importFile(app: Page, relative: string): Promise<void> {
  await app
    .getByTestId('file-input')
    .first()
    .setInputFiles(await tempCopy(relative))
}

async function openStep(app: Page, name: string): Promise<void> {
  await app.getByRole('navigation').getByRole('button', { name }).click()
}

/** Presets live in the worker's user-data folder: start each test without ours. */
async function forgetPresets(app: Page): Promise<void> {
  await app.evaluate(async (name) => {
    await window.leadprep.deletePreset({ name, provider: 'kinbox' })
    await window.leadprep.deletePreset({ name, provider: 'integra' })
  }, PRESET)
}

async function showRow(app: Page, row: number): Promise<void> {
  const preview = app.getByTestId('map-preview')
  await preview.getByLabel('Ir para a linha').fill(String(row))
  await preview.getByRole('button', { name: 'Ver', exact: true }).click()
  await expect(app.getByTestId('preview-position')).toContainText(`Linha ${row} ·`)
}

const variable = (app: Page, key: string): Locator =>
  app.locator(`[data-testid="map-variable"][data-key="${key}"]`)

test.describe('Mapear', () => {
  test('maps the sales workbook end to end: auto-match, a manual variable, message, preview, preset', async ({
    app
  }) => {
    await forgetPresets(app)
    await importFile(app, 'leads/planilha-vendas.xlsx')
    await expect(app.getByTestId('table-info')).toContainText('planilha-vendas.xlsx')
    await openStep(app, 'Mapear')

    // Auto-match: exact headers applied at once.
    const screen = app.getByTestId('map-screen')
    await expect(screen.getByRole('combobox', { name: 'Telefone', exact: true })).toHaveValue('1')
    await expect(
      screen
        .getByRole('combobox', { name: 'Nome do contato', exact: true })
        .locator('option:checked')
    ).toHaveText('Nome')
    await expect(variable(app, 'leadName').getByLabel('Coluna de leadName')).toHaveValue('0')
    await expect(variable(app, 'amount').getByLabel('Ajuste de amount')).toHaveValue('money_brl')
    await expect(app.getByTestId('preset-applied')).toHaveCount(0)
    // The column panel: detected types and samples.
    const phoneRow = app.getByTestId('map-columns').locator('tr[data-column="Telefone"]')
    await expect(phoneRow).toContainText('telefone')
    await expect(phoneRow).toContainText('+55 (42) 9 6891-0913')

    // One manual variable: the key follows the column, validated live.
    await app.getByTestId('add-variable').click()
    const added = app.getByTestId('map-variable').last()
    await added.getByLabel('Coluna de variavel').selectOption({ label: 'Empresa' })
    const key = added.getByLabel('Nome da variável')
    await expect(key).toHaveValue('empresa')
    await key.fill('2empresa')
    await expect(added.getByRole('alert')).toContainText('sem começar por número')
    await key.fill('email')
    await expect(added.getByRole('alert')).toContainText('Já existe outra variável')
    await key.fill('empresa')
    await expect(added.getByRole('alert')).toHaveCount(0)
    await added.getByLabel('Ajuste de empresa').selectOption('title')

    // The message: typed text, `{{` suggestions, and a chip.
    const editor = app.getByTestId('message-editor')
    await editor.fill('Olá *{{leadName}}*! Vi que a ')
    await editor.pressSequentially('{{empr')
    await expect(app.getByRole('listbox', { name: 'Variáveis' })).toContainText('{{empresa}}')
    await editor.press('Enter')
    await editor.pressSequentially(' tem uma proposta de ')
    await app.getByTestId('placeholder-chip').filter({ hasText: '{{amount}}' }).click()
    await editor.pressSequentially('.')
    await expect(editor).toHaveValue(
      'Olá *{{leadName}}*! Vi que a {{empresa}} tem uma proposta de {{amount}}.'
    )

    // The preview for rows chosen by their spreadsheet number.
    const bubble = app.getByTestId('preview-bubble')
    await showRow(app, 6)
    await expect(bubble).toHaveText(
      'Olá Bruna! Vi que a Beta Comércio Me tem uma proposta de R$ 14.559,13.'
    )
    await expect(bubble.locator('.is-bold')).toHaveText('Bruna')
    await showRow(app, 9)
    await expect(bubble).toHaveText(
      'Olá Márcia! Vi que a Auto Peças São Jorge tem uma proposta de R$ 42.140,31.'
    )
    await app.getByRole('button', { name: 'Próximo contato' }).click()
    await expect(app.getByTestId('preview-position')).toContainText('Linha 10 ·')
    await expect(bubble).toContainText('Olá Juliana!')
    // Row 15's phone is 00000000000: it will not be sent.
    const preview = app.getByTestId('map-preview')
    await preview.getByLabel('Ir para a linha').fill('15')
    await preview.getByRole('button', { name: 'Ver', exact: true }).click()
    await expect(preview).toContainText('A linha 15 não será enviada')
    await expect(app.getByTestId('preview-position')).toContainText('Linha 16 ·')

    // Warnings: unused variables only; going on is allowed.
    const problems = app.getByTestId('map-problems')
    await expect(problems.locator('[data-code="unused_variables"]')).toContainText('email')
    await expect(problems.locator('.notice--error')).toHaveCount(0)
    await expect(app.getByTestId('map-continue')).toBeEnabled()
    // An unknown placeholder blocks.
    await editor.pressSequentially(' {{cupom}}')
    await expect(problems.locator('[data-code="unknown_placeholders"]')).toContainText('{{cupom}}')
    await expect(app.getByTestId('map-continue')).toBeDisabled()
    await editor.press('Backspace')
    for (let i = 0; i < ' {{cupom}}'.length - 1; i++) await editor.press('Backspace')
    await expect(app.getByTestId('map-continue')).toBeEnabled()

    await showRow(app, 9)
    await app.setViewportSize({ width: 1440, height: 1500 })
    await app.evaluate(() => window.scrollTo(0, 0))
    await app.screenshot({
      path: process.env['LEADPREP_UPDATE_SCREENSHOTS']
        ? 'resources/screenshots/map.png'
        : 'test-results/screenshots/map.png'
    })
    await app.setViewportSize({ width: 1280, height: 800 })

    // Save, then re-import the same file: the preset comes back at once.
    await app.getByLabel('Nome do mapeamento').fill(PRESET)
    await app.getByTestId('preset-save').click()
    await expect(app.getByTestId('preset-applied')).toContainText(`Mapeamento «${PRESET}» salvo`)

    await openStep(app, 'Importar')
    await importFile(app, 'leads/planilha-vendas.xlsx')
    await expect(app.getByTestId('table-info')).toContainText('planilha-vendas.xlsx')
    await openStep(app, 'Mapear')
    await expect(app.getByTestId('preset-applied')).toHaveText(
      `Mapeamento «${PRESET}» aplicado automaticamente`
    )
    await expect(variable(app, 'empresa').getByLabel('Ajuste de empresa')).toHaveValue('title')
    await expect(app.getByTestId('message-editor')).toHaveValue(
      'Olá *{{leadName}}*! Vi que a {{empresa}} tem uma proposta de {{amount}}.'
    )
    await showRow(app, 6)
    await expect(bubble).toHaveText(
      'Olá Bruna! Vi que a Beta Comércio Me tem uma proposta de R$ 14.559,13.'
    )
    await app.getByTestId('map-continue').click()
    await expect(app.getByTestId('map-screen')).toHaveCount(0)
    await forgetPresets(app)
  })

  test('a variable picked from the list keeps the caret after it, even when the next frame is late', async ({
    app
  }) => {
    await importFile(app, 'leads/planilha-vendas.xlsx')
    await expect(app.getByTestId('table-info')).toContainText('planilha-vendas.xlsx')
    await openStep(app, 'Mapear')
    const editor = app.getByTestId('message-editor')
    await editor.fill('Olá ')
    await editor.pressSequentially('{{lead')
    await expect(app.getByRole('listbox', { name: 'Variáveis' })).toContainText('{{leadName}}')

    // A busy laptop: no frame is drawn while the user picks the variable and types on (this
    // failed CI when the caret was placed a frame later and moved the keys typed meanwhile).
    await app.evaluate(() => {
      const held: FrameRequestCallback[] = []
      const draw = window.requestAnimationFrame.bind(window)
      window.requestAnimationFrame = (callback) => held.push(callback)
      Object.assign(window, {
        drawHeldFrames: () =>
          new Promise<void>((resolve) => {
            window.requestAnimationFrame = draw
            for (const callback of held.splice(0)) draw(callback)
            draw(() => resolve())
          })
      })
    })
    await editor.press('Enter')
    await editor.pressSequentially(' tudo')
    await app.evaluate(() =>
      (window as unknown as { drawHeldFrames(): Promise<void> }).drawHeldFrames()
    )
    await editor.pressSequentially(' bem?')
    await expect(editor).toHaveValue('Olá {{leadName}} tudo bem?')
  })

  test('the preview ends on the row asked for while rows and the message change quickly', async ({
    app
  }) => {
    await forgetPresets(app)
    await importFile(app, 'leads/planilha-vendas.xlsx')
    await expect(app.getByTestId('table-info')).toContainText('planilha-vendas.xlsx')
    await openStep(app, 'Mapear')
    const editor = app.getByTestId('message-editor')
    const preview = app.getByTestId('map-preview')
    const position = app.getByTestId('preview-position')
    const bubble = app.getByTestId('preview-bubble')
    await editor.fill('Olá {{leadName}}')
    await expect(bubble).toContainText('Olá ')

    // Each round changes the message (its preview refresh starts) and at once asks for a row:
    // whichever answer the worker gives last, the user must end up seeing that row and text.
    let text = 'Olá {{leadName}}'
    for (const [round, row] of [6, 9, 12, 7, 10, 5, 11, 8, 13, 6].entries()) {
      await editor.pressSequentially(` ${round}`)
      text += ` ${round}`
      await preview.getByLabel('Ir para a linha').fill(String(row))
      await preview.getByRole('button', { name: 'Ver', exact: true }).click()
      await expect(position).toContainText(`Linha ${row} ·`)
      await expect(bubble).toContainText(text.replace('Olá {{leadName}}', ''))
    }
    await forgetPresets(app)
  })

  test('Integra: suggestions, recipient name, long values, empty values and the voicemail limit', async ({
    app
  }) => {
    const long = 'x'.repeat(1200)
    const csv = [
      'Nome do Cliente;Telefone;Emprsa;Observação',
      'MARIA DA SILVA;(11) 98765-4321;Acme;curta',
      `JOÃO SOUZA;(21) 99876-5432;;${long}`,
      'ANA LIMA;(31) 99123-4567;Beta;ok'
    ].join('\r\n')
    await app
      .getByTestId('file-input')
      .first()
      .setInputFiles({
        name: 'integra.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8')
      })
    await expect(app.getByTestId('table-info')).toContainText('integra.csv')
    await openStep(app, 'Mapear')
    await app.getByRole('radio', { name: /Integra/ }).check()
    await expect(app.getByText('Nome do contato (recipient_name)')).toBeVisible()

    // "Emprsa" is only close to "Empresa": suggested with its confidence, applied in one click.
    const suggestion = app.getByTestId('map-suggestions').locator('li', { hasText: 'Emprsa' })
    await expect(suggestion).toContainText('% de certeza')
    await suggestion.getByRole('button', { name: 'Aceitar' }).click()
    await expect(variable(app, 'companyName')).toBeVisible()
    await expect(app.getByTestId('integra-variables')).toContainText('{{companyName}}')

    const problems = app.getByTestId('map-problems')
    const empty = problems.locator('[data-code="empty_variable"]')
    await expect(empty).toContainText('companyName fica vazia em 1 linha')
    await empty.getByRole('button', { name: 'Ver linhas' }).click()
    await empty.getByRole('button', { name: 'Ver a linha 3 na prévia' }).click()
    await expect(app.getByTestId('preview-position')).toContainText('Linha 3 ·')
    await expect(app.getByTestId('preview-values')).toContainText('vazia')
    await expect(app.getByTestId('map-preview')).toContainText('Para: João Souza')
    await expect(app.getByTestId('map-continue')).toBeEnabled()

    // "Não enviar a linha": that row leaves the launch, a warning with its count, not an error.
    const whenEmpty = variable(app, 'companyName').getByLabel('Se companyName estiver vazia')
    await whenEmpty.selectOption({ label: 'Não enviar a linha' })
    const skipped = problems.locator('[data-code="skipped_rows"]')
    await expect(skipped).toContainText('1 linha não será enviada: companyName está vazia.')
    await expect(empty).toHaveCount(0)
    await expect(app.getByTestId('map-continue')).toBeEnabled()
    await whenEmpty.selectOption({ label: 'Enviar vazio' })
    await expect(skipped).toHaveCount(0)
    await expect(empty).toContainText('companyName fica vazia em 1 linha')

    // A value over Integra's 1,000 characters blocks, with its row.
    await app.getByRole('button', { name: 'Usar a coluna Observação como variável' }).click()
    const tooLong = problems.locator('[data-code="value_too_long"]')
    await expect(tooLong).toContainText('observacao passa de 1.000 caracteres em 1 linha')
    await expect(app.getByTestId('map-continue')).toBeDisabled()
    await app.getByRole('button', { name: 'Remover observacao' }).click()
    await expect(tooLong).toHaveCount(0)

    // The voicemail message: placeholders, and the 500-character limit.
    await app.getByLabel('Deixar recado na caixa postal').check()
    const voicemail = app.getByTestId('voicemail-editor')
    await voicemail.fill('Oi {{companyName}}, retornamos depois.')
    // Row 3 has no company: its message shows the gap.
    await expect(app.getByTestId('preview-bubble')).toHaveText('Oi , retornamos depois.')
    await app.getByRole('button', { name: 'Contato anterior' }).click()
    await expect(app.getByTestId('preview-position')).toContainText('Linha 2 ·')
    await expect(app.getByTestId('preview-bubble')).toHaveText('Oi Acme, retornamos depois.')
    await expect(app.getByTestId('map-preview')).toContainText('Para: Maria da Silva')
    await voicemail.fill('a'.repeat(501))
    await expect(app.getByTestId('voicemail-editor-counter')).toHaveText('501/500')
    await expect(problems.locator('[data-code="voicemail_too_long"]')).toBeVisible()
    await expect(app.getByTestId('map-continue')).toBeDisabled()
    await voicemail.fill('Oi, retornamos depois.')
    await expect(app.getByTestId('map-continue')).toBeEnabled()

    // Another phone column re-cleans the list with it; the mapping stays.
    const phone = app.getByRole('combobox', { name: 'Telefone', exact: true })
    await phone.selectOption({ label: 'Observação' })
    await expect(problems.locator('[data-code="nothing_to_send"]')).toBeVisible()
    await expect(app.getByTestId('map-continue')).toBeDisabled()
    await phone.selectOption({ label: 'Telefone' })
    await expect(problems.locator('[data-code="nothing_to_send"]')).toHaveCount(0)
    await expect(variable(app, 'companyName')).toBeVisible()
    await expect(app.getByTestId('map-continue')).toBeEnabled()
  })
})

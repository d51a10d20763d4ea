import { mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, repoRoot, test } from './fixtures'
import { fixture, tempCopy } from './support/files'

interface Expected {
  summary: { total: number; ok: number; invalid: number; duplicate: number }
  rows: { row: number; status: string; reason?: string; phone?: string | null }[]
}

async function expected(relative: string): Promise<Expected> {
  return JSON.parse(await readFile(fixture(`${relative}.expected.json`), 'utf8')) as Expected
}

async function importFile(app: Page, path: string): Promise<void> {
  await app.getByTestId('file-input').first().setInputFiles(path)
}

async function openStep(app: Page, name: RegExp): Promise<void> {
  await app
    .getByRole('navigation', { name: 'Etapas da campanha' })
    .getByRole('button', { name })
    .click()
}

const counter = (app: Page, id: string): Locator =>
  app.getByTestId(`counter-${id}`).locator('.counter__count')

function gridRow(app: Page, row: number): Locator {
  return app
    .getByTestId('lead-grid')
    .getByRole('row')
    .filter({ has: app.getByRole('rowheader', { name: String(row), exact: true }) })
}

/** The status cell (first data cell) of a spreadsheet row in the Limpar grid. */
const statusOf = (app: Page, row: number): Locator => gridRow(app, row).getByRole('gridcell').nth(0)

test.describe('Limpar', () => {
  test('counters, filter, fix in place, undo, bulk DDD, exclude, block list, export', async ({
    app,
    bridge
  }) => {
    // The block list lives in this worker's user-data folder: start from an empty one.
    await app.evaluate(() => window.leadprep.setBlockList({ numbers: [] }))
    const truth = await expected('leads/crm-export-utf8.csv')
    const { summary } = truth
    await importFile(app, await tempCopy('leads/crm-export-utf8.csv'))
    await expect(app.getByTestId('import-counts')).toContainText('500 linhas de dados')
    await openStep(app, /Limpar/)

    // 1. Counters equal the fixture's ground truth.
    await expect(app.getByTestId('clean-screen')).toBeVisible()
    await expect(counter(app, 'total')).toHaveText(String(summary.total))
    await expect(counter(app, 'ok')).toHaveText(String(summary.ok))
    await expect(counter(app, 'invalid')).toHaveText(String(summary.invalid))
    await expect(counter(app, 'duplicate')).toHaveText(String(summary.duplicate))
    await expect(counter(app, 'excluded')).toHaveText('0')
    const noDdd = truth.rows.filter((r) => r.reason === 'missing_area_code')
    await expect(counter(app, 'reason-missing_area_code')).toHaveText(String(noDdd.length))
    const grid = app.getByTestId('lead-grid')
    // A duplicate says which row it repeats.
    const duplicate = truth.rows.find((r) => r.status === 'duplicate')
    const kept = truth.rows.find((r) => r.status === 'ok' && r.phone === duplicate?.phone)
    await app.getByTestId('counter-duplicate').click()
    await expect(gridRow(app, duplicate?.row ?? 0)).toContainText(`repete a linha ${kept?.row}`)
    await app.getByTestId('counter-duplicate').click()

    // 2. Filter by a reason: only those rows, the counter shows it is active.
    const reason = app.getByTestId('counter-reason-missing_area_code')
    await reason.click()
    await expect(reason).toHaveAttribute('aria-pressed', 'true')
    await expect(grid).toHaveAttribute('aria-rowcount', String(noDdd.length + 1))
    const rows = grid.getByRole('row').filter({ has: app.getByRole('rowheader') })
    await expect(rows.first()).toContainText('Número sem DDD')
    for (const text of await rows.allTextContents()) expect(text).toContain('Número sem DDD')
    const first = noDdd[0]?.row ?? 0
    await expect(rows.first().getByRole('rowheader')).toHaveText(String(first))

    // 3. Edit a cell: the invalid row becomes ok, the counters move; undo takes it back.
    await app.getByRole('button', { name: `Corrigir linha ${first}`, exact: true }).click()
    const editor = app.getByTestId('row-editor')
    const phone = editor.getByLabel('Telefone', { exact: true })
    const original = await phone.inputValue()
    await phone.fill(`47 ${original}`)
    await editor.getByRole('button', { name: 'Aplicar' }).click()
    await expect(editor.getByTestId('row-editor-result')).toContainText('OK')
    await expect(editor.getByTestId('row-editor-e164')).toHaveText(/^\+5547/)
    await expect(counter(app, 'invalid')).toHaveText(String(summary.invalid - 1))
    await expect(counter(app, 'ok')).toHaveText(String(summary.ok + 1))
    await expect(counter(app, 'reason-missing_area_code')).toHaveText(String(noDdd.length - 1))
    await expect(grid).toHaveAttribute('aria-rowcount', String(noDdd.length))
    await editor.getByRole('button', { name: 'Fechar' }).click()
    await app.keyboard.press('Control+z')
    await expect(counter(app, 'invalid')).toHaveText(String(summary.invalid))
    await expect(counter(app, 'ok')).toHaveText(String(summary.ok))
    await expect(grid).toHaveAttribute('aria-rowcount', String(noDdd.length + 1))
    await app.keyboard.press('Control+Shift+z')
    await expect(counter(app, 'ok')).toHaveText(String(summary.ok + 1))
    await app.getByRole('button', { name: /Desfazer/ }).click()
    await expect(counter(app, 'ok')).toHaveText(String(summary.ok))

    // 4. Bulk: a default DDD (validated) turns every missing_area_code row ok.
    await app.getByRole('button', { name: 'Definir DDD padrão para números sem DDD' }).click()
    const ddd = app.getByTestId('ddd-form')
    await ddd.getByLabel('DDD').fill('4')
    await ddd.getByRole('button', { name: 'Aplicar' }).click()
    await expect(ddd.getByRole('alert')).toHaveText('Digite o DDD com dois dígitos.')
    await ddd.getByLabel('DDD').fill('20')
    await ddd.getByRole('button', { name: 'Aplicar' }).click()
    await expect(ddd.getByRole('alert')).toHaveText('O DDD 20 não existe.')
    await ddd.getByLabel('DDD').fill('11')
    await ddd.getByRole('button', { name: 'Aplicar' }).click()
    await expect(counter(app, 'reason-missing_area_code')).toHaveText('0')
    await expect(counter(app, 'invalid')).toHaveText(String(summary.invalid - noDdd.length))
    await expect(app.getByTestId('clean-empty')).toBeVisible()
    await expect(app.getByTestId('default-ddd')).toHaveText('11')
    await reason.click() // the filter again: off
    await expect(reason).toHaveAttribute('aria-pressed', 'false')
    await expect(grid).toHaveAttribute('aria-rowcount', String(summary.total + 1))
    const fixed = `+5511${original.replace(/\D/g, '')}`
    await app.getByLabel('Buscar nas linhas').fill(fixed)
    await expect(statusOf(app, first)).toHaveText(/OK|Duplicado/)
    await expect(gridRow(app, first)).toContainText(fixed)
    await app.getByLabel('Buscar nas linhas').fill('')

    // 5. Exclude one row and restore it.
    const firstOk = truth.rows.find((r) => r.status === 'ok' && r.row !== first)
    const okRow = firstOk?.row ?? 0
    const okCount = Number(await counter(app, 'ok').textContent())
    await app.getByRole('button', { name: `Excluir linha ${okRow}`, exact: true }).click()
    await expect(counter(app, 'excluded')).toHaveText('1')
    await expect(counter(app, 'ok')).toHaveText(String(okCount - 1))
    await expect(statusOf(app, okRow)).toHaveText('Excluído')
    await app.getByRole('button', { name: `Restaurar linha ${okRow}`, exact: true }).click()
    await expect(counter(app, 'excluded')).toHaveText('0')
    await expect(counter(app, 'ok')).toHaveText(String(okCount))

    // 6. Lista de bloqueio: paste a lead's number; every matching lead is excluded and counted.
    const blocked = firstOk?.phone ?? ''
    const matching = truth.rows.filter((r) => r.phone === blocked).length
    await app.getByRole('button', { name: /Lista de bloqueio \(0\)/ }).click()
    const panel = app.getByTestId('block-list')
    await panel.getByLabel('Cole números (um por linha)').fill(`${blocked.slice(3)}\nnada aqui`)
    await panel.getByRole('button', { name: 'Adicionar à lista' }).click()
    await expect(panel.getByTestId('block-list-outcome')).toContainText('1 número adicionado.')
    await expect(panel.getByTestId('block-list-outcome')).toContainText('1 linha sem número válido')
    await expect(panel).toContainText(blocked)
    await expect(counter(app, 'reason-do_not_contact')).toHaveText(String(matching))
    await expect(panel.getByTestId('block-list-matched')).toContainText(String(matching))
    await expect(statusOf(app, okRow)).toHaveText('Inválido')
    await expect(gridRow(app, okRow)).toContainText('Na lista de bloqueio')
    // Stored on the laptop.
    const stored = await app.evaluate(() => window.leadprep.getBlockList({}))
    expect(stored).toMatchObject({ ok: true, data: { numbers: [blocked] } })
    await panel.getByRole('button', { name: 'Fechar' }).click()

    const shots = process.env['LEADPREP_UPDATE_SCREENSHOTS']
      ? join(repoRoot, 'resources/screenshots')
      : join(repoRoot, 'test-results/screenshots')
    await mkdir(shots, { recursive: true })
    await app.screenshot({ path: join(shots, 'clean.png') })
    await app.getByRole('button', { name: `Corrigir linha ${okRow}`, exact: true }).click()
    await expect(app.getByTestId('row-editor')).toBeVisible()
    await app.screenshot({ path: join(shots, 'clean-editor.png') })
    await app.getByTestId('row-editor').getByRole('button', { name: 'Fechar' }).click()

    // 7. Export XLSX through the save dialog, then import the export again.
    const out = join(await mkdtemp(join(tmpdir(), 'leadprep-export-')), 'leads-limpos.xlsx')
    bridge.saveDialog.next = out
    await app.getByRole('button', { name: 'Exportar…' }).click()
    const exporter = app.getByTestId('export-panel')
    await expect(exporter.getByLabel('Excel (.xlsx) — recomendado')).toBeChecked()
    await exporter.getByLabel('CSV (UTF-8)').check()
    await expect(exporter.getByTestId('csv-warning')).toContainText('notação científica')
    await exporter.getByLabel('Excel (.xlsx) — recomendado').check()
    await exporter.getByRole('button', { name: 'Salvar…' }).click()
    await expect(exporter.getByTestId('export-saved')).toHaveText('Salvo como leads-limpos.xlsx.')

    await openStep(app, /Importar/)
    await importFile(app, out)
    await expect(app.getByTestId('table-info')).toContainText('leads-limpos.xlsx')
    await expect(app.getByTestId('import-counts')).toContainText(`${summary.total} linhas de dados`)
    for (const header of ['Telefone (E.164)', 'status', 'motivo']) {
      const sortBy = grid.getByRole('button', { name: `Ordenar por ${header}`, exact: true })
      await expect(sortBy).toHaveCount(1)
    }
    await app.getByLabel('Buscar nas linhas').fill('Na lista de bloqueio')
    await expect(grid).toHaveAttribute('aria-rowcount', String(matching + 1))
    await expect(grid.getByRole('row').nth(1)).toContainText(blocked)
    await expect(grid.getByRole('row').nth(1)).toContainText('inválido')

    // The re-imported export is cleaned in turn: its phones are all there.
    await openStep(app, /Limpar/)
    await expect(counter(app, 'total')).toHaveText(String(summary.total))
    await app.evaluate(() => window.leadprep.setBlockList({ numbers: [] }))
  })

  test('field_count rows wait for "confirmar linha"; the provider flags landlines', async ({
    app
  }) => {
    await app.evaluate(() => window.leadprep.setBlockList({ numbers: [] }))
    const dir = await mkdtemp(join(tmpdir(), 'leadprep-clean-'))
    const file = join(dir, 'contatos.csv')
    const { writeFile } = await import('node:fs/promises')
    await writeFile(
      file,
      'Nome,Telefone\nANA SILVA,(11) 98765-4321\nBia,(21) 3456-7890,sobra\nCaio,(31) 98765-4321\n'
    )
    await importFile(app, file)
    await expect(app.getByTestId('import-counts')).toContainText('3 linhas de dados')
    await openStep(app, /Limpar/)
    await expect(app.getByTestId('launchable-count')).toContainText('2 leads prontos para disparo')
    await expect(app.getByTestId('launchable-count')).toContainText(
      '1 linha aguardando confirmação'
    )
    await expect(counter(app, 'warning-landline')).toHaveText('1')
    await expect(gridRow(app, 2)).toContainText('Ana Silva')
    await app.getByRole('button', { name: 'Confirmar linha 3', exact: true }).click()
    await expect(app.getByTestId('launchable-count')).toContainText('3 leads prontos para disparo')
    await expect(gridRow(app, 3)).toContainText('Colunas conferidas')
    await app.getByLabel('Plataforma').selectOption('integra')
    await expect(counter(app, 'warning-landline')).toHaveText('0')
    await app.getByRole('button', { name: /Desfazer/ }).click()
    await expect(app.getByTestId('launchable-count')).toContainText('2 leads prontos para disparo')
    await app.getByLabel('Plataforma').selectOption('kinbox')

    // A block list from a file: a spreadsheet-like CSV whose phone column is read.
    const list = join(dir, 'bloqueio.csv')
    await writeFile(list, 'nome;celular\nCaio;(31) 98765-4321\nninguém;sem número\n')
    await app.getByRole('button', { name: /Lista de bloqueio/ }).click()
    await app.getByTestId('block-list-file').setInputFiles(list)
    const outcome = app.getByTestId('block-list-outcome')
    await expect(outcome).toContainText('1 número adicionado.')
    await expect(outcome).toContainText('1 linha sem número válido foi ignorada.')
    await expect(counter(app, 'reason-do_not_contact')).toHaveText('1')
    await expect(gridRow(app, 4)).toContainText('Na lista de bloqueio')
    await app.getByRole('button', { name: 'Remover +5531987654321' }).click()
    await expect(counter(app, 'reason-do_not_contact')).toHaveText('0')
  })

  test('nationwide numbers stay out of a WhatsApp launch until "Incluir mesmo assim"', async ({
    app
  }) => {
    const dir = await mkdtemp(join(tmpdir(), 'leadprep-clean-'))
    const file = join(dir, 'nacionais.csv')
    const { writeFile } = await import('node:fs/promises')
    await writeFile(file, 'Nome,Telefone\nAna,(11) 98765-4321\nCentral,0800 123 4567\n')
    await importFile(app, file)
    await openStep(app, /Limpar/)
    await app.getByLabel('Plataforma').selectOption('kinbox')
    const notice = app.getByTestId('nationwide-notice')
    await expect(notice).toContainText('1 número nacional (0800, 4004…) — não é uma pessoa')
    await expect(app.getByTestId('launchable-count')).toContainText('1 lead pronto para disparo')
    await notice.getByLabel('Incluir mesmo assim').check()
    await expect(app.getByTestId('launchable-count')).toContainText('2 leads prontos para disparo')
    await app.getByRole('button', { name: /Desfazer/ }).click()
    await expect(app.getByTestId('launchable-count')).toContainText('1 lead pronto para disparo')
    await expect(notice.getByLabel('Incluir mesmo assim')).not.toBeChecked()
  })
})

/**
 * Never lose work (issue 15): the draft saved while the user works comes back after a reload,
 * and "Rascunhos recentes" on Importar lists, duplicates and deletes drafts. Through the real
 * screens and the bridge (main's own drafts handlers, in this worker's user-data folder).
 */
import type { Locator, Page } from '@playwright/test'
import { apiMethods } from '../../shared/ipc/api'
import { IPC_PREFIX } from '../bridge/server'
import { expect, test, reloadApp } from './fixtures'
import { tempCopy } from './support/files'

/** An OLE/CFB file's first bytes: how an encrypted workbook starts (a decrypted one is a zip). */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

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
  await reloadApp(app)
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

    await reloadApp(app)
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
    await reloadApp(app)

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

  test('the shell is busy until the draft offered at start and Recentes are drawn: nothing moves under a click', async ({
    app,
    bridge
  }) => {
    await forgetDrafts(app)
    // Picked in main's dialog: main knows the path, so the file is also in Recentes.
    bridge.dialog.next = await tempCopy('leads/planilha-vendas.xlsx')
    await app.getByRole('button', { name: 'Escolher arquivo…' }).click()
    await expect(app.getByTestId('table-info')).toContainText('planilha-vendas.xlsx')
    await saved(app)
    // A slow start: main's answers for the drafts and for Recentes are held until the test says.
    const hold = async (method: string): Promise<() => void> => {
      let release = (): void => undefined
      const held = new Promise<void>((resolve) => (release = resolve))
      await app.route(`**${IPC_PREFIX}${encodeURIComponent(method)}`, async (route) => {
        await held
        await route.continue()
      })
      return release
    }
    const releaseDrafts = await hold(apiMethods.listDrafts)
    const releaseRecent = await hold(apiMethods.recentFiles)
    await app.reload()
    const shell = app.getByTestId('app-ready')
    await expect(app.getByRole('button', { name: 'Escolher arquivo…' })).toBeVisible()
    await expect(shell).toHaveAttribute('aria-busy', 'true')
    await expect(app.getByTestId('resume-draft')).toHaveCount(0)
    await expect(app.getByTestId('recent-files')).toHaveCount(0)

    // The offer arrives and pushes "Escolher arquivo…" down; Recentes is still on its way.
    releaseDrafts()
    await expect(app.getByTestId('resume-draft')).toBeVisible()
    await expect(shell).toHaveAttribute('aria-busy', 'true')

    releaseRecent()
    await expect(shell).toHaveAttribute('aria-busy', 'false')
    // Read at once, not waited for: once the shell is no longer busy, Recentes is on screen.
    expect(await app.getByTestId('recent-files').isVisible()).toBe(true)
    await app.unrouteAll()
  })

  test('a protected workbook: the draft keeps the encrypted file and asks for the password again', async ({
    app,
    bridge
  }) => {
    await forgetDrafts(app)
    const path = await tempCopy('leads/broken/password-protected.xlsx')
    // Picked from the disk: main knows its path and copies the file itself.
    bridge.droppedFiles.push(path)
    await app.getByTestId('file-input').first().setInputFiles(path)
    const prompt = app.getByTestId('password-prompt')
    await expect(prompt).toContainText('protegida por senha')
    await prompt.getByLabel('Senha da planilha').fill('senha123')
    await prompt.getByRole('button', { name: 'Abrir' }).click()
    await expect(app.getByTestId('table-info')).toContainText('password-protected.xlsx')
    await saved(app)

    // Limpar: exclude one row.
    await step(app, /Limpar/).click()
    const headers = app.getByTestId('lead-grid').getByRole('rowheader')
    await expect(headers.first()).toBeVisible()
    const excluded = (await headers.first().textContent()) ?? ''
    await app.getByRole('button', { name: `Excluir linha ${excluded}`, exact: true }).click()
    await expect(counter(app, 'excluded')).toHaveText('1')
    await saved(app)

    // What main keeps is the encrypted file (an OLE/CFB file, not a decrypted zip).
    const kept = await app.evaluate(async () => {
      const listed = await window.leadprep.listDrafts({})
      if (!listed.ok || listed.data.length !== 1) throw new Error('listDrafts')
      const summary = listed.data[0]!
      const opened = await window.leadprep.openDraft({ draftId: summary.draftId })
      if (!opened.ok) throw new Error('openDraft')
      const bytes = new Uint8Array(opened.data.source.bytes)
      return {
        protected: summary.protected,
        sourceProtected: opened.data.draft.source.protected,
        head: Array.from(bytes.subarray(0, 8))
      }
    })
    expect(kept).toEqual({ protected: true, sourceProtected: true, head: CFB_MAGIC })

    // Continuar: Importar's own password prompt, then every choice is back.
    await reloadApp(app)
    const offer = app.getByTestId('resume-draft')
    await expect(offer).toContainText('password-protected.xlsx')
    await offer.getByRole('button', { name: 'Continuar', exact: true }).click()
    await expect(prompt).toContainText('protegida por senha')
    await expect(app.getByTestId('draft-opening')).toContainText('digite a senha')
    await prompt.getByLabel('Senha da planilha').fill('senha123')
    await prompt.getByRole('button', { name: 'Abrir' }).click()
    await expect(counter(app, 'excluded')).toHaveText('1')
    await expect(gridRow(app, excluded).getByRole('gridcell').nth(0)).toHaveText('Excluído')
    await expect(app.getByTestId('draft-status')).toHaveText('Rascunho salvo')

    // Again, and Cancelar on the prompt: Importar says so, the draft stays listed.
    await reloadApp(app)
    await offer.getByRole('button', { name: 'Continuar', exact: true }).click()
    await expect(prompt).toBeVisible()
    await prompt.getByRole('button', { name: 'Cancelar' }).click()
    await expect(prompt).toBeHidden()
    await expect(app.getByTestId('draft-error')).toContainText(
      'O rascunho de password-protected.xlsx não foi aberto'
    )
    await expect(app.getByTestId('table-info')).toHaveCount(0)
    const items = app.getByTestId('recent-drafts').getByTestId('draft-item')
    await expect(items).toHaveCount(1)
    await expect(items.first()).toContainText('password-protected.xlsx')
    await expect(items.first().getByTestId('draft-protected')).toHaveText('protegida por senha')
    // Untouched: the exclusion is still in it.
    const exclusions = await app.evaluate(async () => {
      const listed = await window.leadprep.listDrafts({})
      if (!listed.ok) throw new Error('listDrafts')
      const opened = await window.leadprep.openDraft({ draftId: listed.data[0]!.draftId })
      if (!opened.ok) throw new Error('openDraft')
      return opened.data.draft.exclusions.length
    })
    expect(exclusions).toBe(1)
  })
})

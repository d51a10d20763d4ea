import { readFile, writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { fixture } from './support/files'
import { patchSpinCount } from '../unit/foundation/spinCountPatch'

/** The password-protected fixture with its spinCount rewritten, as a file the page can pick. */
async function protectedWith(spinCount: number): Promise<string> {
  const original = new Uint8Array(await readFile(fixture('leads/broken/password-protected.xlsx')))
  const dir = await mkdtemp(join(tmpdir(), 'leadprep-spin-'))
  const path = join(dir, `protegida-${spinCount}.xlsx`)
  await writeFile(path, patchSpinCount(original, spinCount))
  return path
}

async function openWithPassword(app: Page, path: string): Promise<void> {
  await app.getByTestId('file-input').first().setInputFiles(path)
  const prompt = app.getByTestId('password-prompt')
  await expect(prompt).toContainText('protegida por senha')
  await prompt.getByLabel('Senha da planilha').fill('senha123')
  await prompt.getByRole('button', { name: 'Abrir' }).click()
}

test.describe('Importar: a protected workbook main will not (or did not) open', () => {
  test('a hostile spinCount says so in pt-BR, with its spinCount and the limit', async ({
    app
  }) => {
    await openWithPassword(app, await protectedWith(999_999_999))
    const error = app.getByTestId('import-error')
    await expect(error).toHaveAttribute('data-code', 'encryption_too_costly')
    await expect(error).toContainText(
      'protegida com 999999999 rodadas de cálculo, acima do limite de 10000000'
    )
    await expect(app.getByTestId('password-prompt')).toBeHidden()
  })

  test('Cancelar stops a slow decrypt in main and says it was canceled', async ({ app }) => {
    // Allowed, but about a minute of hashing: the user gives up.
    await openWithPassword(app, await protectedWith(9_999_999))
    await expect(app.getByTestId('decrypt-busy')).toHaveText('Abrindo a planilha protegida…')
    await app.getByTestId('decrypt-cancel').click()
    const error = app.getByTestId('import-error')
    await expect(error).toHaveAttribute('data-code', 'canceled')
    await expect(error).toContainText('Importação cancelada.')
    await expect(app.getByTestId('password-prompt')).toBeHidden()
  })
})

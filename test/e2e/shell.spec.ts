import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, repoRoot, test, reloadApp } from './fixtures'

test('the shell shows the five steps in pt-BR and switches to English, persisted', async ({
  app
}) => {
  const steps = app.getByRole('navigation', { name: 'Etapas da campanha' })
  await expect(steps.getByRole('button')).toHaveText([
    /Importar/,
    /Limpar/,
    /Mapear/,
    /Agendar/,
    /Disparar/
  ])
  await expect(steps.getByRole('button', { name: /Importar/ })).toHaveAttribute(
    'aria-current',
    'step'
  )

  const shots = process.env['LEADPREP_UPDATE_SCREENSHOTS']
    ? join(repoRoot, 'resources/screenshots')
    : join(repoRoot, 'test-results/screenshots')
  await mkdir(shots, { recursive: true })
  await app.screenshot({ path: join(shots, 'shell.png') })

  await steps.getByRole('button', { name: /Disparar/ }).click()
  await expect(app.getByTestId('needs-import')).toBeVisible()
  await app.getByRole('button', { name: 'Ir para Importar' }).click()
  await expect(steps.getByRole('button', { name: /Importar/ })).toHaveAttribute(
    'aria-current',
    'step'
  )

  await app.getByRole('button', { name: /Configurações/ }).click()
  await app.getByRole('tab', { name: 'Preferências' }).click()
  await app.getByLabel('Idioma').selectOption('en')
  await expect(app.getByRole('heading', { name: 'Settings' })).toBeVisible()
  await reloadApp(app)
  await expect(app.getByRole('navigation', { name: 'Campaign steps' })).toBeVisible()
  await expect(app.locator('html')).toHaveAttribute('lang', 'en')

  // Put it back for the other tests of this worker (one user-data dir per worker).
  await app.getByRole('button', { name: /Settings/ }).click()
  await app.getByRole('tab', { name: 'Preferences' }).click()
  await app.getByLabel('Language').selectOption('pt-BR')
  await expect(app.getByRole('heading', { name: 'Configurações' })).toBeVisible()
})

test('the page cannot reach main from a foreign origin or a subframe', async ({ app, bridge }) => {
  const result = await app.evaluate(async (url) => {
    const call = (frame: string) =>
      fetch(`${url}/__ipc/settings:get`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-leadprep-frame': frame },
        body: '{}'
      }).then((r) => r.json() as Promise<{ ok: boolean; error?: { code: string } }>)
    return { sub: await call('sub'), main: await call('main') }
  }, bridge.url)
  expect(result.sub).toEqual({ ok: false, error: { code: 'forbidden_sender' } })
  expect(result.main.ok).toBe(true)
})

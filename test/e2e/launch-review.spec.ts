/**
 * Disparar's review, the gaps an audit found (issue 11), through the bridge (the same handler
 * table and launch engine as main) against the worker's fake Kinbox, Integra and S3:
 * - what blocks the button names itself and links to where it is fixed (an empty required
 *   variable, no channel, no bucket, 0 leads, a damaged block list with its counts);
 * - each excluded reason opens Limpar with that reason's filter on;
 * - the Integra voicemail text for a chosen row; an Integra list over 20,000 rows in parts;
 * - "hospedo eu mesmo": the file is written where main's save dialog said and Kinbox gets
 *   the user's URL;
 * - a launch stopped by the network goes on by itself when the connection is back.
 */
import { createServer, type Server } from 'node:http'
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { apiMethods } from '../../shared/ipc/api'
import { IPC_PREFIX } from '../bridge/server'
import { fakeControl } from '../fakes/control'
import { expect, test } from './fixtures'
import { forgetPresets, setUpIntegra, setUpKinbox, step } from './support/accounts'
import { tempCopy } from './support/files'

const MESSAGE = 'Olá {{leadName}}, temos uma oferta para você!'

const blocker = (app: Page, id: string): Locator =>
  app.getByTestId('launch-blockers').locator(`[data-blocker="${id}"]`)

const unique = (label: string): string => `${label} ${test.info().workerIndex}-${Date.now()}`

async function importPath(app: Page, path: string, name: string): Promise<void> {
  await app.getByTestId('file-input').first().setInputFiles(path)
  await expect(app.getByTestId('table-info')).toContainText(name)
}

/** A CSV written into a temp folder (never in git). */
async function tempCsv(name: string, lines: readonly string[]): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'leadprep-review-')), name)
  await writeFile(path, `${lines.join('\n')}\n`, 'utf8')
  return path
}

/** Importar (planilha-vendas.xlsx) → Mapear (auto-matched, a message) → Disparar. */
async function openReview(app: Page, message: string | null): Promise<void> {
  await forgetPresets(app)
  await importPath(app, await tempCopy('leads/planilha-vendas.xlsx'), 'planilha-vendas.xlsx')
  await openMap(app)
  if (message !== null) await app.getByTestId('message-editor').fill(message)
  await openLaunch(app)
}

async function openMap(app: Page): Promise<void> {
  await step(app, /Mapear/).click()
  const screen = app.getByTestId('map-screen')
  await expect(screen.getByRole('combobox', { name: 'Telefone', exact: true })).not.toHaveValue('')
}

/** Disparar, once all it shows has arrived (a click before may land where a line moves). */
async function openLaunch(app: Page): Promise<void> {
  await step(app, /Disparar/).click()
  await expect(app.getByTestId('launch-review')).toHaveAttribute('aria-busy', 'false')
}

async function chooseIntegra(app: Page): Promise<void> {
  await app.getByTestId('launch-provider').getByText('Integra · ligações').click()
  await expect(app.getByTestId('launch-review')).toHaveAttribute('data-provider', 'integra')
  await expect(app.getByTestId('launch-review')).toHaveAttribute('aria-busy', 'false')
}

async function launchNow(app: Page): Promise<void> {
  await expect(app.getByTestId('launch-ready')).toBeVisible()
  await app.getByTestId('launch-go').click()
  await app.getByTestId('launch-confirm').getByRole('button', { name: 'Disparar agora' }).click()
}

async function campaignsNamed(url: string, name: string): Promise<Record<string, unknown>[]> {
  const state = await fakeControl(url).state()
  return state.campaigns.filter((campaign) => campaign['name'] === name)
}

async function posts(url: string, path: string): Promise<number> {
  const state = await fakeControl(url).state()
  return state.requests.filter((r) => r.method === 'POST' && r.path === path).length
}

test.describe('Disparar review', () => {
  test('an empty required variable that leaves no row blocks, as Mapear does, with a link to Mapear', async ({
    app
  }) => {
    await forgetPresets(app)
    // Empresa is empty on every valid row; the one row that has it has no valid phone.
    const csv = await tempCsv('empresas-vazias.csv', [
      'Nome,Telefone,Empresa',
      'Ana Souza,(11) 98765-4321,',
      'Bruno Lima,(21) 99876-5432,',
      'Carla Dias,(31) 97654-3210,',
      'Davi Melo,123,Acme'
    ])
    await importPath(app, csv, 'empresas-vazias.csv')
    await openMap(app)
    const company = app.locator('[data-testid="map-variable"][data-key="companyName"]')
    await company
      .getByLabel('Se companyName estiver vazia')
      .selectOption({ label: 'Não enviar a linha' })
    await app.getByTestId('message-editor').fill('Olá {{leadName}}, da {{companyName}}!')
    const text =
      'companyName está vazia em todas as linhas e a regra dela é “Não enviar a linha”: nenhum contato seria enviado.'
    // Mapear itself refuses to go on, with the same words.
    await expect(
      app.getByTestId('map-problems').locator('[data-code="required_variable_empty"]')
    ).toContainText(text)
    await expect(app.getByTestId('map-continue')).toBeDisabled()

    await openLaunch(app)
    const empty = blocker(app, 'map-required_variable_empty')
    await expect(empty).toContainText(text)
    // Said once: not again by the plan builder, and not blamed on the list.
    await expect(blocker(app, 'plan-no_launchable_rows')).toHaveCount(0)
    await expect(blocker(app, 'list-empty')).toHaveCount(0)
    await expect(app.getByTestId('launch-go')).toBeDisabled()
    await empty.getByRole('button', { name: 'Abrir Mapear' }).click()
    await expect(step(app, /Mapear/)).toHaveAttribute('aria-current', 'step')

    // A text for when it is empty: the rows go, and nothing about it blocks any more.
    await company.getByLabel('Se companyName estiver vazia').selectOption({ label: 'Enviar vazio' })
    await openLaunch(app)
    await expect(app.getByTestId('launch-recipients')).toHaveText('3 contatos')
    await expect(blocker(app, 'map-required_variable_empty')).toHaveCount(0)
  })

  test('no channel and no bucket each block with their reason and the way to Configurações', async ({
    app,
    bridge
  }) => {
    test.skip(!bridge.s3, 'needs the in-process fakes')
    // No channel: Configurações.
    await setUpKinbox(app, bridge.s3!.url, (account) => ({ ...account, channelId: '' }))
    await openReview(app, MESSAGE)
    const channel = blocker(app, 'account-channelId')
    await expect(channel).toContainText('Falta o canal do Kinbox (channelId).')
    await expect(app.getByTestId('launch-go')).toBeDisabled()
    await channel.getByRole('button', { name: 'Abrir Configurações' }).click()
    await expect(app.getByTestId('settings-screen')).toBeVisible()

    // No bucket: Configurações too (the review reads Contas again when it opens).
    await setUpKinbox(app, bridge.s3!.url, (account) => ({
      ...account,
      leadsFile: { ...account.leadsFile, s3: { ...account.leadsFile.s3, bucket: '' } }
    }))
    await openLaunch(app)
    await expect(blocker(app, 'account-channelId')).toHaveCount(0)
    const bucket = blocker(app, 'account-s3_bucket')
    await expect(bucket).toContainText('Falta o bucket onde vai o arquivo de leads.')
    await expect(app.getByTestId('launch-go')).toBeDisabled()
    await bucket.getByRole('button', { name: 'Abrir Configurações' }).click()
    await expect(app.getByTestId('settings-screen')).toBeVisible()
  })

  test('0 leads blocks on the list, with the way to Limpar, never on the schedule', async ({
    app,
    bridge
  }) => {
    test.skip(!bridge.s3, 'needs the in-process fakes')
    await setUpKinbox(app, bridge.s3!.url)
    await forgetPresets(app)
    const csv = await tempCsv('sem-telefones.csv', [
      'Nome,Telefone',
      'Ana Souza,123',
      'Bruno Lima,',
      'Carla Dias,abc'
    ])
    await importPath(app, csv, 'sem-telefones.csv')
    await openMap(app)
    await app.getByTestId('message-editor').fill('Olá {{leadName}}!')
    await openLaunch(app)
    await expect(app.getByTestId('launch-recipients')).toHaveText('Nenhum contato')
    const none = blocker(app, 'list-empty')
    await expect(none).toContainText('Nenhum lead para enviar')
    await expect(
      app.getByTestId('launch-blockers').locator('[data-blocker^="schedule-"]')
    ).toHaveCount(0)
    await expect(blocker(app, 'plan-no_launchable_rows')).toHaveCount(0)
    await expect(app.getByTestId('launch-go')).toBeDisabled()
    await none.getByRole('button', { name: 'Abrir Limpar' }).click()
    await expect(step(app, /Limpar/)).toHaveAttribute('aria-current', 'step')
  })

  test('each excluded reason opens Limpar with its filter on', async ({ app }) => {
    await openReview(app, MESSAGE)
    const excluded = app.getByTestId('launch-excluded')
    await expect(excluded.locator('[data-reason="duplicate"]')).toContainText('72')
    await excluded
      .locator('[data-reason="duplicate"]')
      .getByRole('button', { name: 'Ver no Limpar: Duplicado' })
      .click()
    await expect(step(app, /Limpar/)).toHaveAttribute('aria-current', 'step')
    await expect(app.getByTestId('counter-duplicate')).toHaveAttribute('aria-pressed', 'true')
    await expect(app.getByTestId('counter-invalid')).toHaveAttribute('aria-pressed', 'false')

    await openLaunch(app)
    await excluded
      .locator('[data-reason="invalid"]')
      .getByRole('button', { name: 'Ver no Limpar: Telefone inválido' })
      .click()
    await expect(app.getByTestId('counter-invalid')).toHaveAttribute('aria-pressed', 'true')
    await expect(app.getByTestId('counter-duplicate')).toHaveAttribute('aria-pressed', 'false')

    // "Revisar no Limpar" under the list: every row, no filter left over.
    await openLaunch(app)
    await excluded.getByRole('button', { name: 'Revisar no Limpar' }).click()
    await expect(app.getByTestId('counter-invalid')).toHaveAttribute('aria-pressed', 'false')
    await expect(app.getByTestId('counter-duplicate')).toHaveAttribute('aria-pressed', 'false')
  })

  test('Integra: the voicemail text a chosen row gets is shown', async ({ app }) => {
    await forgetPresets(app)
    await importPath(app, await tempCopy('leads/planilha-vendas.xlsx'), 'planilha-vendas.xlsx')
    await openMap(app)
    await app.getByRole('radio', { name: /Integra/ }).check()
    await app.getByLabel('Deixar recado na caixa postal').check()
    await app.getByTestId('voicemail-editor').fill('Oi {{leadName}}, retornamos depois.')
    await openLaunch(app)
    await expect(app.getByTestId('launch-review')).toHaveAttribute('data-provider', 'integra')
    await expect(app.getByTestId('launch-no-voicemail')).toHaveCount(0)
    const message = app.getByTestId('launch-message')
    await expect(message.getByTestId('launch-bubble')).toHaveText('Oi Sônia, retornamos depois.')
    await message.getByRole('button', { name: 'Próxima linha' }).click()
    await expect(message.getByTestId('launch-bubble')).toHaveText('Oi Camila, retornamos depois.')
    await expect(message.getByTestId('launch-preview-position')).toContainText('· 2 de 766')
  })

  test('Integra: a list over 20,000 rows becomes parts named "<nome> (1/3)" …', async ({ app }) => {
    await forgetPresets(app)
    const rows = 25_000
    const lines = ['Nome,Telefone']
    // Distinct valid mobiles (DDD 11): every row is launchable.
    for (let i = 0; i < rows; i++) lines.push(`Lead ${i + 1},(11) 9${String(60000000 + i)}`)
    const csv = await tempCsv('lista-grande.csv', lines)
    await importPath(app, csv, 'lista-grande.csv')
    await openMap(app)
    await app.getByRole('radio', { name: /Integra/ }).check()
    await openLaunch(app)
    await app.getByTestId('launch-name').fill('Lista grande')
    await expect(app.getByTestId('launch-recipients')).toHaveText('25.000 contatos')
    const parts = app.getByTestId('launch-parts')
    await expect(parts).toHaveAttribute('data-provider', 'integra')
    const part = parts.getByTestId('launch-part')
    await expect(part).toHaveCount(3)
    await expect(part.nth(0)).toContainText('Lista grande (1/3)')
    await expect(part.nth(1)).toContainText('Lista grande (2/3)')
    await expect(part.nth(2)).toContainText('Lista grande (3/3)')
    await expect(part.nth(0)).toContainText('10.000')
    await expect(part.nth(2)).toContainText('5.000')
  })

  test('a damaged block list says what was kept and what was not', async ({ app }) => {
    // Simulated at the IPC boundary: main's answer to `storeNotices` is replaced with a
    // block-list notice of the shape main records (electron/main/store/storeNotices.ts), since
    // this worker's user-data folder is not reachable from the test.
    await app.route(`**${IPC_PREFIX}${encodeURIComponent(apiMethods.storeNotices)}`, (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          ok: true,
          data: {
            notices: [
              {
                store: 'blocklist',
                kept: 12,
                dropped: 3,
                unreadablePart: false,
                setAsideAs: 'blocklist.damaged.json'
              }
            ],
            blockListNeedsReview: true
          }
        })
      })
    )
    await openReview(app, MESSAGE)
    const damaged = blocker(app, 'blockers.blockList')
    await expect(damaged).toContainText('números mantidos: 12; descartados: 3')
    await expect(damaged.getByRole('button', { name: 'Abrir Limpar' })).toBeVisible()
    await expect(app.getByTestId('launch-go')).toBeDisabled()
  })

  test('Kinbox "hospedo eu mesmo": the file goes where main’s dialog said and Kinbox gets the user’s URL', async ({
    app,
    bridge
  }) => {
    test.skip(!bridge.kinbox, 'needs the in-process fakes')
    const kinboxUrl = bridge.kinbox!.url
    await fakeControl(kinboxUrl).clearFaults()
    const saveTo = join(await mkdtemp(join(tmpdir(), 'leadprep-self-host-')), 'leads-kinbox.xlsx')
    // The user's own web server, here a loopback one serving the file main wrote.
    const served: string[] = []
    const server: Server = createServer((request, response) => {
      served.push(request.url ?? '')
      readFile(saveTo).then(
        (bytes) => response.writeHead(200).end(bytes),
        () => response.writeHead(404).end()
      )
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const userUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/leads-kinbox.xlsx`
      await setUpKinbox(app, bridge.s3?.url ?? 'http://127.0.0.1:9', (account) => ({
        ...account,
        leadsFile: { ...account.leadsFile, host: 'self', self: { url: userUrl } }
      }))
      bridge.saveDialog.next = saveTo
      const chosen = await app.evaluate(() => window.leadprep.chooseSelfHostFile({}))
      expect(chosen.ok).toBe(true)

      await openReview(app, MESSAGE)
      await expect(app.getByTestId('launch-account')).toContainText('hospedado por você')
      await expect(app.getByTestId('launch-blockers')).toHaveCount(0)
      const name = unique('Auto-hospedado')
      await app.getByTestId('launch-name').fill(name)
      await launchNow(app)
      const run = app.getByTestId('launch-run')
      await expect(run).toHaveAttribute('data-state', 'done')

      expect((await stat(saveTo)).size).toBeGreaterThan(0)
      const created = await campaignsNamed(kinboxUrl, name)
      expect(created).toHaveLength(1)
      expect(created[0]?.['leadsAssetUrl']).toBe(userUrl)
      // The fake Kinbox downloaded the file from the user's URL (and read its leads).
      expect(served).toContain('/leads-kinbox.xlsx')
    } finally {
      const closed = new Promise((resolve) => server.close(resolve))
      server.closeAllConnections() // the fake's keep-alive socket must not hold the test open
      await closed
    }
  })

  test('a launch the network stopped goes on by itself when the connection is back', async ({
    app,
    bridge
  }) => {
    test.skip(!bridge.integra, 'needs the in-process fakes')
    const integraUrl = bridge.integra!.url
    const control = fakeControl(integraUrl)
    await control.clearFaults()
    await setUpIntegra(app)
    await openReview(app, MESSAGE)
    await chooseIntegra(app)
    const name = unique('Sem conexão')
    await app.getByTestId('launch-name').fill(name)
    await expect(app.getByTestId('launch-parts').getByTestId('launch-part')).toContainText(name)

    // What is simulated: main's HTTP client runs in Node (the bridge), so the page going
    // offline cannot cut it, and Playwright's setOffline would also cut the page's IPC
    // stand-in (in Electron IPC is no network). So: the fake Integra drops every connection
    // that creates a campaign, untouched (main's lookups still answer "not there"), and the
    // page's navigator.onLine and its `offline`/`online` events play the computer's network.
    await app.evaluate(() => {
      const page = window as unknown as { __online: boolean }
      page.__online = true
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => page.__online })
    })
    const path = '/api/v1/campaigns'
    const before = await posts(integraUrl, path)
    await control.addFaults([
      {
        failure: { kind: 'drop', afterHandling: false },
        scope: { method: 'POST', path, times: 'always' }
      }
    ])
    await launchNow(app)
    await app.evaluate(() => {
      ;(window as unknown as { __online: boolean }).__online = false
      window.dispatchEvent(new Event('offline'))
    })
    const run = app.getByTestId('launch-run')
    await expect(run).toHaveAttribute('data-active', 'false', { timeout: 90_000 })
    await expect(run.getByTestId('launch-run-error')).toHaveText(
      'Sem conexão. O disparo continua sozinho quando a internet voltar.'
    )
    await expect(run.getByTestId('launch-resume')).toBeDisabled()
    expect(await campaignsNamed(integraUrl, name)).toHaveLength(0)

    // The connection is back: no click on Retomar.
    await control.clearFaults()
    await app.evaluate(() => {
      ;(window as unknown as { __online: boolean }).__online = true
      window.dispatchEvent(new Event('online'))
    })
    await expect(run).toHaveAttribute('data-state', 'done', { timeout: 90_000 })
    await expect(run.getByTestId('launch-run-part')).toHaveAttribute('data-status', 'created')
    expect(await campaignsNamed(integraUrl, name)).toHaveLength(1)
    expect(await posts(integraUrl, path)).toBeGreaterThan(before)
  })
})

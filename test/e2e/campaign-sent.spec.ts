/**
 * Campanhas shows what was sent (issue 15): the draft a launch was made from is kept with it,
 * and the campaign's detail shows it (file, leads sent and left out, mapping, message,
 * schedule, destination); "Duplicar como nova campanha" opens a copy in Limpar. A launch with
 * no draft says so. Through the real screens, a launch to the worker's fake Kinbox and S3.
 */
import { join } from 'node:path'
import { expect, repoRoot, test } from './fixtures'
import { forgetPresets, setUpKinbox, step } from './support/accounts'
import { tempCopy } from './support/files'

const MESSAGE = 'Olá {{leadName}}, veja o que preparamos para você!'

test('a launched draft shows on Campanhas as "O que foi enviado", and duplicates to Limpar', async ({
  app,
  bridge
}) => {
  test.skip(!bridge.kinbox || !bridge.s3, 'needs the in-process fakes')
  await setUpKinbox(app, bridge.s3!.url)
  await forgetPresets(app)

  // Importar → Mapear (a message) → Disparar, as a user does.
  await app
    .getByTestId('file-input')
    .first()
    .setInputFiles(await tempCopy('leads/planilha-vendas.xlsx'))
  await expect(app.getByTestId('table-info')).toContainText('planilha-vendas.xlsx')
  await expect(app.getByTestId('draft-status')).toHaveText('Rascunho salvo')
  await step(app, /Mapear/).click()
  const phone = app
    .getByTestId('map-screen')
    .getByRole('combobox', { name: 'Telefone', exact: true })
  await expect(phone).toHaveValue('1')
  const phoneColumn = ((await phone.locator('option:checked').textContent()) ?? '').trim()
  await app.getByTestId('message-editor').fill(MESSAGE)
  await step(app, /Disparar/).click()
  await expect(app.getByTestId('launch-review')).toHaveAttribute('data-provider', 'kinbox')
  const name = `Enviado ${test.info().workerIndex}-${Date.now()}`
  await app.getByTestId('launch-name').fill(name)
  await expect(app.getByTestId('launch-ready')).toBeVisible()
  await expect(app.getByTestId('launch-review')).toHaveAttribute('aria-busy', 'false')
  await app.getByTestId('launch-go').click()
  await app.getByTestId('launch-confirm').getByRole('button', { name: 'Disparar agora' }).click()
  await expect(app.getByTestId('launch-run')).toHaveAttribute('data-state', 'done')

  // Campanhas → the campaign's detail → "O que foi enviado".
  await app.getByRole('button', { name: 'Ver em Campanhas' }).click()
  const card = app.getByTestId('campaign-card').filter({ hasText: name })
  const launchId = await card.getAttribute('data-launch')
  await card.getByRole('button', { name: 'Ver resultados' }).click()
  const sent = app.getByTestId('campaign-detail').getByTestId('campaign-sent')
  await expect(sent.getByRole('heading', { name: 'O que foi enviado' })).toBeVisible()
  await expect(sent.getByTestId('sent-file')).toHaveText('planilha-vendas.xlsx')
  // planilha-vendas.xlsx's ground truth: 766 sent, 162 invalid, 72 duplicates.
  await expect(sent.getByTestId('sent-leads')).toHaveText('766')
  const excluded = sent.getByTestId('sent-excluded')
  await expect(excluded.locator('[data-reason="invalid"]')).toHaveText(/Telefone inválido\s*162/)
  await expect(excluded.locator('[data-reason="duplicate"]')).toHaveText(/Duplicado\s*72/)
  await expect(sent.getByTestId('sent-message')).toContainText(MESSAGE)
  const mapping = sent.getByTestId('sent-mapping')
  await expect(mapping.getByRole('listitem').filter({ hasText: 'Telefone' })).toContainText(
    phoneColumn
  )
  await expect(sent.getByTestId('sent-schedule')).toContainText('1 campanha')
  await expect(sent.getByTestId('sent-account')).toContainText('Kinbox · WhatsApp')
  await expect(sent.getByTestId('sent-account')).toContainText('canal-whatsapp-01')
  await sent.screenshot({ path: join(repoRoot, 'test-results/screenshots/campaign-sent.png') })

  // The draft kept with the launch is this launch's, and frozen (not in Rascunhos recentes).
  const launched = await app.evaluate(async () => {
    const listed = await window.leadprep.listDrafts({})
    return listed.ok ? listed.data.filter((d) => d.launchId !== null) : []
  })
  const mine = launched.find((d) => d.launchId === launchId)
  expect(mine?.campaignName).toBe(name)

  // Duplicar como nova campanha: a copy opens in Limpar with the same list.
  await sent.getByRole('button', { name: 'Duplicar como nova campanha' }).click()
  await expect(app.getByTestId('clean-screen')).toBeVisible()
  await expect(step(app, /Limpar/)).toHaveAttribute('aria-current', 'step')
  await expect(app.getByTestId('draft-status')).toHaveText('Rascunho salvo')
  await step(app, /Mapear/).click()
  await expect(app.getByTestId('message-editor')).toHaveValue(MESSAGE)
  await step(app, /Importar/).click()
  await expect(app.getByTestId('table-info')).toContainText('planilha-vendas.xlsx')
  const copies = await app.evaluate(async (campaign) => {
    const listed = await window.leadprep.listDrafts({})
    return listed.ok ? listed.data.filter((d) => d.campaignName === campaign) : []
  }, `${name} (cópia)`)
  expect(copies).toHaveLength(1)
  expect(copies[0]?.launchId).toBeNull()

  // Without its draft (deleted; or a launch from the CLI), the detail says so plainly.
  await app.evaluate((draftId) => window.leadprep.deleteDraft({ draftId }), mine!.draftId)
  await app.getByRole('button', { name: /^\W*Campanhas$/ }).click()
  const detail = app.getByTestId('campaign-detail')
  await expect(detail).toBeVisible()
  await expect(detail.getByTestId('sent-none')).toHaveText(
    /Não há rascunho guardado com este disparo/
  )
  await expect(detail.getByTestId('sent-file')).toHaveCount(0)
})

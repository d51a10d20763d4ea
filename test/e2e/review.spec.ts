import { expect, test } from './fixtures'
import { tempCopy } from './support/files'

test('Disparar reviews what each step hands to the launch, with a way back to each', async ({
  app
}) => {
  const steps = app.getByRole('navigation', { name: 'Etapas da campanha' })
  await app
    .getByTestId('file-input')
    .first()
    .setInputFiles(await tempCopy('leads/crm-export-utf8.csv'))
  await expect(app.getByTestId('import-counts')).toContainText('500 linhas de dados')

  await steps.getByRole('button', { name: /Disparar/ }).click()
  // 392 ok rows in the fixture's ground truth, none excluded yet.
  await expect(app.getByTestId('launch-recipients')).toHaveText('392 contatos')
  await expect(app.getByTestId('launch-name')).toHaveValue(/^crm-export-utf8 · /)
  // Mapear has not been opened: nothing is mapped yet, and Mapear's words say so.
  const phone = app.getByTestId('launch-blockers').locator('[data-blocker="map-phone_missing"]')
  await expect(phone).toContainText('Escolha a coluna de telefone.')
  await expect(app.getByTestId('launch-go')).toBeDisabled()

  await phone.getByRole('button', { name: 'Abrir Mapear' }).click()
  await expect(steps.getByRole('button', { name: /Mapear/ })).toHaveAttribute(
    'aria-current',
    'step'
  )
  await steps.getByRole('button', { name: /Agendar/ }).click()
  await steps.getByRole('button', { name: /Disparar/ }).click()
  await expect(phone).toHaveCount(0)
  // Mapped now, but no message yet: Mapear refuses that, and so does Disparar.
  await expect(
    app.getByTestId('launch-blockers').locator('[data-blocker="map-message_empty"]')
  ).toContainText('Escreva a mensagem.')
  await expect(app.getByTestId('launch-finish')).toHaveText('—')
})

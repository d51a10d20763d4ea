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
  const list = app.getByTestId('review-clean')
  // 392 ok rows in the fixture's ground truth, none excluded yet.
  await expect(list).toContainText('crm-export-utf8.csv · 392 leads prontos para disparo')
  await expect(list).toHaveAttribute('data-ready', 'true')
  // Mapear has not been opened: nothing is mapped yet.
  await expect(app.getByTestId('review-map')).toHaveAttribute('data-ready', 'false')
  await expect(app.getByTestId('review-map')).toContainText('Escolha a coluna de telefone')

  await app.getByTestId('review-map').getByRole('button', { name: 'Abrir Mapear' }).click()
  await expect(steps.getByRole('button', { name: /Mapear/ })).toHaveAttribute(
    'aria-current',
    'step'
  )
  await steps.getByRole('button', { name: /Agendar/ }).click()
  await steps.getByRole('button', { name: /Disparar/ }).click()
  await expect(app.getByTestId('review-map')).toHaveAttribute('data-ready', 'true')
  await expect(app.getByTestId('review-map')).toContainText('Kinbox · telefone mapeado')
  await expect(app.getByTestId('review-schedule')).toHaveAttribute('data-ready', 'true')
  await expect(app.getByTestId('review-schedule')).toContainText('término previsto')
})

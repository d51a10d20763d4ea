/**
 * The sample's numbers are made up but may be someone's: a real launch of it is refused by
 * main, shown on Disparar as a blocker with the way to simulation mode, where it may go.
 */
import { expect, test } from './fixtures'
import { forgetPresets, setUpKinbox, step } from './support/accounts'

// The fakes stand in for the vendors' hosts here: main guards them as it guards those.
test.use({ strictSampleGuard: true })

test('the sample launches only in simulation: Disparar blocks it for a real account, and lets it go in simulation', async ({
  app,
  bridge
}) => {
  test.skip(!bridge.s3, 'needs the in-process fakes')
  await setUpKinbox(app, bridge.s3!.url)
  await forgetPresets(app)
  try {
    await app
      .getByTestId('dropzone')
      .getByRole('button', { name: 'Usar o arquivo de exemplo' })
      .click()
    await expect(app.getByTestId('table-info')).toContainText('leads-exemplo.csv')
    await step(app, /Mapear/).click()
    const map = app.getByTestId('map-screen')
    await expect(map.getByRole('combobox', { name: 'Telefone', exact: true })).not.toHaveValue('')
    await app.getByTestId('message-editor').fill('Olá! Esta é uma mensagem de exemplo.')
    await step(app, /Disparar/).click()
    await expect(app.getByTestId('launch-review')).toHaveAttribute('data-provider', 'kinbox')

    // A real account: main recognises the sample's numbers and Disparar says why it waits.
    const sample = app.getByTestId('launch-blockers').locator('[data-blocker="sample-file"]')
    await expect(sample).toContainText(
      'Este é o arquivo de exemplo: os números são fictícios e podem ser de pessoas reais.'
    )
    await expect(app.getByTestId('launch-go')).toBeDisabled()
    await expect(app.getByTestId('launch-review')).toHaveAttribute('aria-busy', 'false')

    // Its button leads to Configurações, where simulation mode is turned on.
    await sample.getByRole('button', { name: 'Abrir Configurações' }).click()
    await expect(app.getByTestId('settings-screen')).toBeVisible()
    await app.getByRole('checkbox', { name: 'Modo simulação' }).check()
    await expect(app.getByTestId('simulation-banner')).toBeVisible()

    await step(app, /Disparar/).click()
    await expect(app.getByTestId('launch-simulation')).toContainText('Simulação')
    await expect(app.getByTestId('launch-ready')).toBeVisible()
    await expect(sample).toHaveCount(0)
    await expect(app.getByTestId('launch-go')).toBeEnabled()
  } finally {
    // The worker's next test starts with simulation off, whatever happened here.
    await app.evaluate(() => window.leadprep.updateSettings({ simulation: false }))
  }
})

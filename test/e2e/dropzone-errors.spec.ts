import { expect, test } from './fixtures'

test.describe('Importar: errors before the import begins', () => {
  test('a chosen file that cannot be read says so (the error is not swallowed)', async ({
    app,
    bridge
  }) => {
    bridge.dialog.next = '/nonexistent/leadprep-e2e/sumiu.csv'
    await app.getByRole('button', { name: 'Escolher arquivo…' }).click()
    const alert = app.getByTestId('dropzone').getByRole('alert')
    await expect(alert).toContainText('Não foi possível ler o arquivo')
    await expect(alert).toContainText('file_unreadable')
  })
})

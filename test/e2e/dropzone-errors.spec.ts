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
    // The code is for support ("Copiar diagnóstico"), never shown as text to the user.
    await expect(alert).toHaveAttribute('data-code', 'file_unreadable')
    await expect(alert).not.toContainText('file_unreadable')
  })
})

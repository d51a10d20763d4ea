import { expect, test, reloadApp } from './fixtures'

const TOKEN = `kbx_live_${'a1b2c3d4'.repeat(4)}Zq9W`

test.describe('Settings → Contas', () => {
  test('saves a Kinbox token in the keychain and never shows it again', async ({
    app,
    traffic
  }) => {
    await app.getByRole('button', { name: /Configurações/ }).click()
    const kinbox = app.getByTestId('account-kinbox')
    await expect(kinbox.getByTestId('account-kinbox-status')).toHaveText('não configurado')

    await kinbox.getByLabel('Token de API do Kinbox').fill(TOKEN)
    await kinbox.getByRole('button', { name: 'Salvar no cofre' }).click()
    await expect(kinbox.getByTestId('account-kinbox-status')).toHaveText('configurado · …Zq9W')
    await expect(kinbox.getByRole('status')).toContainText('salvo no cofre')

    await reloadApp(app)
    await app.getByRole('button', { name: /Configurações/ }).click()
    await expect(app.getByTestId('account-kinbox-status')).toHaveText('configurado · …Zq9W')
    await expect(app.getByTestId('account-integra-status')).toHaveText('não configurado')

    // The token appears nowhere the page can see, and crossed the wire exactly once.
    const dom = await app.evaluate(() => {
      const values = [...document.querySelectorAll('input')].map((i) => i.value)
      return document.documentElement.outerHTML + values.join('\n')
    })
    expect(dom).not.toContain(TOKEN)
    await traffic.settled()
    expect(traffic.console.join('\n')).not.toContain(TOKEN)
    expect(traffic.responses.join('\n')).not.toContain(TOKEN)
    // ...and the check did read the page's responses: main's answer carries the last 4 only.
    expect(traffic.responses.join('\n')).toContain('Zq9W')
    const carrying = traffic.requests.filter((r) => r.url.includes(TOKEN) || r.body.includes(TOKEN))
    expect(carrying.map((r) => decodeURIComponent(new URL(r.url).pathname))).toEqual([
      '/__ipc/secrets:save'
    ])
  })

  test('replaces and removes a token', async ({ app }) => {
    await app.getByRole('button', { name: /Configurações/ }).click()
    const integra = app.getByTestId('account-integra')
    await integra.getByLabel('Token de API do Integra').fill(`ik_live_${'0f'.repeat(32)}`)
    await integra.getByRole('button', { name: 'Salvar no cofre' }).click()
    await expect(integra.getByTestId('account-integra-status')).toHaveText('configurado · …0f0f')

    await integra.getByRole('button', { name: 'Substituir token' }).click()
    await integra.getByLabel('Token de API do Integra').fill(`ik_live_${'9e'.repeat(30)}beef`)
    await integra.getByRole('button', { name: 'Salvar no cofre' }).click()
    await expect(integra.getByTestId('account-integra-status')).toHaveText('configurado · …beef')

    await integra.getByRole('button', { name: 'Remover' }).click()
    await integra.getByRole('alertdialog').getByRole('button', { name: 'Remover' }).click()
    await expect(integra.getByTestId('account-integra-status')).toHaveText('não configurado')
    await expect(integra.getByRole('status')).toHaveText('Token do Integra removido.')
  })

  test('says plainly why a pasted token is refused, and sends nothing', async ({
    app,
    traffic
  }) => {
    await app.getByRole('button', { name: /Configurações/ }).click()
    const kinbox = app.getByTestId('account-kinbox')
    await kinbox.getByLabel('Token de API do Kinbox').fill('abc')
    await kinbox.getByRole('button', { name: 'Salvar no cofre' }).click()
    await expect(kinbox.getByRole('alert')).toHaveText(/curto demais/)
    await kinbox.getByLabel('Token de API do Kinbox').fill('abc def ghi jkl')
    await kinbox.getByRole('button', { name: 'Salvar no cofre' }).click()
    await expect(kinbox.getByRole('alert')).toHaveText(/espaços/)
    expect(
      traffic.requests.filter(
        (r) => r.url.includes('secrets%3Asave') || r.url.includes('secrets:save')
      )
    ).toEqual([])
  })
})

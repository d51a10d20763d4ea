import { copyFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, reloadApp } from './fixtures'
import { fixture } from './support/files'

test.describe('Recentes takes paths from real files only', () => {
  test('remembers a picked file by its real path and reopens it', async ({ app, bridge }) => {
    // A name no other test uses: "Recentes" is shared by the tests of one worker.
    const path = join(await mkdtemp(join(tmpdir(), 'leadprep-picked-')), 'recentes-escolhido.csv')
    await copyFile(fixture('leads/crm-export-utf8.csv'), path)
    bridge.droppedFiles.push(path)
    await app.getByTestId('file-input').first().setInputFiles(path)
    await expect(app.getByTestId('import-counts')).toContainText('500 linhas de dados')
    await reloadApp(app)
    const recent = app.getByTestId('recent-files')
    await expect(recent).toContainText('recentes-escolhido.csv')
    await recent.getByRole('button', { name: /recentes-escolhido/ }).click()
    await expect(app.getByTestId('import-counts')).toContainText('500 linhas de dados')
  })

  test('a File the page makes up has no path: nothing is remembered, nothing read', async ({
    app
  }) => {
    const answer = await app.evaluate(async () => {
      const fake = new File(['root:x:0:0'], 'passwd')
      const remembered = await window.leadprep.rememberFile(fake)
      // The old page-facing shape, a path in the request, is gone from the API.
      const api = window.leadprep as unknown as Record<string, unknown>
      return { remembered, pathForFile: typeof api['pathForFile'] }
    })
    expect(answer.remembered).toMatchObject({ ok: true })
    expect(JSON.stringify(answer.remembered)).not.toContain('passwd')
    expect(answer.pathForFile).toBe('undefined')
  })

  test('runs under the CSP response header, workers included', async ({ app, bridge }) => {
    const page = await app.request.get(`${bridge.url}/`)
    expect(page.headers()['content-security-policy']).toContain("default-src 'none'")
    const html = await page.text()
    const script = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(html)?.[1]
    expect(script).toBeTruthy()
    const code = await (await app.request.get(`${bridge.url}/${script}`)).text()
    const worker = /"(leadWorker-[^"]+\.js)"/.exec(code)?.[1]
    expect(worker).toBeTruthy()
    const workerResponse = await app.request.get(`${bridge.url}/assets/${worker}`)
    expect(workerResponse.headers()['content-security-policy']).toContain("script-src 'self'")
    expect(workerResponse.headers()['content-type']).toBe('text/javascript; charset=utf-8')
  })
})

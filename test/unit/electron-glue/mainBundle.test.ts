import { afterAll, describe, expect, it } from 'vitest'
import { builtMainPath, readBuiltBundle, staleBuildHint } from './builtBundles'
import { readContractSurface } from './contractSurface'
import { invokeFrom, mainChecks, startMainRuns, type MainRuns } from './mainChecks'
import { runMainBundle } from './runMainBundle'

const surface = readContractSurface()
let runs: Promise<MainRuns> | undefined

/** Started on first use, so a missing out/ fails every test with the build hint. */
const started = (): Promise<MainRuns> => (runs ??= startMainRuns(readBuiltBundle(builtMainPath)))

afterAll(async () => {
  const done = await runs?.catch(() => undefined)
  done?.granted.dispose()
  done?.refused.dispose()
})

describe('the built main bundle (out/main/index.js) under a recording electron', () => {
  for (const check of mainChecks) {
    it(check.name, async () => {
      expect(await check.problems(await started(), surface), staleBuildHint(builtMainPath)).toEqual(
        []
      )
    })
  }

  it('trusts whatever page the window loads, e.g. the dev server under electron-vite dev', async () => {
    const devUrl = 'http://localhost:5173/'
    const dev = await runMainBundle(readBuiltBundle(builtMainPath), {
      env: { ELECTRON_RENDERER_URL: devUrl }
    })
    try {
      const [window] = dev.record.windows
      expect(window?.loadedUrls).toEqual([devUrl])
      const page = { url: `${devUrl}#/map` }
      const own = await invokeFrom(dev, 'app:info', { senderFrame: page, mainFrame: page }, {})
      expect(own).toMatchObject({ ok: true, data: { name: dev.app.name } })
      const other = { url: 'http://localhost:5174/' }
      const foreign = await invokeFrom(
        dev,
        'app:info',
        { senderFrame: other, mainFrame: other },
        {}
      )
      expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } })
    } finally {
      dev.dispose()
    }
  })

  it('validates the payload before a handler runs', async () => {
    const { granted } = await started()
    const page = granted.record.windows[0]?.webContents.mainFrame ?? { url: '' }
    const from = { senderFrame: page, mainFrame: page }
    const answer = await invokeFrom(granted, 'app:info', from, { extra: 'field' })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
  })

  it('reaches the keychain through the stand-in keytar, never the real one', async () => {
    const { granted } = await started()
    const page = granted.record.windows[0]?.webContents.mainFrame ?? { url: '' }
    const from = { senderFrame: page, mainFrame: page }
    const answer = await invokeFrom(granted, 'secrets:status', from, { provider: 'kinbox' })
    expect(answer).toMatchObject({ ok: true, data: { provider: 'kinbox', set: false } })
    expect(granted.keytar.calls).toEqual(['getPassword LeadPrep/kinbox'])
  })
})

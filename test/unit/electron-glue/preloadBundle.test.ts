import { describe, expect, it } from 'vitest'
import { builtPreloadPath, readBuiltBundle, staleBuildHint } from './builtBundles'
import { readContractSurface } from './contractSurface'
import { preloadChecks } from './preloadChecks'

const surface = readContractSurface()
/** Read per test, so a missing out/ fails every test with the build hint. */
const source = (): string => readBuiltBundle(builtPreloadPath)

describe('the built preload (out/preload/index.js) in a sandboxed CommonJS context', () => {
  for (const check of preloadChecks) {
    it(check.name, () => {
      expect(check.problems(source(), surface), staleBuildHint(builtPreloadPath)).toEqual([])
    })
  }

  it('covers every channel of the contract (and the contract is not empty)', () => {
    expect(surface.invokeChannels.length).toBeGreaterThan(0)
    const methods = { ...surface.invokeMethods, ...surface.fileMethods }
    expect(new Set(Object.values(methods))).toEqual(new Set(surface.invokeChannels))
  })
})

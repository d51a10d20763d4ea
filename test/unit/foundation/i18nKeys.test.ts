import { describe, expect, it } from 'vitest'
import { addFeatureMessages, i18n } from '../../../renderer/src/i18n'
import '../../../renderer/src/features/campaigns/messages'
import '../../../renderer/src/features/clean/messages'
import '../../../renderer/src/features/launch/messages'
import '../../../renderer/src/features/map/messages'
import '../../../renderer/src/features/schedule/messages'
import '../../../renderer/src/features/settings/messages'

/** Every leaf key of a message tree, as dotted paths. */
function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix]
  return Object.entries(tree).flatMap(([key, value]) =>
    leafKeys(value, prefix === '' ? key : `${prefix}.${key}`)
  )
}

describe('typed i18n keys (renderer/src/i18n/resources.ts)', () => {
  it('a key that does not exist fails the typecheck; one that does returns its text', () => {
    expect(i18n.t('steps.clean', { lng: 'pt-BR' })).toBe('Limpar')
    expect(i18n.t('clean.columns.cleanName', { lng: 'en' })).toBe('Clean name')
    // @ts-expect-error no such key: tsc -p tsconfig.test.json (and .web.json) refuses it
    expect(i18n.t('steps.cleaning', { lng: 'pt-BR' })).toBe('steps.cleaning')
    // @ts-expect-error a feature's key is checked too
    expect(i18n.t('clean.columns.nope', { lng: 'pt-BR' })).toBe('clean.columns.nope')
  })

  it("a feature's English must have pt-BR's keys, under a registered feature name", () => {
    const ptBR = { title: 'Suporte', help: 'a', copy: 'b', copying: 'c', copied: 'd', failed: 'e' }
    const { failed: _left, ...missingOne } = ptBR
    // @ts-expect-error English lacks `failed`
    const register = (): void => addFeatureMessages('diagnostics', ptBR, missingOne)
    // @ts-expect-error a feature name FeatureMessages does not list
    const unknown = (): void => addFeatureMessages('nowhere', ptBR, ptBR)
    void register
    void unknown
  })

  it('pt-BR and English have the same keys at run time', () => {
    const pt = leafKeys(i18n.getResourceBundle('pt-BR', 'translation')).sort()
    const en = leafKeys(i18n.getResourceBundle('en', 'translation')).sort()
    expect(en).toEqual(pt)
    expect(pt.length).toBeGreaterThan(500)
  })
})

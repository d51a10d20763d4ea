import { describe, expect, it } from 'vitest'
import { resolveBaseUrl } from '../../../electron/main/providers/baseUrl'

describe('resolveBaseUrl', () => {
  it('defaults to the production URLs', () => {
    expect(resolveBaseUrl('kinbox', undefined, {})).toBe('https://api4.kinbox.com.br')
    expect(resolveBaseUrl('integra', undefined, {})).toBe('https://api.useintegra.com.br')
  })

  it('takes the environment override, then an explicit one', () => {
    const env = { LEADPREP_INTEGRA_URL: 'http://127.0.0.1:4010/' }
    expect(resolveBaseUrl('integra', undefined, env)).toBe('http://127.0.0.1:4010')
    expect(resolveBaseUrl('kinbox', undefined, env)).toBe('https://api4.kinbox.com.br')
    expect(resolveBaseUrl('integra', 'https://staging.example.com/base/', env)).toBe(
      'https://staging.example.com/base'
    )
  })

  it.each(['http://localhost:3000', 'http://[::1]:3000', 'http://127.0.0.1'])(
    'allows http on loopback: %s',
    (url) => {
      expect(() => resolveBaseUrl('kinbox', url, {})).not.toThrow()
    }
  )

  it.each([
    'http://api4.kinbox.com.br',
    'http://192.168.0.10:8080',
    'http://127.0.0.1.evil.com',
    'http://localhost.evil.com',
    'ftp://127.0.0.1',
    'https://user:pass@example.com',
    'https://example.com/?x=1',
    'not a url'
  ])('refuses %s', (url) => {
    expect(() => resolveBaseUrl('kinbox', url, {})).toThrow(/kinbox base URL/)
  })
})

import { describe, expect, it, vi } from 'vitest'
import { dispatchIpc, type IpcHandlerTable } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import type { SecretStore } from '../../../electron/main/secrets/SecretStore'
import type { TrustedOrigins } from '../../../electron/main/ipc/sender'

const APP_URL = 'app://leadprep/index.html'
const trusted: TrustedOrigins = { appOrigin: 'app://leadprep' }
const appFrame = { url: APP_URL, isMainFrame: true }

function memorySecrets(): SecretStore {
  const tokens = new Map<string, string>()
  return {
    get: async (p) => tokens.get(p) ?? null,
    set: async (p, t) => void tokens.set(p, t),
    remove: async (p) => void tokens.delete(p)
  }
}

function table(overrides: Partial<IpcHandlerTable> = {}): IpcHandlerTable {
  const base = createHandlerTable({
    secrets: memorySecrets(),
    settings: {
      get: async () => ({ language: 'pt-BR' }),
      update: async (p) => ({ language: 'pt-BR', ...p })
    },
    app: { name: 'LeadPrep', version: '1.0.0', platform: 'linux' },
    openInBrowser: async () => undefined,
    userDataDir: '/nonexistent',
    chooseLeadFile: async () => null,
    chooseSavePath: async () => null
  })
  return { ...base, ...overrides }
}

describe('dispatchIpc', () => {
  it('answers a well-formed request from the app page', async () => {
    const result = await dispatchIpc(table(), trusted, 'secrets:save', appFrame, {
      provider: 'kinbox',
      token: 'kbx-secret-token-1234'
    })
    expect(result).toEqual({ ok: true, data: { provider: 'kinbox', set: true, last4: '1234' } })
  })

  it.each([
    ['a missing field', { provider: 'kinbox' }],
    ['an unknown provider', { provider: 'zap', token: 'abcdefghijkl' }],
    ['an extra field', { provider: 'kinbox', token: 'abcdefghijkl', admin: true }],
    ['a token with spaces', { provider: 'kinbox', token: 'abc def ghi jkl' }],
    ['no payload at all', undefined],
    ['a string instead of an object', 'kinbox']
  ])('rejects %s with invalid_request and never calls the handler', async (_what, payload) => {
    const save = vi.fn()
    const result = await dispatchIpc(
      table({ 'secrets:save': save }),
      trusted,
      'secrets:save',
      appFrame,
      payload
    )
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.code).toBe('invalid_request')
    expect(save).not.toHaveBeenCalled()
  })

  it.each([
    ['a file:// page', { url: 'file:///tmp/evil.html', isMainFrame: true }],
    [
      'the built renderer over file://',
      { url: 'file:///opt/LeadPrep/out/renderer/index.html', isMainFrame: true }
    ],
    ['another app:// host', { url: 'app://evil/index.html', isMainFrame: true }],
    ['another scheme on the same host', { url: 'apps://leadprep/index.html', isMainFrame: true }],
    ['a web page', { url: 'https://evil.example/', isMainFrame: true }],
    ['a subframe of the app', { url: APP_URL, isMainFrame: false }],
    ['an unknown frame', null]
  ])('refuses %s with forbidden_sender before parsing', async (_what, sender) => {
    const status = vi.fn()
    const result = await dispatchIpc(
      table({ 'secrets:status': status }),
      trusted,
      'secrets:status',
      sender,
      {
        provider: 'kinbox'
      }
    )
    expect(result).toEqual({ ok: false, error: { code: 'forbidden_sender' } })
    expect(status).not.toHaveBeenCalled()
  })

  it('trusts only the exact dev-server origin over http', async () => {
    const dev = { httpOrigin: 'http://localhost:5173' }
    const ok = await dispatchIpc(
      table(),
      dev,
      'app:info',
      { url: 'http://localhost:5173/', isMainFrame: true },
      {}
    )
    const other = await dispatchIpc(
      table(),
      dev,
      'app:info',
      { url: 'http://localhost:5174/', isMainFrame: true },
      {}
    )
    expect(ok.ok).toBe(true)
    expect(other).toEqual({ ok: false, error: { code: 'forbidden_sender' } })
  })

  it('refuses channels outside the contract', async () => {
    expect(await dispatchIpc(table(), trusted, 'fs:read', appFrame, {})).toEqual({
      ok: false,
      error: { code: 'unknown_channel' }
    })
  })

  it('strips anything a handler returns beyond the response schema (a token never leaks)', async () => {
    const leaky = table({
      'secrets:status': async () =>
        ({ provider: 'kinbox', set: true, last4: '1234', token: 'kbx-secret-token-1234' }) as never
    })
    const result = await dispatchIpc(leaky, trusted, 'secrets:status', appFrame, {
      provider: 'kinbox'
    })
    expect(JSON.stringify(result)).not.toContain('kbx-secret-token')
  })

  it('turns an unexpected handler error into internal_error without its message', async () => {
    const broken = table({
      'settings:get': async () => {
        throw new Error('disk exploded at /home/maria/secret-path')
      }
    })
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const result = await dispatchIpc(broken, trusted, 'settings:get', appFrame, {})
    expect(result).toEqual({ ok: false, error: { code: 'internal_error' } })
  })

  it('has no channel that opens URLs (the page has no link that needs one)', async () => {
    const opened: string[] = []
    const t = createHandlerTable({
      secrets: memorySecrets(),
      settings: {
        get: async () => ({ language: 'pt-BR' }),
        update: async () => ({ language: 'pt-BR' })
      },
      app: { name: 'LeadPrep', version: '1', platform: 'linux' },
      openInBrowser: async (url) => void opened.push(url),
      userDataDir: '/nonexistent',
      chooseLeadFile: async () => null,
      chooseSavePath: async () => null
    })
    const url = 'https://evil.example/phish'
    expect(await dispatchIpc(t, trusted, 'shell:open-external', appFrame, { url })).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' }
    })
    expect(opened).toEqual([])
  })
})

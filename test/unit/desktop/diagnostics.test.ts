import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diagnosticsText, withoutSecrets } from '../../../electron/main/diagnostics'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import { createSettingsStore } from '../../../electron/main/settings/settingsStore'

const TOKEN = 'kbx_live_TOKEN_do_not_leak_9876'
const S3_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'

describe('"Copiar diagnóstico"', () => {
  it('says versions, OS, settings and the last log lines, and no secret', () => {
    const text = diagnosticsText({
      app: { name: 'LeadPrep', version: '1.2.3', platform: 'win32' },
      packaged: true,
      versions: { electron: '45.5.0', chrome: '140.0', node: '22.1.0', v8: undefined },
      os: { type: 'Windows_NT', release: '10.0.22631', arch: 'x64', locale: 'pt-BR' },
      settings: {
        preferences: { language: 'pt-BR' },
        accounts: { kinbox: { token: TOKEN, channelId: 'c-1' }, s3: { secretAccessKey: S3_SECRET } }
      },
      secretsSet: { kinbox: true, integra: false },
      logLines: [
        `2026-02-12T12:00:00.000Z WARN [kinbox] 401 for Bearer ${TOKEN}`,
        '2026-02-12T12:00:01.000Z INFO lead +55 11 91234-5678 skipped'
      ],
      now: new Date('2026-02-12T12:00:02Z')
    })
    expect(text).toContain('LeadPrep 1.2.3 (packaged)')
    expect(text).toContain('electron 45.5.0, chrome 140.0, node 22.1.0')
    expect(text).toContain('Windows_NT 10.0.22631 x64 (win32), locale pt-BR')
    expect(text).toContain('kinbox: set, integra: not set')
    expect(text).toContain('"language": "pt-BR"')
    expect(text).toContain('"channelId": "c-1"')
    expect(text).toContain('Last 2 log lines:')
    expect(text).toContain('WARN [kinbox] 401 for Bearer [redacted]')
    for (const secret of [TOKEN, S3_SECRET, '91234-5678']) expect(text).not.toContain(secret)
  })

  it('masks every secret-named field, however deep', () => {
    expect(
      withoutSecrets({ a: { apiKey: 'x', list: [{ password: 'p', name: 'n' }] }, empty: '' })
    ).toEqual({
      a: { apiKey: '[redacted]', list: [{ password: '[redacted]', name: 'n' }] },
      empty: ''
    })
  })

  it('diagnostics:copy puts the text on main’s clipboard, never a stored token', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leadprep-diag-'))
    try {
      await writeFile(join(dir, 'settings.json'), JSON.stringify({ language: 'en' }))
      const copied: string[] = []
      const table = createHandlerTable({
        secrets: {
          get: async (provider) => (provider === 'kinbox' ? TOKEN : null),
          set: async () => undefined,
          remove: async () => undefined
        },
        settings: createSettingsStore(dir),
        app: { name: 'LeadPrep', version: '9.9.9', platform: 'linux' },
        openInBrowser: async () => undefined,
        chooseLeadFile: async () => null,
        chooseSavePath: async () => null,
        userDataDir: dir,
        writeClipboard: (text) => void copied.push(text),
        diagnostics: {
          versions: { electron: '45.5.0' },
          packaged: false,
          logTail: () => [`INFO saved token ${TOKEN}`]
        }
      })
      const result = await dispatchIpc(
        table,
        { appOrigin: 'app://leadprep' },
        'diagnostics:copy',
        { url: 'app://leadprep/index.html', isMainFrame: true },
        {}
      )
      expect(result).toMatchObject({ ok: true, data: { copied: true } })
      expect(copied).toHaveLength(1)
      expect(copied[0]).toContain('LeadPrep 9.9.9 (development)')
      expect(copied[0]).toContain('"language": "en"')
      expect(copied[0]).toContain('kinbox: set, integra: not set')
      expect(copied[0]).not.toContain(TOKEN)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

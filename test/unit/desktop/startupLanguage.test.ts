import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startupLanguage } from '../../../electron/main/settings/startupLanguage'

/** Issue 15: main sets Chromium's --lang from the chosen language before ready. */
describe('startupLanguage', () => {
  const dirs: string[] = []
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
  })
  const dir = async (settings?: string): Promise<string> => {
    const path = await mkdtemp(join(tmpdir(), 'leadprep-lang-'))
    dirs.push(path)
    if (settings !== undefined) await writeFile(join(path, 'settings.json'), settings)
    return path
  }

  it('reads the chosen language from a versioned settings file', async () => {
    expect(
      startupLanguage(await dir(JSON.stringify({ schemaVersion: 1, data: { language: 'en' } })))
    ).toBe('en')
  })
  it('reads LeadPrep 0.1’s bare settings object', async () => {
    expect(startupLanguage(await dir(JSON.stringify({ language: 'en' })))).toBe('en')
  })
  it('a missing, damaged or unknown value means pt-BR', async () => {
    expect(startupLanguage(await dir())).toBe('pt-BR')
    expect(startupLanguage(await dir('{not json'))).toBe('pt-BR')
    expect(startupLanguage(await dir(JSON.stringify({ language: 'xx' })))).toBe('pt-BR')
  })
})

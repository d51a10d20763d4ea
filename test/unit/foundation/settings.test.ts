import { describe, expect, it } from 'vitest'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSettingsStore } from '../../../electron/main/settings/settingsStore'

describe('settings on disk', () => {
  it('persists the language across restarts, leaving no temp files behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leadprep-settings-'))
    expect(await createSettingsStore(dir).get()).toEqual({ language: 'pt-BR' })
    await createSettingsStore(dir).update({ language: 'en' })
    expect(await createSettingsStore(dir).get()).toEqual({ language: 'en' })
    expect(await readdir(dir)).toEqual(['settings.json'])
  })

  it('falls back to defaults when the file is damaged, keeps the original aside, saves v1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leadprep-settings-'))
    await writeFile(join(dir, 'settings.json'), '{"language": "klingon"')
    const store = createSettingsStore(dir)
    expect(await store.get()).toEqual({ language: 'pt-BR' })
    await store.update({ language: 'en' })
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      data: { language: 'en' }
    })
    const [aside] = (await readdir(dir)).filter((n) => n.startsWith('settings.json.damaged-'))
    expect(await readFile(join(dir, aside ?? ''), 'utf8')).toBe('{"language": "klingon"')
  })
})

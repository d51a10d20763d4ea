import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createOpenedFiles, leadFilesInArgv } from '../../../electron/main/files/openedFiles'
import { menuTemplate } from '../../../electron/main/menu/appMenu'
import {
  DEFAULT_WINDOW_STATE,
  windowStateStore
} from '../../../electron/main/store/windowStateStore'
import { restoreBounds } from '../../../electron/main/window/windowBounds'

const PRIMARY = { x: 0, y: 0, width: 1920, height: 1040 }
const SECOND = { x: 1920, y: 0, width: 1280, height: 984 }
const MIN = { width: 960, height: 640 }

describe('the remembered window', () => {
  it('opens where it was when that is on a display', () => {
    const saved = { width: 1200, height: 800, x: 100, y: 50, maximized: false }
    expect(restoreBounds(saved, [PRIMARY, SECOND], PRIMARY, MIN)).toEqual({
      width: 1200,
      height: 800,
      x: 100,
      y: 50
    })
  })

  it('is pulled whole onto the display it overlaps most, no larger than its work area', () => {
    const saved = { width: 1600, height: 1200, x: 2600, y: -100, maximized: false }
    expect(restoreBounds(saved, [PRIMARY, SECOND], PRIMARY, MIN)).toEqual({
      width: 1280,
      height: 984,
      x: 1920,
      y: 0
    })
  })

  it('is centred on the primary display when its display is gone', () => {
    const saved = { width: 1200, height: 800, x: 2600, y: 100, maximized: false }
    expect(restoreBounds(saved, [PRIMARY], PRIMARY, MIN)).toEqual({
      width: 1200,
      height: 800,
      x: 360,
      y: 120
    })
  })

  it('lets the system place a window that never moved', () => {
    expect(restoreBounds(DEFAULT_WINDOW_STATE, [PRIMARY], PRIMARY, MIN)).toEqual({
      width: 1280,
      height: 820
    })
  })

  it('keeps each valid field of a damaged window.json and sets the file aside', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leadprep-window-'))
    try {
      const path = join(dir, 'window.json')
      await writeFile(
        path,
        JSON.stringify({ schemaVersion: 1, data: { width: 1400, height: 'tall', x: 10, y: 20 } })
      )
      const store = windowStateStore(dir)
      expect(await store.read()).toEqual({ ...DEFAULT_WINDOW_STATE, width: 1400, x: 10, y: 20 })
      expect((await readdir(dir)).some((n) => n.startsWith('window.json.damaged-'))).toBe(true)
      await store.write({ width: 1000, height: 700, x: 5, y: 6, maximized: true })
      expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
        schemaVersion: 1,
        data: { width: 1000, height: 700, x: 5, y: 6, maximized: true }
      })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('files opened from outside', () => {
  it('takes only lead files from a command line, relative to its folder', () => {
    const argv = [
      '/opt/LeadPrep/leadprep',
      '--no-sandbox',
      'a.csv',
      '/x/b.XLSX',
      'c.pdf',
      '/x/d.ods'
    ]
    expect(leadFilesInArgv(argv, '/home/ana')).toEqual(['/home/ana/a.csv', '/x/b.XLSX', '/x/d.ods'])
  })

  it('keeps the latest lead file, once', () => {
    const opened = createOpenedFiles()
    expect(opened.offer('/x/notes.pdf')).toBe(false)
    expect(opened.offer('relative.csv')).toBe(false)
    expect(opened.offer('/x/a.csv')).toBe(true)
    expect(opened.offer('/x/b.xls')).toBe(true)
    expect(opened.take()).toBe('/x/b.xls')
    expect(opened.take()).toBeNull()
  })
})

describe('the native menu template', () => {
  const template = (language: 'pt-BR' | 'en', platform: string, packaged = false) =>
    menuTemplate({
      language,
      platform,
      packaged,
      appName: 'LeadPrep',
      send: () => undefined,
      copyDiagnostics: () => undefined
    })

  it('has Arquivo, Editar, Exibir, Ajuda (and the app menu on macOS)', () => {
    expect(template('pt-BR', 'win32').map((m) => m.label)).toEqual([
      'Arquivo',
      'Editar',
      'Exibir',
      'Ajuda'
    ])
    expect(template('en', 'darwin').map((m) => m.label)).toEqual([
      'LeadPrep',
      'File',
      'Edit',
      'View',
      'Window',
      'Help'
    ])
  })
})

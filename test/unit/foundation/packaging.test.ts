import { describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import { existsSync, readFileSync } from 'node:fs'
import { LEAD_FILE_EXTENSIONS } from '../../../electron/main/files/chosenFile'

const require = createRequire(import.meta.url)
/** The glob matcher electron-builder itself applies to `files` and `asarUnpack`. */
const { minimatch } = createRequire(require.resolve('app-builder-lib/package.json'))(
  'minimatch'
) as { minimatch: (path: string, pattern: string, options?: { dot?: boolean }) => boolean }

const config = require('../../../electron-builder.config.cjs') as {
  appId: string
  productName: string
  icon: string
  electronFuses: Record<string, boolean>
  nsis: { perMachine: boolean; allowElevation: boolean }
  mac: { target: { target: string; arch: string[] }[] }
  linux: { target: string[] }
  win: { target: { target: string; arch: string[] }[] }
  files: string[]
  asar: boolean
  asarUnpack: string[]
  fileAssociations: {
    ext: string
    name: string
    description: string
    mimeType: string
    role: string
    rank: string
  }[]
}

/**
 * Whether electron-builder would ship `path` (relative to the app folder): what `files` names,
 * plus the production node_modules it adds itself, minus the `!` patterns (applied to both).
 */
function ships(path: string): boolean {
  let included = path.startsWith('node_modules/')
  for (const pattern of config.files) {
    if (pattern.startsWith('!')) {
      if (minimatch(path, pattern.slice(1), { dot: true })) included = false
    } else if (minimatch(path, pattern, { dot: true })) included = true
  }
  return included
}

describe('packaging', () => {
  it('flips the Electron fuses that close Node backdoors in the shipped app', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The renderer loads from app://, not file://: file:// keeps no extra privileges.
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('installs per user without admin on Windows, for both Mac chips, and as AppImage + deb', () => {
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false })
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }])
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.productName).toBe('LeadPrep')
    expect(existsSync(new URL(`../../../${config.icon}`, import.meta.url))).toBe(true)
  })

  it('is LeadPrep, br.com.leadprep.desktop, with NSIS x64 and a `dist` script', () => {
    expect(config.appId).toBe('br.com.leadprep.desktop')
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'))
    expect(pkg.scripts.dist).toMatch(
      /npm run build && electron-builder --config electron-builder\.config\.cjs/
    )
  })

  it('offers "Abrir com LeadPrep" for .csv, .xlsx, .xls and .ods, never taking them over', () => {
    expect(config.fileAssociations.map((a) => a.ext)).toEqual(['csv', 'xlsx', 'xls', 'ods'])
    for (const association of config.fileAssociations) {
      // Main must accept what the system hands it (files/openedFiles.ts → chosenFile.ts).
      expect(LEAD_FILE_EXTENSIONS.has(`.${association.ext}`)).toBe(true)
      expect(association.name).toBe(`LeadPrep.${association.ext}`)
      expect(association.mimeType).toMatch(/^(text|application)\//)
      expect(association).toMatchObject({ role: 'Viewer', rank: 'Alternate' })
    }
  })

  it('ships the built app only: no tests, fixtures or source maps', () => {
    for (const path of [
      'out/main/index.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc123.js',
      'package.json',
      'node_modules/keytar/build/Release/keytar.node',
      'node_modules/zod/index.js'
    ])
      expect(ships(path), path).toBe(true)
    for (const path of [
      'out/main/index.js.map',
      'out/renderer/assets/index-abc123.js.map',
      'out/cli/leadprep.cjs',
      'test/unit/foundation/packaging.test.ts',
      'test/fixtures/leads.csv',
      'node_modules/some-lib/test/index.js',
      'node_modules/some-lib/__tests__/a.js',
      'node_modules/some-lib/fixtures/big.xlsx',
      'node_modules/some-lib/src/index.ts',
      'node_modules/some-lib/dist/index.js.map',
      'electron/main/index.ts',
      'shared/ipc/contract.ts',
      'renderer/src/App.tsx'
    ])
      expect(ships(path), path).toBe(false)
  })

  it("unpacks keytar's native module from the asar archive", () => {
    expect(config.asar).toBe(true)
    const unpacked = (path: string) =>
      config.asarUnpack.some((p) => minimatch(path, p, { dot: true }))
    expect(unpacked('node_modules/keytar/build/Release/keytar.node')).toBe(true)
    expect(unpacked('node_modules/zod/index.js')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'

const config = createRequire(import.meta.url)('../../../electron-builder.config.cjs') as {
  appId: string
  productName: string
  icon: string
  electronFuses: Record<string, boolean>
  nsis: { perMachine: boolean; allowElevation: boolean }
  mac: { target: { target: string; arch: string[] }[] }
  linux: { target: string[] }
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
})

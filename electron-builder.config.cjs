/**
 * Packaging for Windows (NSIS, per-user, no admin), macOS (dmg, x64 + arm64) and Linux
 * (AppImage + deb). Electron fuses are flipped at packaging time (architecture.md).
 * @type {import('electron-builder').Configuration}
 */
module.exports = {
  appId: 'br.com.leadprep.desktop',
  productName: 'LeadPrep',
  copyright: 'Copyright © 2026 LeadPrep',
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'],
  extraResources: [{ from: 'resources/sample', to: 'sample', filter: ['**/*'] }],
  asar: true,
  asarUnpack: ['**/node_modules/keytar/**'],
  icon: 'resources/icon.png',
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    // Off: the renderer loads from app://leadprep (electron/main/window/appProtocol.ts), so
    // file:// needs no extra privileges, and under file:// CSP 'self' would admit any local file.
    grantFileProtocolExtraPrivileges: false
  },
  win: { target: [{ target: 'nsis', arch: ['x64'] }], icon: 'resources/icon.png' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    shortcutName: 'LeadPrep'
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.business',
    hardenedRuntime: true
  },
  dmg: { title: 'LeadPrep ${version}' },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'LeadPrep <suporte@leadprep.com.br>',
    synopsis: 'Limpa listas de leads e dispara campanhas'
  },
  deb: { depends: ['libsecret-1-0', 'gnome-keyring'] }
}

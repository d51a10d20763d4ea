/**
 * Packaging for Windows (NSIS, per-user, no admin), macOS (dmg, x64 + arm64) and Linux
 * (AppImage + deb). Electron fuses are flipped at packaging time (architecture.md).
 * `npm run dist` builds the current OS's installers (README, "Release");
 * test/unit/foundation/packaging.test.ts checks this file.
 */

/**
 * "Abrir com LeadPrep": the spreadsheet types Importar reads (electron/main/files/chosenFile.ts
 * accepts these and a few more). On macOS LeadPrep is an alternate handler, never the owner:
 * Excel or Numbers stay the default app for a double-click.
 */
const LEAD_FILE_TYPES = [
  { ext: 'csv', description: 'Lista de leads (CSV)', mimeType: 'text/csv' },
  {
    ext: 'xlsx',
    description: 'Planilha do Excel',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  },
  { ext: 'xls', description: 'Planilha do Excel 97-2003', mimeType: 'application/vnd.ms-excel' },
  {
    ext: 'ods',
    description: 'Planilha OpenDocument',
    mimeType: 'application/vnd.oasis.opendocument.spreadsheet'
  }
]

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'br.com.leadprep.desktop',
  productName: 'LeadPrep',
  copyright: 'Copyright © 2026 LeadPrep',
  directories: { output: 'dist', buildResources: 'resources' },
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'package.json',
    // Nothing of the tests, fixtures or source maps ships (in the app or in node_modules).
    '!**/*.map',
    '!**/{test,tests,__tests__,fixtures,__fixtures__}/**',
    '!**/*.{test,spec}.{js,cjs,mjs,ts}',
    '!**/*.{ts,tsx,mts,cts}',
    '!**/{tsconfig*.json,.eslintrc*,.prettierrc*}'
  ],
  extraResources: [{ from: 'resources/sample', to: 'sample', filter: ['**/*'] }],
  asar: true,
  // keytar's native module (keytar.node) cannot be loaded from inside the asar archive.
  asarUnpack: ['**/node_modules/keytar/**'],
  fileAssociations: LEAD_FILE_TYPES.map((type) => ({
    ext: type.ext,
    // The Windows file class (ProgID) and the macOS document type name.
    name: `LeadPrep.${type.ext}`,
    description: type.description,
    mimeType: type.mimeType,
    role: 'Viewer',
    rank: 'Alternate'
  })),
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
    hardenedRuntime: true,
    // Notarized when the release machine sets APPLE_API_KEY, APPLE_API_KEY_ID and
    // APPLE_API_ISSUER (README, "Release"); signed with the Developer ID in its keychain.
    notarize: true
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

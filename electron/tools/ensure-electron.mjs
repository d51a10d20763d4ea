#!/usr/bin/env node
/**
 * `prestart`, `predev`, `prepackage`: make sure Electron's binary is in node_modules/electron.
 *
 * Why: Electron 45's npm package has no install script (its binary downloads lazily on the first
 * `require('electron')`), while electron-vite reads node_modules/electron/path.txt directly and
 * stops with "Electron uninstall" when it is missing. So right after `npm install` the README's
 * `npm start` could not work. This runs Electron's own downloader (its `install.js`, the
 * `install-electron` bin) first, which honours the @electron/get settings: ELECTRON_MIRROR,
 * electron_use_remote_checksums, electron_config_cache, ELECTRON_GET_USE_PROXY, .npmrc's
 * electron_mirror. When the binary is already there it does nothing (no module loads, no output).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const projectPackageJson = new URL('../../package.json', import.meta.url)

/** The installed electron package's folder and version, or null when npm install never ran. */
function findElectronPackage() {
  try {
    const pkgJson = createRequire(projectPackageJson).resolve('electron/package.json')
    return { dir: dirname(pkgJson), version: JSON.parse(readFileSync(pkgJson, 'utf8')).version }
  } catch {
    return null
  }
}

/** The same test install.js makes: path.txt names an executable of this version in dist/. */
function isBinaryPresent({ dir, version }) {
  try {
    const executable = readFileSync(join(dir, 'path.txt'), 'utf8')
    const distVersion = readFileSync(join(dir, 'dist', 'version'), 'utf8').replace(/^v/, '')
    return executable !== '' && distVersion === version && existsSync(join(dir, 'dist', executable))
  } catch {
    return false
  }
}

const isSet = (name) => ['1', 'true'].includes((process.env[name] ?? '').toLowerCase())

/** The error lines of install.js's output, without stack frames or Node's own warnings. */
function reasonFrom(stderr) {
  const noise = /^\s+at |^\(node:\d+\) |^\(Use `node --trace-/
  const lines = stderr.split('\n').filter((line) => line.trim() && !noise.test(line))
  return lines.join('\n  ') || 'o download terminou sem dizer por quê'
}

function explainFailure(version, reason) {
  console.error(
    [
      '',
      'sem internet: o Electron não pôde ser baixado',
      `  Motivo: ${reason}`,
      '  O que fazer:',
      `  - conecte-se à internet e rode o comando de novo (o Electron ${version} é baixado uma vez só);`,
      '  - atrás de um proxy: ELECTRON_GET_USE_PROXY=1 com HTTPS_PROXY=http://proxy:porta;',
      '  - com um espelho: ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ (ou o da empresa);',
      `  - ou aponte ELECTRON_EXEC_PATH para um Electron ${version} já instalado.`,
      '(en) No internet: Electron could not be downloaded. Connect and run the command again.',
      ''
    ].join('\n')
  )
}

function main() {
  // electron-vite starts this executable instead of the package's; nothing to fetch then.
  if (process.env.ELECTRON_EXEC_PATH) return 0
  const electron = findElectronPackage()
  if (!electron) {
    console.error('O pacote electron não está instalado: rode `npm install` primeiro.')
    return 1
  }
  if (isBinaryPresent(electron)) return 0
  if (isSet('ELECTRON_SKIP_BINARY_DOWNLOAD')) {
    console.warn('ELECTRON_SKIP_BINARY_DOWNLOAD=1: o binário do Electron não foi baixado.')
    return 0
  }
  console.log(`Baixando o Electron ${electron.version} (só na primeira vez)…`)
  const install = spawnSync(process.execPath, [join(electron.dir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8'
  })
  if (install.status === 0 && isBinaryPresent(electron)) return 0
  explainFailure(electron.version, reasonFrom(install.stderr ?? String(install.error ?? '')))
  return 1
}

process.exitCode = main()

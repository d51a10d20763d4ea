/**
 * The README's `npm install && npm start`, run the way a new user would: in a fresh copy of the
 * checkout (no node_modules, no out/), against the npm registry (preferring the local cache),
 * with Electron's binary coming from a stand-in release on 127.0.0.1 through ELECTRON_MIRROR,
 * since the real release host is unreachable here. Proves that `npm start` fetches the binary
 * itself, builds the app and starts Electron on it, and that a failed download stops with the
 * pt-BR message instead of electron-vite's "Electron uninstall".
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../support/paths'
import { copyWorkingTree } from './freshClone'
import { runCommand, tail } from './runCommand'
import {
  buildStandInZip,
  releaseFileName,
  shasums,
  startMirror,
  type Mirror
} from './standInRelease'

const ROOT = repoRoot()
const HANG_GUARD_MS = 15 * 60_000
const ELECTRON_VERSION = pinnedElectronVersion()

/** The stand-in release must carry the exact version install.js asks the mirror for. */
function pinnedElectronVersion(): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string | undefined>
  }
  const version = manifest.devDependencies['electron'] ?? ''
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`electron is not pinned: "${version}"`)
  return version
}

/**
 * Only what a laptop's shell has, plus how this machine reaches the registry: none of npm's
 * project variables (npm_config_local_prefix would point npm at this checkout), vitest's, or CI's
 * ELECTRON_SKIP_BINARY_DOWNLOAD leak in.
 */
const LAPTOP_VARIABLES = [
  ...['HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LC_ALL', 'TMPDIR', 'TZ', 'CI'],
  ...['npm_config_cache', 'npm_config_registry', 'NPM_CONFIG_CACHE', 'NPM_CONFIG_REGISTRY'],
  ...['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'],
  'NODE_EXTRA_CA_CERTS'
]

function laptopEnv(electronGet: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const name of LAPTOP_VARIABLES) if (process.env[name]) env[name] = process.env[name]
  // `npm test` puts this checkout's node_modules/.bin first; the copy must use its own.
  env['PATH'] = (process.env['PATH'] ?? '')
    .split(delimiter)
    .filter((dir) => !dir.includes('node_modules'))
    .join(delimiter)
  return { ...env, ...electronGet }
}

describe.skipIf(process.platform === 'win32')('a fresh laptop: npm install && npm start', () => {
  let work: string
  let clone: string
  let record: string
  let mirror: Mirror
  const zipName = releaseFileName(ELECTRON_VERSION)
  const releasePath = `v${ELECTRON_VERSION}/${zipName}`
  const electronDir = () => join(clone, 'node_modules/electron')
  const npm = (args: string[], env: NodeJS.ProcessEnv) =>
    runCommand('npm', args, { cwd: clone, env, hangGuardMs: HANG_GUARD_MS })
  const fromMirror = (prefix: string, cache: string) =>
    laptopEnv({
      ELECTRON_MIRROR: `${mirror.url}${prefix}`,
      electron_use_remote_checksums: '1',
      electron_config_cache: cache
    })

  beforeAll(async () => {
    work = realpathSync(mkdtempSync(join(tmpdir(), 'leadprep-fresh-')))
    clone = join(work, 'clone')
    record = join(work, 'electron-started.txt')
    expect(copyWorkingTree(ROOT, clone)).toContain('package.json')
    const zip = buildStandInZip(ELECTRON_VERSION, record)
    mirror = await startMirror({
      [releasePath]: zip,
      [`v${ELECTRON_VERSION}/SHASUMS256.txt`]: new TextEncoder().encode(shasums({ [zipName]: zip }))
    })
  })

  afterAll(async () => {
    await mirror?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('npm install leaves Electron without its binary (what electron-vite alone trips on)', async () => {
    const install = await npm(
      ['install', '--prefer-offline', '--no-audit', '--no-fund'],
      laptopEnv()
    )
    expect(install.code, tail(install)).toBe(0)
    expect(existsSync(join(electronDir(), 'package.json'))).toBe(true)
    expect(existsSync(join(electronDir(), 'path.txt'))).toBe(false)
  })

  it('npm start downloads Electron from the mirror, builds and starts it on the app', async () => {
    const cache = join(work, 'electron-cache')
    const start = await npm(['start'], fromMirror('', cache))
    expect(start.code, tail(start)).toBe(0)
    const [cwd, ...args] = readFileSync(record, 'utf8').trimEnd().split('\n')
    expect(cwd).toBe(clone)
    expect(args).toEqual(['.']) // `.` is package.json's main:
    expect(JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).main).toBe(
      'out/main/index.js'
    )
    expect(existsSync(join(clone, 'out/main/index.js'))).toBe(true)
    expect(mirror.requests).toContainEqual({ path: releasePath, status: 200 })
    expect(mirror.requests).toContainEqual({
      path: `v${ELECTRON_VERSION}/SHASUMS256.txt`,
      status: 200
    })
    expect(readdirSync(cache)).not.toEqual([]) // @electron/get kept its cache in the temp folder
  })

  it('with the binary in place the pre-step does nothing and asks the mirror for nothing', async () => {
    const asked = mirror.requests.length
    const again = await runCommand('node', ['electron/tools/ensure-electron.mjs'], {
      cwd: clone,
      env: fromMirror('', join(work, 'unused-cache')),
      hangGuardMs: HANG_GUARD_MS
    })
    expect(again.code, tail(again)).toBe(0)
    expect(again.output).toBe('')
    expect(mirror.requests).toHaveLength(asked)
  })

  it('a release the mirror lacks stops npm start with the pt-BR message', async () => {
    rmSync(join(electronDir(), 'dist'), { recursive: true, force: true })
    rmSync(join(electronDir(), 'path.txt'), { force: true })
    rmSync(record, { force: true })
    const emptyCache = join(work, 'empty-cache')
    mkdirSync(emptyCache)
    const start = await npm(['start'], fromMirror('missing/', emptyCache))
    expect(start.code).not.toBe(0)
    expect(start.output).toContain('sem internet: o Electron não pôde ser baixado')
    expect(start.output).toMatch(/Motivo: .*404/)
    expect(start.output).not.toContain('Electron uninstall')
    expect(mirror.requests).toContainEqual({ path: `missing/${releasePath}`, status: 404 })
    expect(existsSync(record)).toBe(false) // Electron never started
  })
})

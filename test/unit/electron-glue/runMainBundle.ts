import { Module } from 'node:module'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { builtMainPath, repoRoot } from './builtBundles'
import { createFakeMainElectron, type FakeMainElectron, type FakeRect } from './fakeMainElectron'
import { createFakeKeytar, installKeytarStandIn, type FakeKeytar } from './keytarStandIn'

/** Node's CommonJS module, as far as loading one source text by hand needs it. */
interface CjsModule {
  filename: string
  paths: string[]
  require(id: string): unknown
  _compile(source: string, filename: string): unknown
}
const CjsModuleClass = Module as unknown as {
  new (id: string): CjsModule
  _nodeModulePaths(dir: string): string[]
}

export interface MainRunOptions {
  /** What `app.requestSingleInstanceLock()` answers (default: granted). */
  lockGranted?: boolean
  /** Whether to make the app ready after loading (default: yes). */
  ready?: boolean
  /** Environment seen by the bundle; the dev-server and packaging switches start unset. */
  env?: Record<string, string>
  /** What `app.isPackaged` says (default: false, as under `electron-vite dev`/`preview`). */
  packaged?: boolean
  /** Files in the user-data folder before the app starts (name → content). */
  userData?: Record<string, string>
  /** The displays' work areas (`screen`); default one 1920×1040. */
  displays?: FakeRect[]
  /** `process.argv` while the bundle loads and starts (a file given on the command line). */
  argv?: string[]
}

export interface MainRun extends FakeMainElectron {
  keytar: FakeKeytar
  /** `app.getPath('userData')`: the settings, the window state, the logs. */
  userDataDir: string
  dispose(): void
}

const bundleEnv = [
  'ELECTRON_RENDERER_URL',
  'LEADPREP_KINBOX_URL',
  'LEADPREP_INTEGRA_URL',
  'NODE_TLS_REJECT_UNAUTHORIZED'
]

/**
 * Loads a main bundle's source (the built out/main/index.js, or a mutated copy of it) as
 * out/main/index.js — same __dirname, same node_modules — with `electron` and `keytar`
 * replaced by recording stand-ins, then makes the app ready.
 */
export async function runMainBundle(
  source: string,
  options: MainRunOptions = {}
): Promise<MainRun> {
  const pathsRoot = mkdtempSync(join(tmpdir(), 'leadprep-glue-'))
  const fake = createFakeMainElectron({
    lockGranted: options.lockGranted ?? true,
    ...(options.packaged !== undefined && { packaged: options.packaged }),
    pathsRoot,
    appPath: repoRoot,
    ...(options.displays && { displays: options.displays })
  })
  const userData = join(pathsRoot, 'userData')
  mkdirSync(userData, { recursive: true })
  for (const [name, content] of Object.entries(options.userData ?? {}))
    writeFileSync(join(userData, name), content)
  const savedArgv = process.argv
  if (options.argv) process.argv = options.argv
  const keytar = createFakeKeytar()
  installKeytarStandIn(keytar)
  const touched = new Set([...bundleEnv, ...Object.keys(options.env ?? {})])
  const saved = [...touched].map((key) => [key, process.env[key]] as const)
  for (const key of bundleEnv) delete process.env[key]
  Object.assign(process.env, options.env)
  try {
    const bundle = new CjsModuleClass(builtMainPath)
    bundle.filename = builtMainPath
    bundle.paths = CjsModuleClass._nodeModulePaths(dirname(builtMainPath))
    const realRequire = bundle.require.bind(bundle)
    bundle.require = (id) =>
      id === 'electron' ? fake.electron : id === 'keytar' ? keytar : realRequire(id)
    try {
      bundle._compile(source, builtMainPath)
    } catch (error) {
      fake.record.startupErrors.push(error)
    }
    if (options.ready ?? true) await fake.fireReady()
  } finally {
    process.argv = savedArgv
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  return {
    ...fake,
    keytar,
    userDataDir: userData,
    dispose: () => rmSync(pathsRoot, { recursive: true, force: true })
  }
}

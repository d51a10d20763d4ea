#!/usr/bin/env node
/**
 * `npm test`: format, lint, typecheck, build, unit tests (vitest, real keyring), the fresh-laptop
 * test (`npm install && npm start` in a clean copy) and browser tests (Playwright + Chromium),
 * ending with one plain line `N passed, N failed, N skipped`.
 * On Linux without a session bus (CI, SSH) it first starts its own D-Bus session and a
 * throwaway gnome-keyring, so keytar talks to a real Secret Service.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0

function wrapInKeyringSession() {
  const dataHome = mkdtempSync(join(tmpdir(), 'leadprep-keyring-'))
  const script =
    'printf %s "leadprep-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"'
  const result = spawnSync(
    'dbus-run-session',
    ['--', 'sh', '-c', script, 'sh', process.execPath, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...process.env, XDG_DATA_HOME: dataHome, LEADPREP_KEYRING_SESSION: '1' }
    }
  )
  rmSync(dataHome, { recursive: true, force: true })
  process.exit(result.status ?? 1)
}

const needsSession =
  process.platform === 'linux' &&
  !process.env.LEADPREP_KEYRING_SESSION &&
  (!process.env.DBUS_SESSION_BUS_ADDRESS || process.env.CI)
if (needsSession) {
  if (has('dbus-run-session') && has('gnome-keyring-daemon')) wrapInKeyringSession()
  else
    console.warn('No dbus-run-session/gnome-keyring-daemon: keychain tests need a Secret Service.')
}

const results = { passed: 0, failed: 0, skipped: 0 }
const failedSteps = []
const resultsDir = mkdtempSync(join(tmpdir(), 'leadprep-results-'))

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`)
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env }
  })
  if (result.status !== 0) failedSteps.push(name)
  return result.status === 0
}

const npx = (args, env) => ['npx', args, env]
const checks = [
  ['format', ...npx(['prettier', '--check', '.'])],
  ['lint', ...npx(['eslint', '--max-warnings=0', '.'])],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build']]
]
for (const [name, command, args] of checks) step(name, command, args)

function vitestStep(name, config, jsonName) {
  const json = join(resultsDir, jsonName)
  step(name, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${json}`
  ])
  if (!existsSync(json)) return
  const v = JSON.parse(readFileSync(json, 'utf8'))
  results.passed += v.numPassedTests
  results.failed += v.numFailedTests
  results.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0)
}

vitestStep('unit tests (vitest)', 'test/unit/vitest.config.mts', 'vitest.json')
// The README's `npm install && npm start` in a fresh copy of the checkout (minutes: npm install).
vitestStep('fresh laptop (npm install && npm start)', 'test/fresh/vitest.config.mts', 'fresh.json')

const playwrightJson = join(resultsDir, 'playwright.json')
step(
  'browser tests (Playwright + Chromium)',
  'npx',
  ['playwright', 'test', '--config', 'test/e2e/playwright.config.ts'],
  {
    LEADPREP_PW_JSON: playwrightJson
  }
)
if (existsSync(playwrightJson)) {
  const s = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats
  results.passed += s.expected + s.flaky
  results.failed += s.unexpected
  results.skipped += s.skipped
}

// A failed check (lint, types, build) or a runner that crashed counts as a failure too.
const runnerFailures = failedSteps.length > 0 && results.failed === 0 ? failedSteps.length : 0
results.failed += runnerFailures
rmSync(resultsDir, { recursive: true, force: true })
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`)
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`)
process.exit(failedSteps.length || results.failed ? 1 : 0)

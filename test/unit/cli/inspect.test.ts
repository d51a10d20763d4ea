/**
 * `leadprep inspect --json` (cli.md) with cleaning: the three lead fixtures give exactly their
 * `.expected.json`, both through runCli in this process and through the built
 * out/cli/leadprep.cjs run by plain Node; exit codes and the error object.
 */
import { execFile, spawn } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/main'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/', import.meta.url))
const BUILT = join(ROOT, 'out/cli/leadprep.cjs')
const fixture = (path: string): string => join(FIXTURES, path)
const run = promisify(execFile)

interface Result {
  code: number
  json: Record<string, unknown>
  stderr: string
}

type Runner = (args: string[]) => Promise<Result>

const inProcess: Runner = async (args) => {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['inspect', ...args, '--json'], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text)
  })
  return { code, json: parseOne(stdout), stderr }
}

const spawned: Runner = async (args) => {
  try {
    const { stdout, stderr } = await run(process.execPath, [BUILT, 'inspect', ...args, '--json'], {
      maxBuffer: 64 << 20
    })
    return { code: 0, json: parseOne(stdout), stderr }
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string }
    if (typeof failed.code !== 'number') throw error
    return { code: failed.code, json: parseOne(failed.stdout ?? ''), stderr: failed.stderr ?? '' }
  }
}

/** `--json` prints exactly one JSON document (and a newline) on stdout. */
function parseOne(stdout: string): Record<string, unknown> {
  expect(stdout.endsWith('\n')).toBe(true)
  expect(stdout.trimEnd().includes('\n')).toBe(false)
  return JSON.parse(stdout) as Record<string, unknown>
}

/** Newest modification time of the sources the CLI bundle is built from. */
function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

async function ensureBuilt(): Promise<void> {
  const sources = Math.max(
    newestSource(join(ROOT, 'electron/cli')),
    newestSource(join(ROOT, 'shared'))
  )
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= sources) return
  await run(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'electron/cli/vite.config.ts'
    ],
    { cwd: ROOT, maxBuffer: 16 << 20 }
  )
}

interface ExpectedRow {
  row: number
  status: string
  phone: string | null
  reason?: string
  duplicateOf?: number
  name?: string
  firstName?: string
}

interface Expected {
  sheet?: string
  headerRow: number
  phoneColumn: string
  summary: Record<string, number>
  rows: ExpectedRow[]
}

const LEADS = ['crm-export-utf8.csv', 'excel-ptbr-cp1252.csv', 'planilha-vendas.xlsx']
const FIELDS = ['row', 'status', 'phone', 'reason', 'duplicateOf', 'name', 'firstName'] as const

/** The compared fields of a row, absent ones left out (so an extra field is a difference). */
function pick(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of FIELDS) if (row[field] !== undefined) out[field] = row[field]
  return out
}

function checkAgainstExpected(file: string, json: Record<string, unknown>): void {
  const expected = JSON.parse(
    readFileSync(fixture(`leads/${file}.expected.json`), 'utf8')
  ) as Expected
  expect(json.file).toBe(file)
  if (expected.sheet !== undefined) expect(json.sheet).toBe(expected.sheet)
  expect(json.headerRow).toBe(expected.headerRow)
  expect(json.phoneColumn).toBe(expected.phoneColumn)
  expect(json.summary).toEqual(expected.summary)
  const rows = json.rows as Record<string, unknown>[]
  expect(rows.length).toBe(expected.rows.length)
  expect(rows.map(pick)).toEqual(expected.rows.map((row) => pick({ ...row })))
  // cli.md's shape: ok rows carry notes and warnings arrays.
  for (const row of rows) {
    if (row.status === 'ok') {
      expect(Array.isArray(row.notes) && Array.isArray(row.warnings)).toBe(true)
    }
  }
}

/** The same checks through both ways of running the command. */
function contract(label: string, inspect: Runner): void {
  describe(`leadprep inspect --json (${label})`, () => {
    it.each(LEADS)('%s equals its .expected.json', async (file) => {
      const { code, json } = await inspect([fixture(`leads/${file}`)])
      expect(code).toBe(0)
      checkAgainstExpected(file, json)
    })

    it('exits 2 with {"error":{code,message}} for an unreadable file', async () => {
      const { code, json, stderr } = await inspect([fixture('leads/broken/garbage.xlsx')])
      expect(code).toBe(2)
      expect(json).toEqual({ error: { code: 'not_a_spreadsheet', message: expect.any(String) } })
      const { message } = json.error as { message: string }
      expect(message.length).toBeGreaterThan(10)
      expect(stderr).toContain(message)
    })

    it('exits 2 (password_required) for a password-protected workbook', async () => {
      const { code, json } = await inspect([fixture('leads/broken/password-protected.xlsx')])
      expect(code).toBe(2)
      expect(json).toMatchObject({ error: { code: 'password_required' } })
    })

    it('exits 1 for a bad option, before reading the file', async () => {
      for (const args of [
        ['--provider', 'zap'],
        ['--default-ddd', '1'],
        ['--country', 'XX'],
        ['--bogus']
      ]) {
        const { code, json } = await inspect([fixture('leads/broken/garbage.xlsx'), ...args])
        expect([args.join(' '), code]).toEqual([args.join(' '), 1])
        expect(json).toEqual({
          error: { code: 'invalid_arguments', message: expect.any(String) }
        })
      }
    })

    it('exits 1 with column_not_found for an unknown column', async () => {
      const { code, json } = await inspect([
        fixture('leads/crm-export-utf8.csv'),
        '--phone-column',
        'Celular'
      ])
      expect(code).toBe(1)
      expect(json).toEqual({ error: { code: 'column_not_found', message: expect.any(String) } })
    })
  })
}

contract('runCli', inProcess)

describe('built out/cli/leadprep.cjs', () => {
  beforeAll(ensureBuilt, 120_000)
  contract('spawned node out/cli/leadprep.cjs', spawned)

  it('loads `schedule` from its own file (out/cli/schedule.cjs) only when run', async () => {
    const { stdout } = await run(process.execPath, [
      BUILT,
      'schedule',
      '--leads',
      '1000',
      '--chunk-size',
      '100',
      '--seconds-between-messages',
      '10',
      '--seconds-between-chunks',
      '600',
      '--start',
      '2026-12-01T09:00:00-03:00',
      '--json'
    ])
    expect(JSON.parse(stdout)).toMatchObject({ chunksCount: 10 })
    expect(readFileSync(BUILT, 'utf8')).not.toContain('node_modules/date-holidays')
  })

  it('a reader that stops early (`| head`) ends the run quietly, no EPIPE crash', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'leadprep-pipe-')), 'leads.csv')
    const rows = Array.from({ length: 20_000 }, (_, i) => `Lead ${i},${11_900_000_000 + i}`)
    writeFileSync(file, `nome,telefone\n${rows.join('\n')}\n`)
    const child = spawn(process.execPath, [BUILT, 'inspect', file, '--json'])
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })
})

describe('leadprep inspect cleaning options', () => {
  const csv = fixture('leads/crm-export-utf8.csv')
  const rowsOf = (json: Record<string, unknown>) => json.rows as Record<string, unknown>[]

  it('--default-ddd gives numbers without a DDD that area code', async () => {
    const plain = rowsOf((await inspectIn([csv])).json)
    const withDdd = rowsOf((await inspectIn([csv, '--default-ddd', '11'])).json)
    const missing = plain.filter((row) => row.reason === 'missing_area_code')
    expect(missing.length).toBeGreaterThan(0)
    for (const row of missing) {
      const after = withDdd.find((other) => other.row === row.row)
      expect(after?.reason).not.toBe('missing_area_code')
      if (after?.phone !== null) expect(String(after?.phone)).toMatch(/^\+5511/)
    }
  })

  it('--provider kinbox flags landlines; integra does not', async () => {
    const kinbox = rowsOf((await inspectIn([csv, '--provider', 'kinbox'])).json)
    const integra = rowsOf((await inspectIn([csv, '--provider', 'integra'])).json)
    const landlines = kinbox.filter((row) =>
      (row.warnings as string[] | undefined)?.includes('landline')
    )
    expect(landlines.length).toBeGreaterThan(0)
    expect(
      integra.some((row) => (row.warnings as string[] | undefined)?.includes('landline'))
    ).toBe(false)
  })

  it('--ddd-column and --phone-column join a split phone; --name-column picks the name', async () => {
    const { code, json } = await inspectIn([
      fixture('real/03_minha-receita_estabelecimento.csv'),
      '--phone-column',
      'telefone2',
      '--ddd-column',
      'ddd2',
      '--name-column',
      'nome_fantasia'
    ])
    expect(code).toBe(0)
    expect(json).toMatchObject({
      phoneColumn: 'telefone2',
      dddColumn: 'ddd2',
      nameColumn: 'nome_fantasia'
    })
    const summary = json.summary as {
      total: number
      ok: number
      invalid: number
      duplicate: number
    }
    expect(summary.total).toBe(rowsOf(json).length)
    expect(summary.ok + summary.invalid + summary.duplicate).toBe(summary.total)
  })

  it('--country US reads numbers without + as US numbers', async () => {
    const { code, json } = await inspectIn([csv, '--country', 'us'])
    expect(code).toBe(0)
    const phones = rowsOf(json)
      .map((row) => row.phone)
      .filter((phone): phone is string => typeof phone === 'string')
    expect(phones.some((phone) => phone.startsWith('+55'))).toBe(true) // written with +55
    expect((json.summary as Record<string, number>).ok).toBeLessThan(392)
  })
})

function inspectIn(args: string[]): Promise<Result> {
  return inProcess(args)
}

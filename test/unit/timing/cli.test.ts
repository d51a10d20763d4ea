import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/main'
import { EXAMPLE_2_HOURS, EXAMPLE_3_HOURS } from './helpers'

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function cli(...args: string[]): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['schedule', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t)
  })
  return { code, stdout, stderr }
}

const args = (n: number, size: number, msg: number, gap: number, start: string): string[] => [
  '--leads',
  String(n),
  '--chunk-size',
  String(size),
  '--seconds-between-messages',
  String(msg),
  '--seconds-between-chunks',
  String(gap),
  '--start',
  start
]

interface ScheduleJson {
  chunksCount: number
  finishedAtPrediction: string | null
  chunks: { chunk: number; size: number; firstAt: string; lastAt: string }[]
}

async function json(...list: string[]): Promise<ScheduleJson> {
  const run = await cli(...list, '--json')
  expect(run.code, run.stderr).toBe(0)
  const lines = run.stdout.trim().split('\n')
  expect(lines).toHaveLength(1)
  return JSON.parse(lines[0] ?? '') as ScheduleJson
}

describe('leadprep schedule --json: the worked examples', () => {
  it('example 1 prints exactly the chunks and finish of timing.md', async () => {
    const out = await json(...args(250, 100, 10, 600, '2026-12-01T09:00:00-03:00'))
    expect(out).toEqual({
      chunksCount: 3,
      finishedAtPrediction: '2026-12-01T10:01:10-03:00',
      chunks: [
        {
          chunk: 1,
          size: 100,
          firstAt: '2026-12-01T09:00:00-03:00',
          lastAt: '2026-12-01T09:16:30-03:00'
        },
        {
          chunk: 2,
          size: 100,
          firstAt: '2026-12-01T09:26:30-03:00',
          lastAt: '2026-12-01T09:43:00-03:00'
        },
        {
          chunk: 3,
          size: 50,
          firstAt: '2026-12-01T09:53:00-03:00',
          lastAt: '2026-12-01T10:01:10-03:00'
        }
      ]
    })
  })

  it('example 2 with hours from a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leadprep-schedule-'))
    const file = join(dir, 'hours.json')
    await writeFile(file, JSON.stringify({ id: '65f0', _id: '65f0', ...EXAMPLE_2_HOURS }))
    const out = await json(
      ...args(10_000, 500, 15, 1800, '2026-12-04T16:00:00-03:00'),
      '--hours',
      file
    )
    expect(out.chunksCount).toBe(20)
    expect(out.finishedAtPrediction).toBe('2026-12-14T13:05:00-03:00')
    expect(out.chunks).toHaveLength(20)
    expect(out.chunks[0]).toEqual({
      chunk: 1,
      size: 500,
      firstAt: '2026-12-04T16:00:00-03:00',
      lastAt: '2026-12-07T09:04:45-03:00'
    })
    expect(out.chunks[1]?.firstAt).toBe('2026-12-07T09:34:45-03:00')
  })

  it('example 3 with inline hours and --tz', async () => {
    const out = await json(
      ...args(1200, 200, 30, 900, '2026-12-05T07:00:00-03:00'),
      '--hours-json',
      JSON.stringify(EXAMPLE_3_HOURS),
      '--tz',
      'America/Sao_Paulo'
    )
    expect(out.chunksCount).toBe(6)
    expect(out.finishedAtPrediction).toBe('2026-12-07T16:42:00-03:00')
    const c = out.chunks
    expect([c[0]?.firstAt, c[2]?.firstAt, c[2]?.lastAt, c[4]?.firstAt, c[4]?.lastAt]).toEqual([
      '2026-12-05T09:00:00-03:00',
      '2026-12-05T12:49:00-03:00',
      '2026-12-07T09:28:30-03:00',
      '2026-12-07T11:38:00-03:00',
      '2026-12-07T14:47:30-03:00'
    ])
  })
})

describe('leadprep schedule: offsets', () => {
  it('keeps the offset written in --start when no hours are given', async () => {
    const out = await json(...args(2, 1, 0, 60, '2026-12-01T09:00:00+05:30'))
    expect(out.chunks.map((c) => c.firstAt)).toEqual([
      '2026-12-01T09:00:00+05:30',
      '2026-12-01T09:01:00+05:30'
    ])
  })

  it('prints times with the offset --tz has at each instant', async () => {
    // 2026-11-01 02:00 EDT → 01:00 EST: the second message is 4 h later in absolute time.
    const out = await json(
      ...args(2, 1, 0, 4 * 3600, '2026-10-31T23:00:00-04:00'),
      '--tz',
      'America/New_York'
    )
    expect(out.chunks.map((c) => c.firstAt)).toEqual([
      '2026-10-31T23:00:00-04:00',
      '2026-11-01T02:00:00-05:00'
    ])
  })

  it('prints n = 0 as no chunks and no finish', async () => {
    expect(await json(...args(0, 100, 10, 600, '2026-12-01T09:00:00-03:00'))).toEqual({
      chunksCount: 0,
      finishedAtPrediction: null,
      chunks: []
    })
  })
})

describe('leadprep schedule: refusals', () => {
  const errorOf = (run: Run) => (JSON.parse(run.stdout) as { error: { code: string } }).error.code

  it('refuses hours with no open window (exit 1, no_open_hours)', async () => {
    const closed = JSON.stringify({ mon: { active: false, hours: [['09:00', '18:00']] } })
    const run = await cli(
      ...args(10, 5, 1, 1, '2026-12-01T09:00:00-03:00'),
      '--hours-json',
      closed,
      '--json'
    )
    expect(run.code).toBe(1)
    expect(errorOf(run)).toBe('no_open_hours')
    expect(run.stderr).toContain('no_open_hours')
  })

  it.each([
    [
      'a missing --start',
      [
        '--leads',
        '1',
        '--chunk-size',
        '1',
        '--seconds-between-messages',
        '1',
        '--seconds-between-chunks',
        '1'
      ]
    ],
    ['a chunk size of 0', args(10, 0, 1, 1, '2026-12-01T09:00:00-03:00')],
    ['a fractional lead count', args(1.5, 1, 1, 1, '2026-12-01T09:00:00-03:00')],
    ['an unparseable start', args(1, 1, 1, 1, '1 de dezembro')],
    ['an unknown zone', [...args(1, 1, 1, 1, '2026-12-01T09:00:00-03:00'), '--tz', 'Mars/Olympus']],
    [
      'malformed hours',
      [
        ...args(1, 1, 1, 1, '2026-12-01T09:00:00-03:00'),
        '--hours-json',
        '{"mon":{"active":true,"hours":[["9h","18h"]]}}'
      ]
    ],
    ['an unknown option', [...args(1, 1, 1, 1, '2026-12-01T09:00:00-03:00'), '--speed', 'fast']]
  ])('refuses %s (exit 1, invalid_arguments)', async (_label, list) => {
    const run = await cli(...list, '--json')
    expect(run.code).toBe(1)
    expect(errorOf(run)).toBe('invalid_arguments')
  })

  it('exits 2 when the hours file cannot be read', async () => {
    const run = await cli(
      ...args(1, 1, 1, 1, '2026-12-01T09:00:00-03:00'),
      '--hours',
      '/nonexistent/hours.json',
      '--json'
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('/nonexistent/hours.json')
  })
})

describe('leadprep schedule: human output', () => {
  it('shows the summary and every chunk in pt-BR', async () => {
    const run = await cli(...args(250, 100, 10, 600, '2026-12-01T09:00:00-03:00'))
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Término previsto: 01/12/2026 10:01 (2026-12-01T10:01:10-03:00)')
    expect(run.stdout).toMatch(/ 3 +50 +01\/12\/2026 09:53:00 +01\/12\/2026 10:01:10/)
  })
})

describe('the real command line', () => {
  it('runs from source through tsx and prints one JSON document', async () => {
    const run = promisify(execFile)
    const { stdout } = await run(
      'npx',
      [
        'tsx',
        'electron/cli/leadprep.ts',
        'schedule',
        ...args(250, 100, 10, 600, '2026-12-01T09:00:00-03:00'),
        '--json'
      ],
      { cwd: join(import.meta.dirname, '../../..') }
    )
    expect(JSON.parse(stdout)).toMatchObject({
      chunksCount: 3,
      finishedAtPrediction: '2026-12-01T10:01:10-03:00'
    })
  })
})

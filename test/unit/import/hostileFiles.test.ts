/**
 * Hostile and huge inputs (issue 14): each is refused or read in bounded time and memory,
 * with its own pt-BR message, and never crashes the reader. Memory bounds are loose on purpose
 * (5–10× what was measured on a 2-core machine) and catch the gigabytes of before. Time is not
 * asserted (a busy CI machine is not a slow reader; speed lives in `npm run bench`): each
 * test's deadline (30 s) catches the minutes of before. The figures beside each are what was
 * measured; LEADPREP_MEASURE=1 prints them.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8 } from 'fflate'
import { MAX_FILE_BYTES, readLeadFile } from '../../../shared/import/readLeadFile'
import { hugeMessyCsv } from '../../perf/bigInputs'
import { BUILT_CLI, ensureBuiltCli } from './hostile/builtCli'
import { isImportError, type ImportError } from '../../../shared/import/errors'
import {
  ods,
  odsBomb,
  smallOds,
  xlsx,
  inline,
  xlsxBomb,
  xlsxOfEmptyRows,
  xlsxWithoutRowNumbers
} from './hostile/generate'

const MB = 1024 * 1024

interface Measured<T> {
  result: T | null
  error: ImportError | null
  ms: number
  /** Growth of the process's resident memory while the call ran (a peak, roughly). */
  rssMb: number
}

function measure<T>(read: () => T): Measured<T> {
  const rss = process.memoryUsage.rss()
  const start = performance.now()
  let result: T | null = null
  let error: ImportError | null = null
  try {
    result = read()
  } catch (caught) {
    if (!isImportError(caught)) throw caught
    error = caught
  }
  const ms = performance.now() - start
  const rssMb = (process.memoryUsage.rss() - rss) / MB
  if (process.env.LEADPREP_MEASURE)
    console.log(
      `${expect.getState().currentTestName}: ${ms.toFixed(0)} ms, +${rssMb.toFixed(0)} MB`
    )
  return { result, error, ms, rssMb }
}

const text = (s: string): Uint8Array => strToU8(s)

describe('hostile workbooks are refused before they are expanded', () => {
  it('an .ods repeating one row ×1,048,576 and its cell ×16,384 is refused, not expanded', () => {
    const bytes = odsBomb(1_048_575, 16_384)
    expect(bytes.length).toBeLessThan(4096)
    const run = measure(() => readLeadFile(bytes, 'bomba.ods'))
    expect(run.error?.code).toBe('too_many_cells')
    expect(run.error?.message).toMatch(/grande demais/)
    // Measured 3–11 ms.
    expect(run.rssMb).toBeLessThan(100) // measured +0 MB (it used to exhaust V8's heap)
  })

  it('an .ods whose repeats pass the sheet limits is refused past them', () => {
    expect(measure(() => readLeadFile(odsBomb(2_000_000, 1), 'linhas.ods')).error?.code).toBe(
      'too_many_rows'
    )
    expect(measure(() => readLeadFile(odsBomb(10, 20_000), 'colunas.ods')).error?.code).toBe(
      'too_many_columns'
    )
  })

  it('a valid .ods with LibreOffice’s trailing empty repeated rows still reads', () => {
    const table = readLeadFile(smallOds(), 'leads.ods')
    expect(table.dataRows.length).toBe(2)
    expect(table.columns).toEqual(['Nome', 'Telefone'])
  })

  it('a malformed .ods content.xml is "danificado", not "vazio"', () => {
    const bytes = ods(
      '',
      '<?xml version="1.0"?><office:document-content><office:body><office:spreadsheet><table:table table:name="A"><table:table-row><table:table-cell'
    )
    const run = measure(() => readLeadFile(bytes, 'quebrado.ods'))
    expect(run.error?.code).toBe('damaged_file')
    expect(run.error?.message).toContain('danificado')
  })

  it('an xlsx zip bomb (2.2 GB declared) is refused without inflating it', () => {
    const bytes = xlsxBomb(2_200_000_000)
    const run = measure(() => readLeadFile(bytes, 'bomba.xlsx'))
    expect(run.error?.code).toBe('unpacked_too_large')
    expect(run.error?.message).toMatch(/grande demais depois de descompactado/)
    // Measured 1–3 ms.
    expect(run.rssMb).toBeLessThan(100) // measured +0 MB (it used to take 2.2 GB)
  })

  it('an xlsx zip bomb lying about its size stops inflating past what it declared', () => {
    const bytes = xlsxBomb(300 * MB, 1 * MB)
    const run = measure(() => readLeadFile(bytes, 'bomba.xlsx'))
    expect(run.error?.code).toBe('unpacked_too_large')
    // Measured 72–455 ms on a loaded machine.
    expect(run.rssMb).toBeLessThan(250) // measured +12–37 MB
  })

  it('an xlsx past 1,048,576 rows (Excel’s limit) is refused', () => {
    const bytes = xlsx(
      `<row r="1">${inline('Telefone')}</row><row r="1048577"><c><v>11987654321</v></c></row>`
    )
    const run = measure(() => readLeadFile(bytes, 'linhas.xlsx'))
    expect(run.error?.code).toBe('too_many_rows')
    expect(run.error?.message).toContain('1048576 linhas')
  })

  it('an xlsx cell past column 16,384 is refused, not padded', () => {
    const bytes = xlsx(`<row r="1"><c r="ZZZZ1" t="inlineStr"><is><t>x</t></is></c></row>`)
    expect(measure(() => readLeadFile(bytes, 'colunas.xlsx')).error?.code).toBe('too_many_columns')
  })
})

describe('big sheets read in linear time', () => {
  it('100,000 rows without the optional r attribute read in linear time', () => {
    const bytes = xlsxWithoutRowNumbers(100_000)
    const run = measure(() => readLeadFile(bytes, 'sem-r.xlsx'))
    expect(run.result?.dataRows.length).toBe(100_000)
    expect(run.result?.grid.rowNumber(run.result.dataRows[99_999] ?? 0)).toBe(100_001)
    // Measured 0.8 s at load 7, 2.0–2.8 s at load 15 (120 s before).
  })

  it('3.86 M rows without r are refused by counting <row> tags, before any row is built', () => {
    const bytes = xlsx(
      `<row>${inline('Telefone')}</row>` + '<row><c><v>11987654321</v></c></row>'.repeat(3_860_000)
    )
    const run = measure(() => readLeadFile(bytes, 'linhas.xlsx'))
    expect(run.error?.code).toBe('too_many_rows')
    // Measured 3.5–3.6 s at load 9, most of it inflating (10.8 s before).
    expect(run.rssMb).toBeLessThan(1_000) // measured +4–55 MB: the inflated XML, no rows (775 MB before)
  })

  it('1,048,576 empty <row/> read without a row built for each', () => {
    const bytes = xlsxOfEmptyRows()
    expect(bytes.length).toBeLessThan(64 * 1024)
    const run = measure(() => readLeadFile(bytes, 'vazias.xlsx'))
    expect(run.result?.dataRows.length).toBe(1)
    // Measured 0.14 s at load 7, 0.45–0.7 s at load 15 (122 s before).
  })

  it('a sheet with no rows at all names the sheet: "a aba está vazia"', () => {
    const run = measure(() => readLeadFile(xlsx('', 'Contatos'), 'vazia.xlsx'))
    expect(run.error?.code).toBe('empty_sheet')
    expect(run.error?.message).toBe('A aba "Contatos" está vazia: não há nada para importar.')
  })
})

describe('hostile text files', () => {
  it('a CSV line of 26 million columns is refused past 16,384 columns', () => {
    const bytes = new Uint8Array(26_000_000).fill(0x2c)
    const run = measure(() => readLeadFile(bytes, 'colunas.csv'))
    expect(run.error?.code).toBe('too_many_columns')
    expect(run.error?.message).toContain('16384 colunas')
    // Measured 0.08–0.5 s (2 min before).
    expect(run.rssMb).toBeLessThan(300) // measured < +1 MB (1.4 GB before)
  })

  it('NUL bytes in a CSV (even one trailing) are dropped with a notice', () => {
    const table = readLeadFile(
      text('nome,telefone\nMaria,1198765\u00004321\nJosé,21998765432\n\u0000'),
      'nul.csv'
    )
    expect(table.dataRows.length).toBe(2)
    expect(table.grid.cell(table.dataRows[0] ?? 0, 1)).toBe('11987654321')
    expect(table.notices).toContainEqual({ code: 'nul_bytes_dropped', params: { count: 2 } })
  })

  it.each([
    ['utf-16le', false],
    ['utf-16be', true]
  ])('UTF-16 without a BOM (%s) is told by its NUL pattern and read', (encoding, bigEndian) => {
    const source = 'Nome;Telefone\r\nJoão;11987654321\r\nMaria;21998765432\r\n'
    const bytes = new Uint8Array(source.length * 2)
    for (let i = 0; i < source.length; i++) {
      const code = source.charCodeAt(i)
      bytes[2 * i + (bigEndian ? 1 : 0)] = code & 0xff
      bytes[2 * i + (bigEndian ? 0 : 1)] = code >> 8
    }
    const table = readLeadFile(bytes, 'unicode.txt')
    expect(table.encoding).toBe(encoding)
    expect(table.grid.row(table.dataRows[0] ?? 0)).toEqual(['João', '11987654321'])
  })

  it('an HTML "xls" drops <script> and <style> contents from its cells', () => {
    const html =
      '<html><body><table><tr><th>Nome</th><th>Telefone</th></tr>' +
      '<tr><td>Maria<script>alert(2)</script></td><td><style>td{color:red}</style>11987654321</td></tr></table></body></html>'
    const table = readLeadFile(text(html), 'leads.xls')
    expect(table.grid.row(table.dataRows[0] ?? 0)).toEqual(['Maria', '11987654321'])
  })
})

describe('the biggest CSV allowed, inspected by the built CLI into a slow pipe', () => {
  beforeAll(ensureBuiltCli, 120_000)

  /**
   * Runs `leadprep inspect FILE --json` with stdout piped to a reader that takes its time, and
   * returns the child's own peak RSS (process.resourceUsage().maxRSS, written on exit by a
   * --require preload) and the JSON's size and shape.
   */
  async function inspectIntoSlowPipe(file: string) {
    const dir = mkdtempSync(join(tmpdir(), 'leadprep-peak-'))
    const preload = join(dir, 'peak.cjs')
    const report = join(dir, 'peak.txt')
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)))`
    )
    try {
      const child = spawn(
        process.execPath,
        ['--require', preload, BUILT_CLI, 'inspect', file, '--json'],
        { stdio: ['ignore', 'pipe', 'pipe'] }
      )
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      let bytes = 0
      let head = ''
      let tail = ''
      child.stdout.on('data', (chunk: Buffer) => {
        if (head.length < 4096) head += chunk.toString('utf8', 0, Math.min(chunk.length, 4096))
        tail = (tail + chunk.toString('latin1')).slice(-64)
        bytes += chunk.length
        // A slow reader: the pipe fills and the CLI must wait for it, not queue the JSON.
        child.stdout.pause()
        setTimeout(() => child.stdout.resume(), 1)
      })
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
      return {
        code,
        stderr,
        bytes,
        head,
        tail,
        peakMb: Number(readFileSync(report, 'utf8')) / 1024
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  it('a 200 MB Windows-1252 CSV (~1.5 M messy rows) peaks well under 1.5 GB, the JSON complete', async () => {
    const file = hugeMessyCsv(MAX_FILE_BYTES)
    const start = performance.now()
    const run = await inspectIntoSlowPipe(file)
    const ms = performance.now() - start
    if (process.env.LEADPREP_MEASURE)
      console.log(
        `200 MB CSV into a slow pipe: ${ms.toFixed(0)} ms, peak ${run.peakMb.toFixed(0)} MB`
      )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.head).toMatch(
      /^\{"file":"leadprep-perf-[^"]+","format":"csv","encoding":"windows-1252","delimiter":";"/
    )
    expect(run.tail).toMatch(/\}\]\}\n$/)
    expect(run.bytes).toBeGreaterThan(100 * MB)
    // The bound is issue 14's (1.5 GB whatever stdout is); measured 1.46 GiB before, see the note.
    expect(run.peakMb).toBeLessThan(1_400)
  }, 600_000)
})

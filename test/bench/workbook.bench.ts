/**
 * xlsx reading, 100k rows × 10 columns: our scanner (readWorkbook) against SheetJS dense-mode
 * parsing alone, in the same process. The workbook is generated here (os.tmpdir()), not in git.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { read, utils, write } from '@e965/xlsx'
import type { CellObject } from '@e965/xlsx'
import { readWorkbook } from '../../shared/import/workbook/index'
import { medianMs } from './types'
import type { BenchFigure, BenchSuite } from './types'

const ROWS = 100_000
const FILE = join(tmpdir(), `leadprep-bench-${ROWS}x10.xlsx`)
const NAMES = ['Ana Silva', 'JOSÉ SOUZA', 'Márcia Costa', 'Paulo de Lima', 'Letícia Gonçalves']
const CITIES = ['São Paulo', 'Goiânia', 'Belo Horizonte', 'Recife', 'Porto Alegre']

function row(i: number): CellObject[] {
  const s = (v: string): CellObject => ({ t: 's', v })
  return [
    s(`${NAMES[i % 5]} ${i}`),
    { t: 'n', v: 5511900000000 + i * 7 },
    s(`lead${i}@exemplo.com.br`),
    s(`Empresa ${i % 997} Ltda`),
    s(CITIES[i % 5] ?? ''),
    s(['SP', 'GO', 'MG', 'PE', 'RS'][i % 5] ?? ''),
    { t: 'n', v: 45000 + (i % 900), z: 'dd/mm/yyyy' },
    { t: 'n', v: (i * 37.31) % 50000, z: '#,##0.00' },
    { t: 'n', v: i % 90000, z: '00000' },
    s(i % 3 ? 'Instagram' : 'Site')
  ]
}

function generate(): void {
  if (existsSync(FILE)) return
  const header: CellObject[] = [
    'Nome',
    'Telefone',
    'E-mail',
    'Empresa',
    'Cidade',
    'UF',
    'Data',
    'Valor',
    'CEP',
    'Origem'
  ].map((v) => ({ t: 's', v }))
  const rows = [header]
  for (let i = 0; i < ROWS; i++) rows.push(row(i))
  const book = utils.book_new()
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Leads')
  writeFileSync(
    FILE,
    write(book, {
      type: 'buffer',
      bookType: 'xlsx',
      bookSST: true,
      compression: true
    }) as Uint8Array
  )
}

/**
 * Peak RSS of a fresh process that only reads the file one way: measured apart, so neither
 * parser's heap inflates the other's figure (process.resourceUsage().maxRSS is the true peak).
 */
function peakRssMiB(reader: 'ours' | 'sheetjs'): number {
  const index = pathToFileURL(
    fileURLToPath(new URL('../../shared/import/workbook/index.ts', import.meta.url))
  ).href
  const code = `
    const { readFileSync } = await import('node:fs')
    const bytes = new Uint8Array(readFileSync(${JSON.stringify(FILE)}))
    if (${JSON.stringify(reader)} === 'ours') {
      const mod = await import(${JSON.stringify(index)})
      ;(mod.readWorkbook ?? mod.default.readWorkbook)(bytes, 'xlsx', {})
    } else {
      const { read } = await import('@e965/xlsx')
      read(bytes, { type: 'array', dense: true })
    }
    process.stdout.write(String(process.resourceUsage().maxRSS))`
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code],
    {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8'
    }
  )
  return Number(out.trim()) / 1024
}

const suite: BenchSuite = {
  name: 'workbook (xlsx 100k × 10)',
  async run(log) {
    generate()
    const bytes = new Uint8Array(readFileSync(FILE))
    log(`${FILE}: ${(bytes.length / 2 ** 20).toFixed(1)} MiB`)
    const ours = () => {
      const book = readWorkbook(bytes, 'xlsx', { onProgress: () => {} })
      return book.readSheet('Leads').grid.length
    }
    const sheetjs = () => read(bytes, { type: 'array', dense: true })
    log(`rows read: ${ours()}`)
    const oursMs = await medianMs(ours)
    const sheetjsMs = await medianMs(sheetjs)
    const oursPeak = peakRssMiB('ours')
    const sheetjsPeak = peakRssMiB('sheetjs')
    const figures: BenchFigure[] = [
      {
        label: 'readWorkbook xlsx',
        unit: 'ms',
        ours: oursMs,
        baselineLabel: 'SheetJS dense',
        baseline: sheetjsMs,
        goal: 0.6
      },
      {
        label: 'readWorkbook xlsx peak RSS (own process)',
        unit: 'MiB',
        ours: oursPeak,
        baselineLabel: 'SheetJS dense',
        baseline: sheetjsPeak
      }
    ]
    return figures
  }
}

export default suite

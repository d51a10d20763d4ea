/**
 * Big lead files for the benchmarks and the browser perf test, generated (never in git) and
 * cached in os.tmpdir() under a name carrying VERSION: bump it when the content changes.
 * No import.meta here: Playwright loads this file as CommonJS.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { utils, write } from '@e965/xlsx'
import type { CellObject } from '@e965/xlsx'
import { seededRandom } from '../support/random'

const VERSION = 'v1'

export const HEADER = [
  'Nome',
  'Telefone',
  'E-mail',
  'Empresa',
  'Cargo',
  'Cidade',
  'UF',
  'Data Cadastro',
  'Valor Proposta',
  'Origem'
] as const

const FIRST = ['Maria', 'José', 'Ana', 'João', 'Sônia', 'André', 'Letícia', 'Luís', 'Otávio']
const LAST = ['Silva', 'Araújo', 'Gonçalves', 'Magalhães', 'Pereira', 'Souza', 'Ribeiro']
const COMPANIES = [
  'Padaria Pão Quente',
  'Auto Peças São Jorge',
  'Silva, Souza & Cia',
  'Clínica Sorriso'
]
const CITIES = [
  ['São Paulo', 'SP'],
  ['Belém', 'PA'],
  ['Goiânia', 'GO'],
  ['Florianópolis', 'SC']
] as const
const DDDS = [11, 21, 31, 41, 47, 51, 61, 71, 81, 85, 92, 98, 27, 62]

/** One lead row's ten cells as text; phones in the shapes real exports have, ~5% repeated. */
export function leadRows(rows: number, decimalComma: boolean): string[][] {
  const next = seededRandom(11)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const digits = (n: number): string => String(Math.floor(next() * 10 ** n)).padStart(n, '0')
  const phones: string[] = []
  const out: string[][] = []
  for (let i = 0; i < rows; i++) {
    const ddd = pick(DDDS)
    const mobile = `9${pick(['6', '7', '8', '9'])}${digits(7)}`
    const shapes = [
      `(${ddd}) ${mobile.slice(0, 5)}-${mobile.slice(5)}`,
      `+55 ${ddd} ${mobile}`,
      `55${ddd}${mobile}`,
      `0${ddd} ${mobile.slice(0, 5)} ${mobile.slice(5)}`,
      `(${ddd}) ${pick(['2', '3'])}${digits(3)}-${digits(4)}`,
      `${mobile.slice(0, 5)}-${mobile.slice(5)}`,
      ''
    ]
    const phone = phones.length > 0 && next() < 0.05 ? pick(phones) : pick(shapes)
    phones.push(phone)
    const first = pick(FIRST)
    const [city, uf] = pick(CITIES)
    const cents = `${digits(5)}${decimalComma ? ',' : '.'}${digits(2)}`
    out.push([
      `${first} ${pick(LAST)} ${pick(LAST)}`,
      phone,
      `${first.toLowerCase()}.${digits(3)}@empresa.com.br`,
      pick(COMPANIES),
      pick(['Gerente', 'Sócio', 'Compras', '']),
      city,
      uf,
      `${1 + Math.floor(next() * 28)}/0${1 + Math.floor(next() * 9)}/2025`,
      cents,
      pick(['Instagram', 'Feira', 'Indicação', 'Google Ads'])
    ])
  }
  return out
}

function cached(name: string, make: (path: string) => void): string {
  const path = join(tmpdir(), `leadprep-perf-${VERSION}-${name}`)
  if (!existsSync(path)) {
    const partial = `${path}.${process.pid}.tmp`
    make(partial)
    renameSync(partial, path) // atomic: a concurrent reader never sees half a file
  }
  return path
}

/** A UTF-8 CSV of `rows` leads × 10 columns (plus header), `,`-delimited, CRLF. */
export function bigCsv(rows = 100_000): string {
  return cached(`${rows}.csv`, (path) => {
    const field = (v: string): string => (v.includes(',') ? `"${v.replaceAll('"', '""')}"` : v)
    const lines = [HEADER.join(',')]
    for (const cells of leadRows(rows, false)) lines.push(cells.map(field).join(','))
    writeFileSync(path, lines.join('\r\n') + '\r\n')
  })
}

/**
 * An xlsx of `rows` leads × 10 columns on sheet "Leads": text cells, phones partly stored as
 * numbers (as CRMs export them), a dd/mm/yyyy date and a #,##0.00 value.
 */
export function bigXlsx(rows = 100_000): string {
  return cached(`${rows}.xlsx`, (path) => {
    const sheet: CellObject[][] = [HEADER.map((v): CellObject => ({ t: 's', v }))]
    let i = 0
    for (const cells of leadRows(rows, true)) {
      const phone = cells[1] ?? ''
      const row: CellObject[] = cells.map((v): CellObject => ({ t: 's', v }))
      if (/^55\d{10,11}$/.test(phone)) row[1] = { t: 'n', v: Number(phone) }
      row[7] = { t: 'n', v: 45000 + (i % 900), z: 'dd/mm/yyyy' }
      row[8] = { t: 'n', v: (i * 37.31) % 50000, z: '#,##0.00' }
      sheet.push(row)
      i++
    }
    const book = utils.book_new()
    utils.book_append_sheet(book, utils.aoa_to_sheet(sheet), 'Leads')
    const bytes = write(book, {
      type: 'buffer',
      bookType: 'xlsx',
      bookSST: true,
      compression: true
    })
    writeFileSync(path, bytes as Uint8Array)
  })
}

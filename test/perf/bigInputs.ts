/**
 * Big lead files for the benchmarks and the browser perf test, generated (never in git) and
 * cached in os.tmpdir() under a name carrying VERSION: bump it when the content changes.
 * No import.meta here: Playwright loads this file as CommonJS.
 */
import { closeSync, existsSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs'
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

/** The messy export's columns: the usual ten and a free-text notes column. */
export const MESSY_HEADER = [...HEADER, 'Observações'] as const

const NOTES = [
  'Ligar depois das 14h; prefere WhatsApp',
  'Cliente pediu orçamento:\r\n- 2 unidades\r\n- entrega em “março”',
  'Falou com a secretária – retornar',
  'Não atende; tentar o "fixo"',
  'Obs.: pagamento em 3x\r\nsem juros',
  ''
]
const PARTICLE_NAMES = ['das Graças', 'dos Santos', 'de Oliveira', 'da Conceição']

/**
 * Rows as real pt-BR CRM exports write them (issue 13): names in capitals, lower case or with
 * stray spaces; phones with `tel:`, two numbers in a cell, extensions, words, pre-2016 mobiles,
 * Excel's scientific notation and junk, ~5% repeating an earlier lead in another shape; decimal
 * commas with thousands dots; multi-line quoted notes holding `;`, quotes and “curly” quotes.
 */
export function messyLeadRows(rows: number): string[][] {
  return [...messyRows(rows)]
}

/** messyLeadRows one row at a time (a 200 MB file is not held in memory to be written). */
export function* messyRows(rows = Infinity): Generator<string[]> {
  const next = seededRandom(13)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const digits = (n: number): string => String(Math.floor(next() * 10 ** n)).padStart(n, '0')
  const numbers: { ddd: number; mobile: string }[] = []
  for (let i = 0; i < rows; i++) {
    const repeat = numbers.length > 0 && next() < 0.05
    const { ddd, mobile } = repeat
      ? pick(numbers)
      : { ddd: pick(DDDS), mobile: `9${pick(['6', '7', '8', '9'])}${digits(7)}` }
    if (numbers.length < 100_000) numbers.push({ ddd, mobile })
    const fixed = `${pick(['2', '3', '4'])}${digits(3)}-${digits(4)}`
    const m = `${mobile.slice(0, 5)}-${mobile.slice(5)}`
    const phone = pick([
      `(${ddd}) ${m}`,
      `(${ddd}) ${m}`,
      `+55 ${ddd} ${mobile}`,
      `55${ddd}${mobile}`,
      `0${ddd} ${mobile.slice(0, 5)} ${mobile.slice(5)}`,
      `tel: ${ddd} ${mobile.slice(0, 5)}.${mobile.slice(5)}`,
      `Tel: (${ddd}) ${m}`,
      `(${ddd}) ${m} / (${ddd}) ${fixed}`,
      `${ddd} ${m} ou ${ddd} ${fixed}`,
      `(${ddd}) ${m} (WhatsApp)`,
      `(${ddd}) ${fixed} ramal ${digits(2)}`,
      `(${ddd}) ${mobile.slice(1, 5)}-${mobile.slice(5)}`,
      `${ddd}${mobile}`,
      m,
      `5,5${ddd % 10}E+12`,
      pick(['', '', 'sem telefone', '-', '00000000000'])
    ])
    const first = pick(FIRST)
    const plain = `${first} ${next() < 0.3 ? `${pick(PARTICLE_NAMES)} ` : ''}${pick(LAST)}`
    const casing = next()
    const name =
      casing < 0.4
        ? plain.toLocaleUpperCase('pt-BR')
        : casing < 0.5
          ? plain.toLocaleLowerCase('pt-BR')
          : casing < 0.6
            ? ` ${plain.replace(' ', '  ')} `
            : plain
    const [city, uf] = pick(CITIES)
    const reais = String(Number(digits(5))).replace(/\B(?=(\d{3})+$)/, '.')
    yield [
      name,
      phone,
      next() < 0.9 ? `${first.toLowerCase()}.${digits(3)}@empresa.com.br` : pick(['', 'não tem']),
      pick(COMPANIES).replace(', ', '; '),
      pick(['Gerente', 'Sócio', 'Compras', '', 'DIRETOR COMERCIAL']),
      city,
      uf,
      `${1 + Math.floor(next() * 28)}/0${1 + Math.floor(next() * 9)}/2025`,
      `${next() < 0.3 ? 'R$ ' : ''}${reais},${digits(2)}`,
      pick(['Instagram', 'Feira', 'Indicação', 'Google Ads']),
      next() < 0.3 ? pick(NOTES) : ''
    ]
  }
}

/** `;`-delimited CRLF text as Excel pt-BR saves "CSV (separado por vírgulas)". */
export function messyCsvText(rows: number): string {
  const lines = [MESSY_HEADER.join(';')]
  for (const cells of messyRows(rows)) lines.push(messyLine(cells))
  return lines.join('\r\n') + '\r\n'
}

function messyLine(cells: readonly string[]): string {
  const field = (v: string): string => (/[;"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)
  return cells.map(field).join(';')
}

/**
 * Writes the messy Windows-1252 CSV to `path` until it is as big as it can be without passing
 * `maxBytes` (e.g. the import's 200 MB limit), in chunks; returns the number of data rows.
 */
export function writeMessyCsvOfSize(path: string, maxBytes: number): number {
  const fd = openSync(path, 'w')
  let size = 0
  let rows = 0
  let chunk: string[] = [MESSY_HEADER.join(';')]
  let chunkLength = (chunk[0]?.length ?? 0) + 2
  const flush = (): void => {
    const bytes = windows1252(chunk.join('\r\n') + '\r\n')
    writeSync(fd, bytes)
    size += bytes.length
    chunk = []
    chunkLength = 0
  }
  try {
    for (const cells of messyRows()) {
      const line = messyLine(cells)
      // +2 for CRLF; one byte per character in Windows-1252.
      if (size + chunkLength + line.length + 2 > maxBytes) break
      chunk.push(line)
      chunkLength += line.length + 2
      rows++
      if (chunkLength > 1 << 20) flush()
    }
    flush()
  } finally {
    closeSync(fd)
  }
  return rows
}

// Windows-1252's 0x80–0x9F characters, for encoding text back to it.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/** Text as Windows-1252 bytes (every character here is in the code page). */
export function windows1252(text: string): Uint8Array {
  const latin1 = text.replace(/[\u0100-\uffff]/g, (c) => {
    const high = CP1252_HIGH.indexOf(c)
    if (high === -1) throw new Error(`not in Windows-1252: ${c}`)
    return String.fromCharCode(0x80 + high)
  })
  return Buffer.from(latin1, 'latin1')
}

/** The bench's hard CSV (issue 13): messyCsvText in Windows-1252. */
export function bigMessyCsv(rows = 100_000): string {
  return cached(`messy-${rows}.csv`, (path) => writeFileSync(path, windows1252(messyCsvText(rows))))
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

/** The messy CSV at the import's size limit (200 MB, ~1.5 M rows), cached like the others. */
export function hugeMessyCsv(maxBytes: number): string {
  return cached(`messy-${maxBytes}b.csv`, (path) => writeMessyCsvOfSize(path, maxBytes))
}

import { read, utils, type CellObject, type WorkSheet } from '@e965/xlsx'
import Papa from 'papaparse'

/**
 * What the fake Kinbox does with `leadsAssetUrl`: downloads it (loopback only: no internet
 * here) and checks the layout providers.md decides: the first sheet, a header row `number`
 * then one column per variable, `number` = DDI + digits without `+`, every cell text. xlsx is
 * read with SheetJS, csv with papaparse. Kinbox documents none of this; refusing a bad file
 * with a 400 at creation is OUR GUESS of the real behaviour (it may accept and fail later).
 */

export interface LeadsTable {
  /** `number`, then the variables in column order. */
  headers: string[]
  rows: { number: string; placeholders: string[] }[]
}

export type LeadsFileResult = { ok: true; table: LeadsTable } | { ok: false; message: string }

const NUMBER = /^[1-9]\d{7,14}$/
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])
const DOWNLOAD_TIMEOUT_MS = 15_000

export async function downloadLeadsFile(url: string): Promise<LeadsFileResult> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return refuse(`leadsAssetUrl is not a URL: ${url}`)
  }
  if (!/^https?:$/.test(parsed.protocol) || !LOOPBACK.has(parsed.hostname)) {
    return refuse(`leadsAssetUrl must be a loopback http(s) URL here (got ${parsed.host})`)
  }
  try {
    const response = await fetch(parsed, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) })
    if (!response.ok) {
      return refuse(`could not download leadsAssetUrl: HTTP ${response.status}`)
    }
    return readLeadsFile(new Uint8Array(await response.arrayBuffer()))
  } catch (e) {
    return refuse(`could not download leadsAssetUrl: ${e instanceof Error ? e.message : String(e)}`)
  }
}

/** xlsx when the bytes are a zip, csv (UTF-8) otherwise. */
export function readLeadsFile(bytes: Uint8Array): LeadsFileResult {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  try {
    const grid = isZip ? xlsxGrid(bytes) : csvGrid(bytes)
    return typeof grid === 'string' ? refuse(grid) : checkLayout(grid)
  } catch (e) {
    return refuse(`leads file could not be read: ${e instanceof Error ? e.message : String(e)}`)
  }
}

/**
 * Named placeholders (`{{leadName}}`) must be columns; positional ones (`{{2}}`) must not
 * point past the last variable.
 */
export function checkPlaceholders(text: string, headers: string[]): string | undefined {
  const variables = headers.slice(1)
  for (const [, name = ''] of text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)) {
    const position = /^\d+$/.test(name) ? Number(name) : undefined
    if (
      position !== undefined
        ? position < 1 || position > variables.length
        : !variables.includes(name)
    ) {
      return `message uses {{${name}}}, which is not a column of the leads file (${variables.join(', ') || 'no variables'})`
    }
  }
  return undefined
}

function xlsxGrid(bytes: Uint8Array): string[][] | string {
  const workbook = read(bytes, { type: 'array' })
  const first = workbook.SheetNames[0]
  const sheet = first === undefined ? undefined : workbook.Sheets[first]
  if (!sheet?.['!ref']) return 'the first sheet of the leads file is empty'
  const range = utils.decode_range(sheet['!ref'])
  if (range.s.r !== 0 || range.s.c !== 0) {
    return 'the header row must start at cell A1 of the first sheet'
  }
  const grid: string[][] = []
  for (let r = 0; r <= range.e.r; r++) {
    const row: string[] = []
    for (let c = 0; c <= range.e.c; c++) {
      const text = cellText(sheet, r, c)
      if (typeof text !== 'string') return text.problem
      row.push(text)
    }
    grid.push(row)
  }
  return grid
}

/** SheetJS reads `t="s"`, `t="inlineStr"` and `t="str"` all as `t: 's'`; anything else is not text. */
function cellText(sheet: WorkSheet, r: number, c: number): string | { problem: string } {
  const address = utils.encode_cell({ r, c })
  const cell = sheet[address] as CellObject | undefined
  if (cell === undefined || cell.t === 'z') return ''
  if (cell.t === 's') return String(cell.v ?? '')
  const kind = { n: 'a number', b: 'a boolean', d: 'a date', e: 'an error' }[cell.t]
  return { problem: `cell ${address} holds ${kind}, not text: every cell must be text` }
}

function csvGrid(bytes: Uint8Array): string[][] | string {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' })
  const fatal = parsed.errors.find((e) => e.type === 'Quotes')
  if (fatal) return `leads csv row ${(fatal.row ?? 0) + 1}: ${fatal.message}`
  return parsed.data
}

function checkLayout(grid: string[][]): LeadsFileResult {
  const [headers = [], ...body] = grid.filter((row) => row.some((cell) => cell !== ''))
  if (headers[0] !== 'number') {
    return refuse(
      `the first column of the leads file must be headed "number" (got "${headers[0] ?? ''}")`
    )
  }
  const problem = headerProblem(headers)
  if (problem) return refuse(problem)
  if (body.length === 0) return refuse('the leads file has a header row but no leads')
  const rows: LeadsTable['rows'] = []
  for (const [i, row] of body.entries()) {
    const line = i + 2
    if (row.length !== headers.length) {
      return refuse(`row ${line} has ${row.length} cells; the header has ${headers.length}`)
    }
    const [number = '', ...placeholders] = row
    if (!NUMBER.test(number)) {
      return refuse(
        `row ${line}: number "${number}" must be the country code and digits, without + (e.g. 5511987654321)`
      )
    }
    rows.push({ number, placeholders })
  }
  return { ok: true, table: { headers, rows } }
}

function headerProblem(headers: string[]): string | undefined {
  const variables = headers.slice(1)
  if (variables.some((name) => name.trim() === '')) return 'a variable column has an empty header'
  const seen = new Set<string>()
  for (const name of headers) {
    if (seen.has(name)) return `the header "${name}" appears twice`
    seen.add(name)
  }
  return undefined
}

function refuse(message: string): LeadsFileResult {
  return { ok: false, message }
}

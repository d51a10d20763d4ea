import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Command, CommandInput } from './index'
import { CliError, type CliOutcome } from '../output'
import {
  readLeadFile,
  MAX_FILE_BYTES,
  type ReadLeadFileOptions
} from '../../../shared/import/readLeadFile'
import { isEncryptedOoxml } from '../../../shared/import/workbook/encryption'
import { decryptOoxml } from '../../../shared/import/workbook/decryptOoxml'
import { ImportError, isImportError, type ImportErrorCode } from '../../../shared/import/errors'
import type { LeadTable } from '../../../shared/import/leadTable'
import { noticeMessage } from '../../../shared/import/notices'
import { cleanLeadsCompact, type CompactCleanResult } from '../../../shared/cleaning/compactClean'
import { toInspectRow, type InspectRow } from '../../../shared/cleaning/inspectRow'
import type { Provider } from '../../../shared/providers/provider'
import { inspectJsonPieces } from './inspectJson'
import { nodeCodecs } from './inspectCodecs'
import type { CountryCode } from '../../../shared/cleaning/phone/types'
import { isSupportedCountry } from 'libphonenumber-js/max'

const USAGE = `uso: leadprep inspect ARQUIVO [--sheet ABA] [--header-row N] [--phone-column NOME]
                        [--ddd-column NOME] [--name-column NOME] [--country BR]
                        [--default-ddd DD] [--provider kinbox|integra] [--password SENHA] [--json]`

const HELP = `${USAGE}

Lê uma lista de leads (csv, xlsx, xls, ods ou html), encontra o cabeçalho e as colunas,
e limpa os telefones como o aplicativo faz.

opções:
  --sheet ABA            lê esta aba (padrão: a primeira com uma coluna de telefone)
  --header-row N         número da linha do cabeçalho; 0 = o arquivo não tem cabeçalho
  --phone-column NOME    coluna dos telefones (uma coluna repetida: "telefone (2)")
  --ddd-column NOME      coluna do DDD ("" = nenhuma)
  --name-column NOME     coluna do nome ("" = nenhuma)
  --country BR           país dos números escritos sem + (padrão: BR)
  --default-ddd DD       DDD para números sem DDD (11 a 99)
  --provider kinbox|integra
                         kinbox (WhatsApp) marca telefones fixos com o aviso landline
  --password SENHA       senha de uma planilha protegida (ou LEADPREP_FILE_PASSWORD)
  --json                 imprime um só documento JSON
  -h, --help             mostra esta ajuda

saída: 0 lido e limpo; 1 pedido recusado (opção inválida, aba ou coluna inexistente);
2 o arquivo não pôde ser lido.`

/** Errors caused by what the user asked for (exit 1), not by the file (exit 2). */
const REFUSALS: ReadonlySet<ImportErrorCode> = new Set([
  'sheet_not_found',
  'header_row_not_found',
  'column_not_found'
])

const refuse = (message: string): CliError => new CliError('refused', 'invalid_arguments', message)

function option(values: CommandInput['values'], name: string): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}

/** The cleaning options, checked now so a typo is refused before the file is read. */
interface CleanArgs {
  country: CountryCode
  defaultDdd?: string
  provider?: Provider
}

function cleanArgs(values: CommandInput['values']): CleanArgs {
  const country = (option(values, 'country') ?? 'BR').toUpperCase()
  if (!/^[A-Z]{2}$/.test(country) || !isSupportedCountry(country))
    throw refuse('--country deve ser um código de país de 2 letras (BR, US…)')
  const defaultDdd = option(values, 'default-ddd')
  if (defaultDdd !== undefined && !/^[1-9]\d$/.test(defaultDdd)) {
    throw refuse('--default-ddd deve ter 2 dígitos (11 a 99)')
  }
  const provider = option(values, 'provider')
  if (provider !== undefined && provider !== 'kinbox' && provider !== 'integra') {
    throw refuse('--provider deve ser kinbox ou integra')
  }
  return { country, defaultDdd, provider }
}

function headerRow(values: CommandInput['values']): number | undefined {
  const raw = option(values, 'header-row')
  if (raw === undefined) return undefined
  if (!/^\d+$/.test(raw))
    throw refuse('--header-row deve ser o número de uma linha (0 = sem cabeçalho)')
  return Number(raw)
}

async function readBytes(path: string): Promise<Uint8Array> {
  let size: number
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new ImportError('not_a_file')
    size = info.size
  } catch (error) {
    if (isImportError(error)) throw error
    throw new CliError('unreadable', 'file_not_found', `arquivo não encontrado: ${path}`)
  }
  // Refused before reading: a 5 GB file should not be loaded to learn it is too big.
  const mb = (n: number): number => Math.ceil(n / (1024 * 1024))
  if (size > MAX_FILE_BYTES)
    throw new ImportError('file_too_large', { sizeMb: mb(size), limitMb: mb(MAX_FILE_BYTES) })
  return await readFile(path) // a Buffer is a Uint8Array: no copy of a 200 MB file
}

/** A protected workbook opened with --password (or LEADPREP_FILE_PASSWORD); others as they are. */
async function openBytes(bytes: Uint8Array, password: string | undefined): Promise<Uint8Array> {
  if (!isEncryptedOoxml(bytes)) return bytes
  if (password === undefined || password === '') throw new ImportError('password_required')
  return await decryptOoxml(bytes, password)
}

/**
 * The file read into a table in a frame of its own, so that its bytes (200 MB at the limit) are
 * garbage once the table is built, not held through cleaning and the JSON — unless they are the
 * table: a CSV in UTF-8 or Windows-1252 is split on its bytes and never decoded whole
 * (nodeCodecs' textSlicer, shared/import/text/parseDelimitedBytes.ts).
 */
async function readTable(
  path: string,
  password: string | undefined,
  options: ReadLeadFileOptions
): Promise<LeadTable> {
  return readLeadFile(await openBytes(await readBytes(path), password), basename(path), options)
}

/** cli.md's `inspect --json` document without `rows`, keys in the spec's order. */
function report(table: LeadTable, cleaned: CompactCleanResult) {
  const name = (index: number | null): string | null =>
    index === null ? null : (table.columns[index] ?? null)
  return {
    file: table.file,
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    sheets: table.sheets,
    sheet: table.sheet,
    headerRow: table.headerRow,
    columns: table.columns,
    phoneColumn: name(table.phoneColumn),
    dddColumn: name(table.dddColumn),
    nameColumn: name(table.nameColumn),
    notices: table.notices.map((notice) => ({ code: notice.code, message: noticeMessage(notice) })),
    summary: cleaned.summary
  }
}

type Report = ReturnType<typeof report>

/** Count of invalid rows by reason, most frequent first. */
function reasons(rows: CompactCleanResult): string {
  const counts = new Map<string, number>()
  for (let k = 0; k < rows.length; k++) {
    const reason = rows.reason(k)
    if (reason !== undefined) counts.set(reason, (counts.get(reason) ?? 0) + 1)
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ')
}

function asText(json: Report, rows: CompactCleanResult): string {
  const { summary } = json
  const lines = [
    `arquivo: ${json.file} (${json.format}${json.encoding ? `, ${json.encoding}` : ''}${json.delimiter ? `, separador ${JSON.stringify(json.delimiter)}` : ''})`,
    ...(json.sheets.length > 0
      ? [
          `abas: ${json.sheets.map((s) => `${s.name} (${s.rows} linhas)`).join(', ')}; lida: ${json.sheet}`
        ]
      : []),
    `cabeçalho: ${json.headerRow === null ? 'nenhum' : `linha ${json.headerRow}`}`,
    `colunas: ${json.columns.join(', ')}`,
    `telefone: ${json.phoneColumn ?? '—'}; DDD: ${json.dddColumn ?? '—'}; nome: ${json.nameColumn ?? '—'}`,
    `linhas: ${summary.total}; ok: ${summary.ok}; inválidas: ${summary.invalid}; duplicadas: ${summary.duplicate}`,
    ...(summary.invalid > 0 ? [`motivos: ${reasons(rows)}`] : []),
    `linhas em branco ignoradas: ${summary.blankSkipped}; rodapés ignorados: ${summary.footerRowsSkipped}`,
    ...json.notices.map((notice) => `aviso: ${notice.message}`)
  ]
  return lines.join('\n')
}

export const inspectCommand: Command = {
  options: {
    sheet: { type: 'string' },
    'header-row': { type: 'string' },
    'phone-column': { type: 'string' },
    'ddd-column': { type: 'string' },
    'name-column': { type: 'string' },
    country: { type: 'string' },
    'default-ddd': { type: 'string' },
    provider: { type: 'string' },
    password: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
  },
  async run({ values, positionals }): Promise<CliOutcome> {
    if (values.help === true) return { kind: 'ok', json: { usage: HELP }, text: HELP }
    const [path, ...extra] = positionals
    if (path === undefined || extra.length > 0) throw refuse(`informe um arquivo\n${USAGE}`)
    const clean = cleanArgs(values)
    const password = option(values, 'password') ?? process.env.LEADPREP_FILE_PASSWORD
    try {
      const table = await readTable(path, password, {
        codecs: nodeCodecs,
        rawNumbers: true,
        sheet: option(values, 'sheet'),
        headerRow: headerRow(values),
        columns: {
          phone: option(values, 'phone-column'),
          ddd: option(values, 'ddd-column'),
          name: option(values, 'name-column')
        }
      })
      const cleaned = cleanLeadsCompact(table, clean)
      const head = report(table, cleaned)
      return {
        kind: 'ok',
        // What --json prints, built only if asked for; jsonPieces writes the same text.
        get json() {
          const rows: InspectRow[] = []
          for (let k = 0; k < cleaned.length; k++) {
            const row = cleaned.at(k)
            if (row !== undefined) rows.push(toInspectRow(row))
          }
          return { ...head, rows }
        },
        jsonPieces: () => inspectJsonPieces(head, cleaned),
        text: asText(head, cleaned)
      }
    } catch (error) {
      if (!isImportError(error)) throw error
      const kind = REFUSALS.has(error.code) ? 'refused' : 'unreadable'
      return { kind, code: error.code, message: error.message }
    }
  }
}

/**
 * Delimited text (issue 3): decode + parse + header detection against papaparse alone on the
 * same decoded text (goal ≤ 1.5×), and the peak RSS of reading a 1M-row CSV against papaparse
 * building row objects (`header: true`) in memory (goal ≤ 0.5×), each in its own process.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { readLeadFile } from '../../shared/import/readLeadFile'
import { decodeText } from '../../shared/import/text/decodeText'
import { medianMs, type BenchFigure, type BenchSuite } from './types'

const FIRST = [
  'Maria',
  'José',
  'Ana',
  'João',
  'Sônia',
  'André',
  'Letícia',
  'Luís',
  'Conceição',
  'Otávio'
]
const LAST = [
  'Silva',
  'Araújo',
  'Gonçalves',
  'Magalhães',
  'Pereira',
  'Conceição',
  'Souza',
  'Ribeiro'
]
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

/** Seeded (mulberry32) so every run measures the same file. */
function generator(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** 10 columns of pt-BR leads, quoted where a field holds the delimiter, like Excel writes them. */
function leadsCsv(rows: number, delimiter: ',' | ';'): string {
  const next = generator(7)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const digits = (n: number): string => String(Math.floor(next() * 10 ** n)).padStart(n, '0')
  const decimal = delimiter === ';' ? ',' : '.'
  const field = (v: string): string => (v.includes(delimiter) ? `"${v.replaceAll('"', '""')}"` : v)
  const lines = [
    'Nome,Telefone,E-mail,Empresa,Cargo,Cidade,UF,Data Cadastro,Valor Proposta,Origem'.replaceAll(
      ',',
      delimiter
    )
  ]
  for (let i = 0; i < rows; i++) {
    const first = pick(FIRST)
    const [city, uf] = pick(CITIES)
    lines.push(
      [
        `${first} ${pick(LAST)} ${pick(LAST)}`,
        `(${11 + Math.floor(next() * 88)}) 9${digits(4)}-${digits(4)}`,
        `${first.toLowerCase()}.${digits(3)}@empresa.com.br`,
        pick(COMPANIES),
        pick(['Gerente', 'Sócio', 'Compras', '']),
        city,
        uf,
        `${digits(1)}${1 + Math.floor(next() * 9)}/0${1 + Math.floor(next() * 9)}/2025`,
        `${digits(5)}${decimal}${digits(2)}`,
        pick(['Instagram', 'Feira', 'Indicação', 'Google Ads'])
      ]
        .map(field)
        .join(delimiter)
    )
  }
  return lines.join('\r\n') + '\r\n'
}

function windows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) // pt-BR text is all Latin-1
  return bytes
}

async function speed(label: string, bytes: Uint8Array): Promise<BenchFigure> {
  const text = decodeText(bytes).text
  const ours = await medianMs(() => readLeadFile(bytes, 'leads.csv'))
  const papa = await medianMs(() => Papa.parse<string[]>(text, { skipEmptyLines: false }))
  return {
    label,
    unit: 'ms',
    ours,
    baselineLabel: 'papaparse on decoded text',
    baseline: papa,
    goal: 1.5
  }
}

/** Peak RSS (MiB) of a child process running this file in `mode` on `path`. */
function peakRss(mode: 'ours' | 'papaparse', path: string): number {
  const self = fileURLToPath(import.meta.url)
  const child = spawnSync(process.execPath, [...process.execArgv, self, CHILD_FLAG, mode, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  if (child.status !== 0) throw new Error(`${mode} child failed: ${child.stderr}`)
  return Number(child.stdout.trim()) / 1024
}

const CHILD_FLAG = '--import-bench-child'

function runChild(mode: string, path: string): void {
  const bytes = readFileSync(path) // a Buffer is a Uint8Array: no copy
  if (mode === 'ours') {
    const table = readLeadFile(bytes, 'leads.csv')
    if (table.dataRows.length === 0) throw new Error('no rows')
  } else {
    const rows = Papa.parse<Record<string, string>>(decodeText(bytes).text, { header: true }).data
    if (rows.length === 0) throw new Error('no rows')
  }
  process.stdout.write(`${process.resourceUsage().maxRSS}\n`)
}

const suite: BenchSuite = {
  name: 'import (delimited text)',
  async run(log) {
    const utf8 = new TextEncoder().encode(leadsCsv(100_000, ','))
    const cp1252 = windows1252(leadsCsv(100_000, ';'))
    log(
      `100k rows: UTF-8 ${(utf8.length / 2 ** 20).toFixed(1)} MiB, Windows-1252 ${(cp1252.length / 2 ** 20).toFixed(1)} MiB`
    )
    const figures = [
      await speed('100k × 10 UTF-8 `,` CSV: decode + parse + header', utf8),
      await speed('100k × 10 Windows-1252 `;` CSV: decode + parse + header', cp1252)
    ]
    const dir = mkdtempSync(join(tmpdir(), 'leadprep-bench-'))
    try {
      const path = join(dir, 'leads-1m.csv')
      writeFileSync(path, leadsCsv(1_000_000, ','))
      log('1M-row CSV written; measuring peak RSS in child processes')
      figures.push({
        label: '1M-row CSV read, peak RSS',
        unit: 'MiB',
        ours: peakRss('ours', path),
        baselineLabel: 'papaparse header:true in memory',
        baseline: peakRss('papaparse', path),
        goal: 0.5
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    return figures
  }
}

export default suite

const childAt = process.argv.indexOf(CHILD_FLAG)
if (childAt !== -1) runChild(process.argv[childAt + 1] ?? '', process.argv[childAt + 2] ?? '')

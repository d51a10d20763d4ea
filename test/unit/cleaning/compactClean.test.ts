/**
 * The compact one-shot cleaning that `leadprep inspect` runs (issue 13) gives exactly what
 * cleanLeads + toInspectRow give: every fixture, the messy export of the benches (with Node's
 * codecs, as the CLI reads it, and without), and each cleaning option.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanLeads } from '../../../shared/cleaning/cleanLeads'
import { cleanEmail, isInvalidEmail } from '../../../shared/cleaning/email'
import { cleanLeadsCompact, type CompactCleanOptions } from '../../../shared/cleaning/compactClean'
import { toInspectRow } from '../../../shared/cleaning/inspectRow'
import { readLeadFile, type ReadLeadFileOptions } from '../../../shared/import/readLeadFile'
import type { LeadTable } from '../../../shared/import/leadTable'
import { nodeCodecs } from '../../../electron/cli/commands/inspectCodecs'
import { messyCsvText, windows1252 } from '../../perf/bigInputs'

const FIXTURES = new URL('../../../../shared/fixtures/', import.meta.url)

function readable(dir: string): string[] {
  return readdirSync(new URL(dir, FIXTURES), { withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.(md|json)$/.test(entry.name))
    .map((entry) => entry.name)
}

const OPTIONS: CompactCleanOptions[] = [
  {},
  { provider: 'kinbox' },
  { provider: 'integra', defaultDdd: '21' },
  { country: 'US' }
]

/** Both cleanings of one table, as inspect prints them, and the counts by reason. */
function both(table: LeadTable, options: CompactCleanOptions) {
  const full = cleanLeads(table, options)
  const compact = cleanLeadsCompact(table, options)
  const rows = []
  const reasons = []
  for (let k = 0; k < compact.length; k++) {
    rows.push(JSON.stringify(toInspectRow(compact.at(k) ?? full.rows[0]!)))
    reasons.push(compact.reason(k))
  }
  return {
    expected: {
      summary: full.summary,
      rows: full.rows.map((row) => JSON.stringify(toInspectRow(row))),
      reasons: full.rows.map((row) => row.reason)
    },
    actual: { summary: compact.summary, rows, reasons }
  }
}

function tryRead(bytes: Uint8Array, name: string, options: ReadLeadFileOptions = {}) {
  try {
    return readLeadFile(bytes, name, options)
  } catch {
    return null // unreadable files print an error object, not rows
  }
}

describe('cleanLeadsCompact', () => {
  it.each([
    ...readable('leads/').map((name) => `leads/${name}`),
    ...readable('leads/broken/').map((name) => `leads/broken/${name}`),
    ...readable('real/').map((name) => `real/${name}`)
  ])('%s: the same rows, summary and reasons as cleanLeads', (path) => {
    const bytes = new Uint8Array(readFileSync(new URL(path, FIXTURES)))
    // The app's read, and the CLI's (Node's codecs, xlsx numbers rendered when read).
    for (const read of [{}, { codecs: nodeCodecs, rawNumbers: true }]) {
      const table = tryRead(bytes, path, read)
      if (table === null) continue
      for (const options of OPTIONS) {
        const { expected, actual } = both(table, options)
        expect(actual).toEqual(expected)
      }
    }
  })

  it('the messy Windows-1252 export: the same rows, with and without Node codecs', () => {
    const bytes = windows1252(messyCsvText(5_000))
    for (const codecs of [undefined, nodeCodecs]) {
      const table = readLeadFile(bytes, 'messy.csv', { codecs })
      for (const options of OPTIONS.slice(0, 3)) {
        const { expected, actual } = both(table, options)
        expect(actual.summary).toEqual(expected.summary)
        expect(actual.summary.duplicate).toBeGreaterThan(0)
        expect(actual.rows).toEqual(expected.rows)
        expect(actual.reasons).toEqual(expected.reasons)
      }
    }
  })

  it('isInvalidEmail is cleanEmail’s warning, for every character in every place', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code)
      for (const raw of [
        ch,
        `a${ch}@b.com`,
        `a@b${ch}c.com`,
        `a@b.c${ch}`,
        ` ${ch}maria@x.com.br `
      ]) {
        expect(isInvalidEmail(raw)).toBe(cleanEmail(raw).warning !== undefined)
      }
    }
  })

  it('a split phone with its DDD column, duplicates, a missing phone column', () => {
    const csv = [
      'Nome;DDD;Telefone;E-mail',
      'ANA;11;98765-4321;ana@x.com',
      'bia;21;98765-4321;bia@',
      'Caio;11;987654321;',
      'Davi;41;11 98765-4321;davi@x.com',
      'Eva;;3333-4444 ramal 2;',
      'Fábio;11;0800 123 4567;',
      'Gil;11;(11) 2345-6789 / 11 98765-1234;gil@x',
      'Hugo;;;;extra'
    ].join('\r\n')
    const table = readLeadFile(new TextEncoder().encode(csv), 'split.csv')
    for (const options of [...OPTIONS, { dddColumn: 1, phoneColumn: 2, nameColumn: 0 }]) {
      const { expected, actual } = both(table, options)
      expect(actual).toEqual(expected)
    }
    const none = readLeadFile(new TextEncoder().encode('Nome;Cidade\r\nAna;Rio\r\n'), 'x.csv')
    const { expected, actual } = both(none, {})
    expect(actual).toEqual(expected)
  })
})

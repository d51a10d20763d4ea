/** The streamed `inspect --json` text is exactly JSON.stringify of cli.md's document. */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanLeads } from '../../../shared/cleaning/cleanLeads'
import { toInspectRow } from '../../../shared/cleaning/inspectRow'
import type { CleanRow } from '../../../shared/cleaning/types'
import { readLeadFile } from '../../../shared/import/readLeadFile'
import { inspectJsonPieces, inspectRowJson } from '../../../electron/cli/commands/inspectJson'

const FIXTURES = new URL('../../../../shared/fixtures/', import.meta.url)

function readable(dir: string): string[] {
  return readdirSync(new URL(dir, FIXTURES)).filter((name) => !/\.(md|json)$/.test(name))
}

describe('inspect --json pieces', () => {
  it.each([
    ...readable('leads/').map((name) => `leads/${name}`),
    ...readable('real/').map((name) => `real/${name}`)
  ])('%s: same text as JSON.stringify', (path) => {
    let table
    try {
      table = readLeadFile(new Uint8Array(readFileSync(new URL(path, FIXTURES))), path, {})
    } catch {
      return // unreadable files print an error object, not rows
    }
    const { rows, summary } = cleanLeads(table, { provider: 'kinbox' })
    const head = { file: table.file, columns: table.columns, summary }
    const expected = JSON.stringify({ ...head, rows: rows.map(toInspectRow) })
    expect([...inspectJsonPieces(head, rows)].join('')).toBe(expected)
  })

  it('escapes names as JSON.stringify does', () => {
    const names = [
      'Zé "Grande"',
      'a\\b',
      'tab\there',
      'linha\nnova',
      'emoji 😀',
      '\u2028',
      'ç',
      'só\ud800',
      '\u0001',
      '\u007f'
    ]
    for (const name of names) {
      const row: CleanRow = {
        row: 2,
        status: 'ok',
        phone: '+5511987654321',
        name,
        firstName: name,
        notes: ['added 9th digit'],
        warnings: ['landline', 'invalid_email'],
        original: ''
      }
      expect(inspectRowJson(row)).toBe(JSON.stringify(toInspectRow(row)))
    }
  })

  it('writes an empty list and an empty head', () => {
    expect([...inspectJsonPieces({}, [])].join('')).toBe('{"rows":[]}')
    expect([...inspectJsonPieces({ a: 1 }, [])].join('')).toBe('{"a":1,"rows":[]}')
  })
})

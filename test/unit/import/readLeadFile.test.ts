import { describe, expect, it } from 'vitest'
import { readLeadFile } from '../../../shared/import/readLeadFile'
import { column, dataRowNumbers } from './fixtures'

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8
  }
  return bytes
}

describe('readLeadFile', () => {
  it('reads Excel\'s "Texto Unicode" export: UTF-16LE, tab-separated', () => {
    const table = readLeadFile(utf16le('Nome\tCelular\r\nJoão\t(11) 98765-4321\r\n'), 'leads.txt')
    expect([table.encoding, table.delimiter, column(table, table.phoneColumn)]).toEqual([
      'utf-16le',
      '\t',
      'Celular'
    ])
    expect(table.grid.row(table.dataRows[0] ?? 0)).toEqual(['João', '(11) 98765-4321'])
  })

  it('reports progress often, rising to 1', () => {
    const rows = Array.from(
      { length: 60_000 },
      (_, i) => `Lead ${i};(11) 98765-${String(i % 10_000).padStart(4, '0')}`
    )
    const bytes = new TextEncoder().encode(['Nome;Telefone', ...rows].join('\n'))
    const seen: number[] = []
    const table = readLeadFile(bytes, 'big.csv', { onProgress: (f) => seen.push(f) })
    expect(table.dataRows.length).toBe(60_000)
    expect(seen.filter((f) => f > 0.1 && f < 0.9).length).toBeGreaterThanOrEqual(1) // while parsing
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(seen.at(-1)).toBe(1)
  })

  it('keeps row numbers of records spanning lines', () => {
    const table = readLeadFile(
      new TextEncoder().encode(
        'Nome,Telefone,Obs\nAna,11987654321,"linha 1\nlinha 2"\nBia,21987654321,ok\n'
      ),
      'a.csv'
    )
    expect(dataRowNumbers(table)).toEqual([2, 4])
    expect(table.fieldCountRows.size).toBe(0)
  })
})

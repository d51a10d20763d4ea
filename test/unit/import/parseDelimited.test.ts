import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseDelimited } from '../../../shared/import/text/parseDelimited'
import type { Grid } from '../../../shared/import/grid'
import { importErrorOf } from './fixtures'

function rowsOf(grid: Grid): [number, string[]][] {
  return Array.from({ length: grid.length }, (_, i) => [grid.rowNumber(i), grid.row(i)])
}

describe('parseDelimited', () => {
  it('keeps quoted delimiters, doubled quotes and line breaks inside one cell', () => {
    const grid = parseDelimited('a,b\r\n"x, y","say ""oi""\r\nline 2",z\r\nlast,1\r\n', ',')
    expect(rowsOf(grid)).toEqual([
      [1, ['a', 'b']],
      [2, ['x, y', 'say "oi"\r\nline 2', 'z']],
      [4, ['last', '1']]
    ])
  })

  it('numbers a record by the physical line of its first line, blank lines counted', () => {
    const grid = parseDelimited('h\n\n"1\n2\n3"\nnext', ',')
    expect(rowsOf(grid).map(([row]) => row)).toEqual([1, 2, 3, 6])
  })

  it('reads old Mac files whose lines end with a bare CR', () => {
    expect(rowsOf(parseDelimited('a;b\r1;2\r', ';'))).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']]
    ])
  })

  it('keeps trailing empty fields and text after a closing quote, as Excel does', () => {
    expect(rowsOf(parseDelimited('a,,\n"ab"cd,e\n', ','))).toEqual([
      [1, ['a', '', '']],
      [2, ['abcd', 'e']]
    ])
  })

  it('never guesses types: zeros, dates and formulas stay verbatim', () => {
    expect(parseDelimited('022993153952;1/2;=1+1;5,512E+12', ';').row(0)).toEqual([
      '022993153952',
      '1/2',
      '=1+1',
      '5,512E+12'
    ])
  })

  it('fails on an unterminated quote with the line it opens on', () => {
    const error = importErrorOf(() => parseDelimited('a,b\n1,2\n3,"open\n4,5\n', ','))
    expect([error.code, error.params.row]).toEqual(['unterminated_quote', 3])
  })

  it('reads back any table written with RFC 4180 quoting', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\n', '\r\n', '9')
    })
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), {
      minLength: 1,
      maxLength: 8
    })
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n'),
        (rows, d, eol) => {
          const quote = (v: string): string => `"${v.replaceAll('"', '""')}"`
          const text = rows.map((r) => r.map(quote).join(d)).join(eol) + eol
          const grid = parseDelimited(text, d)
          expect(Array.from({ length: grid.length }, (_, i) => grid.row(i))).toEqual(rows)
        }
      )
    )
  })
})

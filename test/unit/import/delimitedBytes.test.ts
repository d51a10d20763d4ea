/**
 * Delimited text read from its bytes (Node's codecs, as `leadprep` reads it: issue 13) gives
 * exactly the table that decoding the whole file gives: every cell, row number, header, column,
 * encoding, notice and error, for any mix of quotes, delimiters, line endings and encodings.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readLeadFile } from '../../../shared/import/readLeadFile'
import type { LeadTable } from '../../../shared/import/leadTable'
import { parseDelimited } from '../../../shared/import/text/parseDelimited'
import { parseDelimitedBytes } from '../../../shared/import/text/parseDelimitedBytes'
import { bytesAsText } from '../../../shared/import/text/bytesAsText'
import { decodeTextLazily } from '../../../shared/import/text/decodeText'
import type { Grid } from '../../../shared/import/grid'
import { nodeCodecs } from '../../../electron/cli/commands/inspectCodecs'
import { messyCsvText, windows1252 } from '../../perf/bigInputs'

function rowsOf(grid: Grid): [number, number, string[]][] {
  return Array.from({ length: grid.length }, (_, i) => [
    grid.rowNumber(i),
    grid.width(i),
    grid.row(i)
  ])
}

/** The whole table as plain data, or the error it fails with. */
function read(bytes: Uint8Array, codecs?: typeof nodeCodecs): unknown {
  let table: LeadTable
  try {
    table = readLeadFile(bytes, 'x.csv', codecs ? { codecs } : {})
  } catch (error) {
    return { error: String(error), code: (error as { code?: string }).code }
  }
  const { grid, dataRows, fieldCountRows, ...rest } = table
  return {
    ...rest,
    rows: rowsOf(grid),
    dataRows: [...dataRows],
    fieldCountRows: [...fieldCountRows].sort((a, b) => a - b),
    cells: [...dataRows].map((i) => [0, 1, 2, 5].map((c) => grid.cell(i, c)))
  }
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('delimited text read from its bytes', () => {
  it('is read from the bytes only with codecs that can slice them', () => {
    const bytes = utf8('Nome;Telefone\r\nAna;11987654321\r\n')
    expect(bytesAsText(bytes)).toBeNull()
    expect(bytesAsText(bytes, nodeCodecs)?.encoding).toBe('utf-8')
    expect(bytesAsText(windows1252('Nome;Observações\r\n'), nodeCodecs)?.encoding).toBe(
      'windows-1252'
    )
    // NUL bytes, UTF-16 and broken UTF-8 after a BOM are decoded whole, as before.
    expect(bytesAsText(utf8('a;b\u0000\r\n'), nodeCodecs)).toBeNull()
    expect(bytesAsText(new Uint8Array([0xff, 0xfe, 0x61, 0]), nodeCodecs)).toBeNull()
    expect(bytesAsText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xe9]), nodeCodecs)).toBeNull()
  })

  it.each([
    ['quotes, CRLF and multi-line cells', 'a,b\r\n"x, y","say ""oi""\r\nline 2",z\r\nlast,1\r\n'],
    ['bare CR lines', 'Nome;Tel\r"Ana\rMaria";11 98765-4321\r;\r'],
    ['text after a closing quote', 'a,b,c\n"ab"cd,e\n"x"\r\n,"q"\r,\n'],
    ['a CR before a delimiter', 'Nome;Telefone\nAna\r;11987654321\r\n\r\n'],
    ['field counts', 'Nome;Telefone;Email\nAna;1;a@b.c;;\nBia;2\n;;;\nCaio;3;c@d.e;x\n'],
    ['an unterminated quote', 'a,b\n1,2\n3,"open\n4,5\n'],
    ['only a header', 'Nome;Telefone\r\n'],
    ['blank', ' \r\n\t\r\n'],
    ['NBSP only', '\u00a0\r\n'],
    ['a BOM and a BOM inside', '\ufeffNome;Tel\r\n\ufeffAna;11987654321\r\n'],
    ['accents and quotes', 'Nome;Obs\r\nJoão;"Cliente “VIP”; paga à vista"\r\nZé;€ 10\r\n'],
    ['no header', '11987654321;Ana\r\n21987654321;Bia\r\n'],
    ['a title row and a footer', 'Leads\r\nNome;Telefone\r\nAna;11987654321\r\nTotal;1\r\n']
  ])('%s: the same table as the decoded text', (_, text) => {
    const encodings = [utf8(text), utf8(`\ufeff${text}`)]
    try {
      encodings.push(windows1252(text))
    } catch {
      // a character Windows-1252 does not have (the BOM): UTF-8 only
    }
    for (const bytes of encodings) expect(read(bytes, nodeCodecs)).toEqual(read(bytes))
  })

  it('a file of many 64 KB windows, long cells among them: the same table', () => {
    const big = `${'x'.repeat(20_000)}\r\n“${'é'.repeat(30_000)}”`
    const more = messyCsvText(50).split('\r\n').slice(1).join('\r\n')
    const long = `“${'y'.repeat(10_000)};”`
    const text = `${messyCsvText(3_000)}ANA;11 98765-4321;"${big}"\r\nBIA;"${long}"\r\n${more}`
    const ascii = text.normalize('NFD').replace(/[^ -~\r\n\t]/g, '?')
    for (const bytes of [windows1252(text), utf8(text), utf8(ascii)]) {
      expect(bytes.length).toBeGreaterThan(300_000)
      expect(read(bytes, nodeCodecs)).toEqual(read(bytes))
    }
  })

  it('any table, in UTF-8 or Windows-1252, any line ending: the same grid', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'É', 'ç', ' ', ',', ';', '"', '\n', '\r\n', '\r', '9', '“', '\t')
    })
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 6
    })
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\r\n', '\n', '\r'),
        fc.boolean(),
        (rows, delimiter, eol, quoteAll) => {
          const field = (v: string): string =>
            quoteAll || /[,;"\r\n\t]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v
          const text = rows.map((r) => r.map(field).join(delimiter)).join(eol)
          for (const bytes of [utf8(text), windows1252(text)]) {
            const asBytes = bytesAsText(bytes, nodeCodecs)
            if (asBytes === null) continue
            // The text reader's way: the whole file decoded (Windows-1252 bytes may happen to
            // be valid UTF-8, `É“` is `ɓ`), its C1 characters fixed per cell.
            const decoded = decodeTextLazily(bytes, nodeCodecs)
            let expected: unknown
            try {
              expected = rowsOf(parseDelimited(decoded.text, delimiter, undefined, decoded.fixCell))
            } catch (error) {
              expected = String(error)
            }
            let actual: unknown
            try {
              actual = rowsOf(
                parseDelimitedBytes(
                  bytes,
                  asBytes.start,
                  delimiter,
                  asBytes.slice,
                  undefined,
                  asBytes.fixCell
                )
              )
            } catch (error) {
              actual = String(error)
            }
            expect(actual).toEqual(expected)
          }
        }
      ),
      { numRuns: 1000 }
    )
  })

  it('broken quoting fails the same way: unterminated, or whatever the text reader does', () => {
    const junk = fc.string({ unit: fc.constantFrom('a', '"', ';', '\n', '\r', 'ã') })
    fc.assert(
      fc.property(junk, (text) => {
        const bytes = utf8(text)
        expect(read(bytes, nodeCodecs)).toEqual(read(bytes))
      }),
      { numRuns: 400 }
    )
  })
})

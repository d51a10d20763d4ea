import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../shared/import/text/decodeText'
import { sniffDelimiter } from '../../../shared/import/text/sniffDelimiter'

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    bytes[2 + 2 * i + (bigEndian ? 1 : 0)] = code & 0xff
    bytes[2 + 2 * i + (bigEndian ? 0 : 1)] = code >> 8
  }
  return bytes
}

describe('decodeText', () => {
  it('strips a UTF-8 BOM and says so', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x4e, 0xc3, 0xa3]))).toEqual({
      text: 'Nã',
      encoding: 'utf-8-bom'
    })
  })

  it('reads UTF-16 with a BOM, both byte orders (Excel "Texto Unicode")', () => {
    expect(decodeText(utf16('Razão\tSocial', false))).toEqual({
      text: 'Razão\tSocial',
      encoding: 'utf-16le'
    })
    expect(decodeText(utf16('Razão', true))).toEqual({ text: 'Razão', encoding: 'utf-16be' })
  })

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Razão;João" as Excel pt-BR saves it, with a curly quote only cp1252 has.
    const bytes = new Uint8Array([
      0x52, 0x61, 0x7a, 0xe3, 0x6f, 0x3b, 0x93, 0x4a, 0x6f, 0xe3, 0x6f, 0x94
    ])
    expect(decodeText(bytes)).toEqual({ text: 'Razão;\u201cJoão\u201d', encoding: 'windows-1252' })
  })

  it('keeps valid UTF-8 as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('São Paulo')).encoding).toBe('utf-8')
  })
})

describe('sniffDelimiter', () => {
  it.each([
    ['Nome,Telefone\nAna,11 98765-4321\nBia,21 99876-5432\n', ','],
    ['Nome;Valor\nAna;28167,14\nBia;1,5\n', ';'],
    ['Nome\tTelefone\nAna\t11\n', '\t'],
    ['Nome|Telefone\nAna|11\n', '|'],
    ['Relatório\n\n"a";"b, c";"d"\n"1";"2, 3";"4"\n', ';'],
    ['Telefone\n11987654321\n', ',']
  ])('%j → %j', (text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter)
  })
})

/**
 * The xlsx writer's own ZIP and DEFLATE (issue 13: the export's deflating was most of its time):
 * the worksheet's back-references are known where it is written (sheetBytes), only the Huffman
 * coding is done (deflateTokens), and the CRCs are taken as the parts are made (zipParts).
 * fflate's inflater and SheetJS are the reference readers; CRCs are checked against a plain
 * bit-by-bit CRC-32.
 */
import { read, utils } from '@e965/xlsx'
import { inflateSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { writeLeadsXlsx } from '../../../shared/launch/leadsFile'
import {
  DeflateTokens,
  MAX_MATCH,
  canonicalCodes,
  codeLengths
} from '../../../shared/launch/leadsFile/deflateTokens'
import {
  crc32,
  crc32Combine,
  DeflatedPart,
  zipParts
} from '../../../shared/launch/leadsFile/zipParts'
import { seededRandom } from '../../support/random'

function referenceCrc(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of bytes) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
  }
  return (c ^ 0xffffffff) >>> 0
}

interface Entry {
  name: string
  method: number
  crc: number
  size: number
  data: Uint8Array
}

/** The archive read through its central directory, each entry inflated. */
function entries(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const end = zip.length - 22
  expect(view.getUint32(end, true)).toBe(0x06054b50)
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const out: Entry[] = []
  for (let k = 0; k < count; k++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50)
    const method = view.getUint16(at + 10, true)
    const crc = view.getUint32(at + 16, true)
    const compressed = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const local = view.getUint32(at + 42, true)
    const name = strFromU8(zip.subarray(at + 46, at + 46 + nameLength))
    expect(view.getUint32(local, true)).toBe(0x04034b50)
    expect(view.getUint32(local + 14, true)).toBe(crc)
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const raw = zip.subarray(start, start + compressed)
    out.push({ name, method, crc, size, data: method === 8 ? inflateSync(raw) : raw })
    at += 46 + nameLength
  }
  return out
}

describe('crc32', () => {
  it('equals the bit-by-bit CRC-32, whole or in pieces, and combined', () => {
    const next = seededRandom(5)
    const bytes = Uint8Array.from({ length: 100_003 }, () => Math.floor(next() * 256))
    const whole = referenceCrc(bytes)
    expect(crc32(bytes)).toBe(whole)
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    let pieces = 0
    for (let at = 0; at < bytes.length; at += 7919)
      pieces = crc32(bytes.subarray(at, at + 7919), pieces)
    expect(pieces).toBe(whole)
    for (const cut of [0, 1, 8, 5000, bytes.length]) {
      const a = bytes.subarray(0, cut)
      const b = bytes.subarray(cut)
      expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(whole)
    }
  })
})

describe('DeflateTokens', () => {
  it('inflates back to the bytes its literals and matches stand for, over many blocks', () => {
    const next = seededRandom(7)
    const stream = new DeflateTokens()
    const expected: number[] = []
    const literal = (byte: number): void => {
      stream.literal(byte)
      expected.push(byte)
    }
    for (let step = 0; step < 150_000; step++) {
      const roll = next()
      if (expected.length < 3 || roll < 0.5) {
        // A skewed alphabet: a few frequent bytes, many rare ones (deep Huffman trees).
        literal(roll < 0.45 ? 48 + Math.floor(next() * 10) : Math.floor(next() * 256))
        continue
      }
      const distance = 1 + Math.floor(next() ** 3 * Math.min(expected.length, 32768))
      const length = roll > 0.99 ? MAX_MATCH : 3 + Math.floor(next() * 40)
      stream.match(length, distance)
      // Byte by byte: a match may overlap what it writes.
      for (let k = 0; k < length; k++) expected.push(expected[expected.length - distance] ?? 0)
    }
    const chunks = stream.finish()
    const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0)
    const joined = new Uint8Array(total)
    let at = 0
    for (const chunk of chunks) {
      joined.set(chunk, at)
      at += chunk.length
    }
    const back = inflateSync(joined)
    expect(back.length).toBe(expected.length)
    // The first byte that differs, if any (a deep equal of millions of bytes is slow).
    expect(back.findIndex((byte, i) => byte !== expected[i])).toBe(-1)
  })

  it('an empty stream and a one-byte alphabet are valid streams', () => {
    const empty = new DeflateTokens().finish()
    expect(inflateSync(empty[0] ?? new Uint8Array())).toEqual(new Uint8Array(0))
    const stream = new DeflateTokens()
    for (let i = 0; i < 1000; i++) stream.literal(65)
    expect(strFromU8(inflateSync(stream.finish()[0] ?? new Uint8Array()))).toBe('A'.repeat(1000))
  })

  it('code lengths stay within the limit and make a complete prefix code', () => {
    // Fibonacci frequencies: the plain Huffman tree would be 30 levels deep.
    const freq = new Uint32Array(30)
    let [a, b] = [1, 1]
    for (let s = 0; s < freq.length; s++) {
      freq[s] = a
      ;[a, b] = [b, a + b]
    }
    for (const max of [7, 15]) {
      const lengths = codeLengths(freq, max)
      expect(Math.max(...lengths)).toBeLessThanOrEqual(max)
      expect([...lengths].reduce((sum, len) => sum + 2 ** -len, 0)).toBe(1)
      // Distinct codes: none is a prefix of another (canonical codes of complete lengths).
      const codes = canonicalCodes(lengths)
      const words = [...lengths].map((len, s) =>
        (codes[s] ?? 0).toString(2).padStart(len, '0').split('').reverse().join('')
      )
      for (const x of words) for (const y of words) if (x !== y) expect(y.startsWith(x)).toBe(false)
    }
  })
})

describe('the workbook ZIP', () => {
  it('every part inflates to its size and CRC, the strings part with its head put first', () => {
    const part = new DeflatedPart('x.xml')
    part.push(new TextEncoder().encode('<si>b</si>'.repeat(5000)))
    const zip = zipParts([part.finish(new TextEncoder().encode('<sst count="5000">'))])
    const [entry] = entries(zip)
    expect(strFromU8(entry?.data ?? new Uint8Array())).toBe(
      '<sst count="5000">' + '<si>b</si>'.repeat(5000)
    )
    expect(entry?.crc).toBe(referenceCrc(entry?.data ?? new Uint8Array()))
  })

  it('a sheet of 10,000 rows with runs of empty cells reads back cell for cell', () => {
    const next = seededRandom(3)
    const header = Array.from({ length: 30 }, (_, c) => `col ${c}`)
    const rows = Array.from({ length: 10_000 }, (_, r) =>
      header.map((_, c) => {
        // Columns left empty for long stretches; a rare row of 30 empty cells; unique texts.
        if (r % 997 === 0 || (c > 5 && c < 25 && r % 50 !== 0)) return ''
        if (c === 0) return `55119${String(r).padStart(8, '0')}`
        return next() < 0.5 ? `v${Math.floor(next() * 20)}` : `t${Math.floor(next() * 1e6)}`
      })
    )
    const bytes = writeLeadsXlsx({ header, rows }, { blankEmpty: true })
    for (const entry of entries(bytes)) {
      expect(entry.data.length, entry.name).toBe(entry.size)
      expect(entry.crc, entry.name).toBe(referenceCrc(entry.data))
    }
    const sheet = read(bytes, { type: 'array' }).Sheets['Leads']
    if (!sheet) throw new Error('no sheet')
    const back = utils.sheet_to_json<string[]>(sheet, { header: 1, raw: true, defval: '' })
    expect(back.length).toBe(rows.length + 1)
    const padded = back.map((row) => [...row, ...Array<string>(30 - row.length).fill('')])
    expect(padded).toEqual([header, ...rows])
  })
})

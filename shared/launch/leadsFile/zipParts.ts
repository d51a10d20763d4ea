import { Deflate, strToU8 } from 'fflate'

/**
 * A minimal ZIP writer for the leads file's parts (an xlsx is a ZIP of XML parts): each part
 * either stored or deflated (level 1, fflate), written as it is made so the big worksheet never
 * sits in memory uncompressed, with its CRC-32 taken in the same pass. No data descriptors and
 * no ZIP64: every size is known when the headers are written, and an xlsx stays far below 4 GiB.
 */

/** CRC-32 (IEEE 802.3, as ZIP uses it), eight bytes per step ("slicing by 8"). */
const CRC_TABLES = crcTables()

function crcTables(): Int32Array {
  const tables = new Int32Array(8 * 256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    tables[n] = c
  }
  for (let n = 0; n < 256; n++) {
    let c = tables[n] ?? 0
    for (let t = 1; t < 8; t++) {
      c = (tables[c & 0xff] ?? 0) ^ (c >>> 8)
      tables[t * 256 + n] = c
    }
  }
  return tables
}

/** The CRC-32 of `bytes` continued from `crc` (0 to start). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const t = CRC_TABLES
  let c = ~crc
  let i = 0
  const end8 = bytes.length - 7
  for (; i < end8; i += 8) {
    const lo =
      c ^
      ((bytes[i] ?? 0) |
        ((bytes[i + 1] ?? 0) << 8) |
        ((bytes[i + 2] ?? 0) << 16) |
        ((bytes[i + 3] ?? 0) << 24))
    const hi =
      (bytes[i + 4] ?? 0) |
      ((bytes[i + 5] ?? 0) << 8) |
      ((bytes[i + 6] ?? 0) << 16) |
      ((bytes[i + 7] ?? 0) << 24)
    c =
      (t[1792 + (lo & 0xff)] ?? 0) ^
      (t[1536 + ((lo >>> 8) & 0xff)] ?? 0) ^
      (t[1280 + ((lo >>> 16) & 0xff)] ?? 0) ^
      (t[1024 + (lo >>> 24)] ?? 0) ^
      (t[768 + (hi & 0xff)] ?? 0) ^
      (t[512 + ((hi >>> 8) & 0xff)] ?? 0) ^
      (t[256 + ((hi >>> 16) & 0xff)] ?? 0) ^
      (t[hi >>> 24] ?? 0)
  }
  for (; i < bytes.length; i++) c = (t[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8)
  return ~c >>> 0
}

/**
 * The CRC-32 of A followed by B, from A's CRC, B's CRC and B's length (zlib's crc32_combine:
 * appending `length` zero bytes is multiplying by x^(8·length) modulo the CRC polynomial).
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  let power = 0x80000000 // x^0
  let square = 0x40000000 // x^1, squared below to x^2, x^4, …
  // x^(8·length): the bits of 8·length pick the powers x^(2^k) to multiply together.
  for (let n = lengthB * 8; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) power = multiplyModP(square, power)
    square = multiplyModP(square, square)
  }
  return (multiplyModP(power, crcA) ^ crcB) >>> 0
}

/** a·b modulo the CRC-32 polynomial, in its reflected bit order. */
function multiplyModP(a: number, b: number): number {
  let m = 0x80000000
  let p = 0
  for (;;) {
    if ((a & m) !== 0) {
      p ^= b
      if ((a & (m - 1)) === 0) break
    }
    m >>>= 1
    b = b & 1 ? (b >>> 1) ^ 0xedb88320 : b >>> 1
  }
  return p >>> 0
}

/** One file of the archive: its name, its (compressed) bytes, and what the headers say of it. */
export interface ZipPart {
  name: string
  method: 0 | 8
  crc: number
  size: number
  data: Uint8Array[]
}

/** A part whose bytes are small and known at once: stored as they are. */
export function storedPart(name: string, bytes: Uint8Array): ZipPart {
  return { name, method: 0, crc: crc32(bytes), size: bytes.length, data: [bytes] }
}

/**
 * A part written in pieces and deflated as they come. `push` copies nothing it keeps: the
 * caller may reuse its buffer once `push` returns (fflate's Deflate copies into its window).
 */
export class DeflatedPart {
  private readonly chunks: Uint8Array[] = []
  private readonly deflate: Deflate
  private crc = 0
  private size = 0

  constructor(private readonly name: string) {
    this.deflate = new Deflate({ level: 1 }, (chunk) => {
      if (chunk.length > 0) this.chunks.push(chunk)
    })
  }

  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return
    this.crc = crc32(bytes, this.crc)
    this.size += bytes.length
    this.deflate.push(bytes)
  }

  /**
   * The part, ended. `head`: bytes that come before everything pushed, known only now (a
   * count in the XML's root element): sent first as a stored block, which ends on a byte
   * boundary, so the deflated rest follows it as it is.
   */
  finish(head?: Uint8Array): ZipPart {
    this.deflate.push(new Uint8Array(0), true)
    if (head === undefined || head.length === 0)
      return { name: this.name, method: 8, crc: this.crc, size: this.size, data: this.chunks }
    if (head.length > 0xffff) throw new Error('a stored block holds 65,535 bytes at most')
    const stored = new Uint8Array(5 + head.length)
    // BFINAL 0, BTYPE 00 (stored), padded to the byte; LEN and its complement.
    stored[1] = head.length & 0xff
    stored[2] = head.length >>> 8
    stored[3] = ~head.length & 0xff
    stored[4] = (~head.length >>> 8) & 0xff
    stored.set(head, 5)
    return {
      name: this.name,
      method: 8,
      crc: crc32Combine(crc32(head), this.crc, this.size),
      size: head.length + this.size,
      data: [stored, ...this.chunks]
    }
  }
}

/**
 * Bytes written through a fixed buffer, handed to `sink` each time it fills (and at `flush`):
 * the writer's callers put ASCII bytes one by one, or whole strings as UTF-8.
 */
export class ByteWriter {
  buffer: Uint8Array
  at = 0

  constructor(
    private readonly sink: (bytes: Uint8Array) => void,
    size = 1 << 16
  ) {
    this.buffer = new Uint8Array(size)
  }

  /** Room for `count` more bytes at `at` (count ≤ the buffer's size). */
  room(count: number): void {
    if (this.at + count > this.buffer.length) this.flush()
  }

  flush(): void {
    if (this.at > 0) this.sink(this.buffer.subarray(0, this.at))
    this.at = 0
  }

  /** Text as UTF-8. */
  text(text: string): void {
    const bytes = strToU8(text)
    if (bytes.length > this.buffer.length) {
      this.flush()
      this.sink(bytes)
      return
    }
    this.room(bytes.length)
    this.buffer.set(bytes, this.at)
    this.at += bytes.length
  }
}

/** The archive: local headers and data, then the central directory. */
export function zipParts(parts: readonly ZipPart[], date = new Date()): Uint8Array {
  const names = parts.map((part) => strToU8(part.name))
  const sizes = parts.map((part) => part.data.reduce((sum, chunk) => sum + chunk.length, 0))
  let total = 22
  parts.forEach((_, k) => (total += 30 + 46 + 2 * (names[k]?.length ?? 0) + (sizes[k] ?? 0)))
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  const time = dosTime(date)
  const offsets: number[] = []
  let at = 0
  const header = (k: number, central: boolean): void => {
    const part = parts[k] as ZipPart
    const name = names[k] as Uint8Array
    view.setUint32(at, central ? 0x02014b50 : 0x04034b50, true)
    at += 4
    if (central) {
      view.setUint16(at, 20, true) // made by: MS-DOS, ZIP 2.0
      at += 2
    }
    view.setUint16(at, 20, true) // needed: ZIP 2.0 (deflate)
    view.setUint16(at + 2, 0, true) // flags
    view.setUint16(at + 4, part.method, true)
    view.setUint32(at + 6, time, true)
    view.setUint32(at + 10, part.crc, true)
    view.setUint32(at + 14, sizes[k] ?? 0, true)
    view.setUint32(at + 18, part.size, true)
    view.setUint16(at + 22, name.length, true)
    view.setUint16(at + 24, 0, true) // extra field
    at += 26
    if (central) {
      // comment, disk, internal and external attributes: none; then the local header's offset
      view.setUint32(at + 10, offsets[k] ?? 0, true)
      at += 14
    }
    out.set(name, at)
    at += name.length
  }
  parts.forEach((part, k) => {
    offsets.push(at)
    header(k, false)
    for (const chunk of part.data) {
      out.set(chunk, at)
      at += chunk.length
    }
  })
  const directory = at
  parts.forEach((_, k) => header(k, true))
  view.setUint32(at, 0x06054b50, true)
  view.setUint16(at + 8, parts.length, true)
  view.setUint16(at + 10, parts.length, true)
  view.setUint32(at + 12, at - directory, true)
  view.setUint32(at + 16, directory, true)
  return out
}

/** A date as the MS-DOS time and date ZIP headers carry (two seconds' resolution, from 1980). */
function dosTime(date: Date): number {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107) - 1980
  return (
    ((year << 25) |
      ((date.getMonth() + 1) << 21) |
      (date.getDate() << 16) |
      (date.getHours() << 11) |
      (date.getMinutes() << 5) |
      (date.getSeconds() >> 1)) >>>
    0
  )
}

/**
 * A raw DEFLATE stream (RFC 1951) made from LZ77 tokens the caller already knows: literal
 * bytes and (length, distance) back-references. A general compressor spends its time finding
 * such matches; a writer of repetitive text that knows where its repeats are (the worksheet's
 * `</v></c><c t="s"><v>` between every two cells, see sheetBytes) hands them over, and only
 * the Huffman coding is done here: each block with its own dynamic codes, as zlib writes them.
 */

/** Tokens per block: enough for codes that fit the data, few enough to keep headers rare. */
const BLOCK_TOKENS = 1 << 16
const MAX_DISTANCE = 32768
export const MIN_MATCH = 3
export const MAX_MATCH = 258

const LEN_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258
]
const LEN_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0
]
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
  3073, 4097, 6145, 8193, 12289, 16385, 24577
]
const DIST_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13
]
/** The order the code-length code's lengths are sent in. */
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

/** Code (0–28) of each match length 0–258. */
const LEN_CODE = codeTable(LEN_BASE, LEN_EXTRA, MAX_MATCH)
/** Code (0–29) of each distance 0–32768. */
const DIST_CODE = codeTable(DIST_BASE, DIST_EXTRA, MAX_DISTANCE)

function codeTable(base: readonly number[], extra: readonly number[], max: number): Uint8Array {
  const table = new Uint8Array(max + 1)
  base.forEach((from, code) => {
    const to = Math.min(max, from + (1 << (extra[code] ?? 0)) - 1)
    for (let v = from; v <= to; v++) table[v] = code
  })
  return table
}

export class DeflateTokens {
  /** Per token: 0 for a literal, else the match length. */
  private readonly lengths = new Uint16Array(BLOCK_TOKENS)
  /** Per token: the literal byte, or the match distance. */
  private readonly values = new Uint16Array(BLOCK_TOKENS)
  private count = 0
  private readonly litFreq = new Uint32Array(286)
  private readonly distFreq = new Uint32Array(30)
  private readonly chunks: Uint8Array[] = []
  private out = new Uint8Array(1 << 16)
  private at = 0
  private bits = 0
  private bitCount = 0

  literal(byte: number): void {
    this.lengths[this.count] = 0
    this.values[this.count] = byte
    count(this.litFreq, byte)
    if (++this.count === BLOCK_TOKENS) this.block(false)
  }

  /** The `length` bytes (3–258) that start `distance` bytes back (1–32768) come again. */
  match(length: number, distance: number): void {
    this.lengths[this.count] = length
    this.values[this.count] = distance
    count(this.litFreq, 257 + (LEN_CODE[length] ?? 0))
    count(this.distFreq, DIST_CODE[distance] ?? 0)
    if (++this.count === BLOCK_TOKENS) this.block(false)
  }

  /** The stream, ended: its bytes in order. */
  finish(): Uint8Array[] {
    this.block(true)
    if (this.bitCount > 0) this.byte(this.bits & 0xff)
    this.bits = 0
    this.bitCount = 0
    if (this.at > 0) this.chunks.push(this.out.subarray(0, this.at))
    this.at = 0
    return this.chunks
  }

  private block(final: boolean): void {
    const litFreq = this.litFreq
    litFreq[256] = 1 // end of block
    const litLens = codeLengths(litFreq, 15)
    const distLens = codeLengths(this.distFreq, 15)
    let hlit = 286
    while (hlit > 257 && litLens[hlit - 1] === 0) hlit--
    let hdist = 30
    while (hdist > 1 && distLens[hdist - 1] === 0) hdist--

    // Both code lengths sequences, run-length coded (16: repeat the last, 17/18: zeros).
    const all = new Uint8Array(hlit + hdist)
    all.set(litLens.subarray(0, hlit))
    all.set(distLens.subarray(0, hdist), hlit)
    const clSymbols: number[] = []
    const clExtra: number[] = []
    const clFreq = new Uint32Array(19)
    const send = (symbol: number, extra = 0): void => {
      clSymbols.push(symbol)
      clExtra.push(extra)
      count(clFreq, symbol)
    }
    for (let i = 0; i < all.length;) {
      const len = all[i] ?? 0
      let run = 1
      while (i + run < all.length && all[i + run] === len) run++
      i += run
      if (len === 0) {
        while (run >= 11) {
          const n = Math.min(run, 138)
          send(18, n - 11)
          run -= n
        }
        if (run >= 3) {
          send(17, run - 3)
          run = 0
        }
      } else {
        send(len)
        run--
        while (run >= 3) {
          const n = Math.min(run, 6)
          send(16, n - 3)
          run -= n
        }
      }
      for (; run > 0; run--) send(len)
    }
    const clLens = codeLengths(clFreq, 7)
    let hclen = 19
    while (hclen > 4 && clLens[CL_ORDER[hclen - 1] ?? 0] === 0) hclen--

    // Each symbol's code and its length in one number (code | length << 16).
    const lit = huffmanCodes(litLens)
    const dist = huffmanCodes(distLens)
    const clCodes = canonicalCodes(clLens)
    this.write(final ? 1 : 0, 1)
    this.write(2, 2) // dynamic Huffman codes
    this.write(hlit - 257, 5)
    this.write(hdist - 1, 5)
    this.write(hclen - 4, 4)
    for (let i = 0; i < hclen; i++) this.write(clLens[CL_ORDER[i] ?? 0] ?? 0, 3)
    for (let i = 0; i < clSymbols.length; i++) {
      const symbol = clSymbols[i] ?? 0
      this.write(clCodes[symbol] ?? 0, clLens[symbol] ?? 0)
      if (symbol >= 16) this.write(clExtra[i] ?? 0, symbol === 16 ? 2 : symbol === 17 ? 3 : 7)
    }

    const { lengths, values } = this
    for (let k = 0; k < this.count; k++) {
      const length = lengths[k] ?? 0
      const value = values[k] ?? 0
      if (length === 0) {
        const code = lit[value] ?? 0
        this.write(code & 0xffff, code >>> 16)
        continue
      }
      const lc = LEN_CODE[length] ?? 0
      const lcode = lit[257 + lc] ?? 0
      this.write(lcode & 0xffff, lcode >>> 16)
      const lx = LEN_EXTRA[lc] ?? 0
      if (lx > 0) this.write(length - (LEN_BASE[lc] ?? 0), lx)
      const dc = DIST_CODE[value] ?? 0
      const dcode = dist[dc] ?? 0
      this.write(dcode & 0xffff, dcode >>> 16)
      const dx = DIST_EXTRA[dc] ?? 0
      if (dx > 0) this.write(value - (DIST_BASE[dc] ?? 0), dx)
    }
    const end = lit[256] ?? 0
    this.write(end & 0xffff, end >>> 16)
    this.count = 0
    litFreq.fill(0)
    this.distFreq.fill(0)
  }

  /** `count` (≤ 16) bits of `value`, least significant first. */
  private write(value: number, count: number): void {
    this.bits |= value << this.bitCount
    this.bitCount += count
    while (this.bitCount >= 8) {
      this.byte(this.bits & 0xff)
      this.bits >>>= 8
      this.bitCount -= 8
    }
  }

  private byte(value: number): void {
    if (this.at === this.out.length) {
      this.chunks.push(this.out)
      this.out = new Uint8Array(this.out.length)
      this.at = 0
    }
    this.out[this.at++] = value
  }
}

/**
 * Huffman code lengths (at most `maxBits`) for symbol frequencies: a Huffman tree's depths,
 * then, if deeper than allowed, the counts per length evened out as miniz and zlib do. A code
 * always has two symbols at least (a lone or missing symbol gets a partner), so it is complete.
 */
export function codeLengths(freq: Uint32Array, maxBits: number): Uint8Array {
  const lengths = new Uint8Array(freq.length)
  const used: number[] = []
  for (let s = 0; s < freq.length; s++) if ((freq[s] ?? 0) > 0) used.push(s)
  for (let s = 0; used.length < 2; s++) if (!used.includes(s)) used.push(s)
  const weight = (s: number): number => Math.max(1, freq[s] ?? 0)
  used.sort((a, b) => weight(a) - weight(b) || a - b)
  const n = used.length

  // Two queues: the leaves by weight, and the inner nodes as they are made (already in order).
  const nodeWeight = new Float64Array(2 * n)
  const parent = new Int32Array(2 * n)
  for (let k = 0; k < n; k++) nodeWeight[k] = weight(used[k] ?? 0)
  let leaf = 0
  let inner = n
  let made = n
  const smallest = (): number =>
    leaf < n && (inner >= made || (nodeWeight[leaf] ?? 0) <= (nodeWeight[inner] ?? 0))
      ? leaf++
      : inner++
  while (made < 2 * n - 1) {
    const a = smallest()
    const b = smallest()
    nodeWeight[made] = (nodeWeight[a] ?? 0) + (nodeWeight[b] ?? 0)
    parent[a] = made
    parent[b] = made
    made++
  }
  const depth = new Int32Array(2 * n)
  for (let k = 2 * n - 3; k >= 0; k--) depth[k] = (depth[parent[k] ?? 0] ?? 0) + 1

  // How many symbols have each length; too long ones fold into maxBits, then the Kraft sum
  // is brought back to one by lengthening shorter codes.
  const perLength = new Int32Array(Math.max(maxBits, 2 * n) + 1)
  for (let k = 0; k < n; k++) count(perLength, depth[k] ?? 0)
  for (let len = maxBits + 1; len < perLength.length; len++) {
    perLength[maxBits] = (perLength[maxBits] ?? 0) + (perLength[len] ?? 0)
    perLength[len] = 0
  }
  let kraft = 0
  for (let len = 1; len <= maxBits; len++) kraft += (perLength[len] ?? 0) * 2 ** (maxBits - len)
  while (kraft > 2 ** maxBits) {
    perLength[maxBits] = (perLength[maxBits] ?? 0) - 1
    for (let len = maxBits - 1; len > 0; len--) {
      if ((perLength[len] ?? 0) > 0) {
        perLength[len] = (perLength[len] ?? 0) - 1
        perLength[len + 1] = (perLength[len + 1] ?? 0) + 2
        break
      }
    }
    kraft--
  }
  // The least frequent symbols take the longest codes.
  let k = 0
  for (let len = maxBits; len >= 1; len--) {
    for (let c = perLength[len] ?? 0; c > 0; c--) lengths[used[k++] ?? 0] = len
  }
  return lengths
}

function huffmanCodes(lengths: Uint8Array): Int32Array {
  const codes = canonicalCodes(lengths)
  return Int32Array.from(codes, (code, s) => code | ((lengths[s] ?? 0) << 16))
}

/** Canonical Huffman codes for `lengths`, bit-reversed as DEFLATE writes them. */
export function canonicalCodes(lengths: Uint8Array): Uint16Array {
  const perLength = new Uint16Array(16)
  for (const len of lengths) if (len > 0) count(perLength, len)
  const next = new Uint16Array(16)
  let code = 0
  for (let len = 1; len < 16; len++) {
    code = (code + (perLength[len - 1] ?? 0)) << 1
    next[len] = code
  }
  const codes = new Uint16Array(lengths.length)
  for (let s = 0; s < lengths.length; s++) {
    const len = lengths[s] ?? 0
    if (len === 0) continue
    let c = next[len] ?? 0
    next[len] = c + 1
    let reversed = 0
    for (let b = 0; b < len; b++) {
      reversed = (reversed << 1) | (c & 1)
      c >>>= 1
    }
    codes[s] = reversed
  }
  return codes
}

function count(table: Uint32Array | Int32Array | Uint16Array, index: number): void {
  table[index] = (table[index] ?? 0) + 1
}
